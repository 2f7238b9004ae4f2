package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What candidates are wanted for: a crew role over the days {@code from} to {@code to} inclusive (in the organization's
 * time zone), within a day-rate budget in a currency, among a pool of people (every active person when none is given),
 * the best {@code limit} of them.
 *
 * @param roleId   the crew role
 * @param from     the first day of the work
 * @param to       the last day of the work, not before {@code from}
 * @param budget   the day rate the budget allows, with its currency, if any
 * @param among    the people to rank; empty for every active person of the directory
 * @param limit    how many candidates to return, 1 to 500
 */
public record MatchRequest(UUID roleId, LocalDate from, LocalDate to, Optional<Budget> budget, Set<UUID> among, int limit) {

    public MatchRequest {
        requireNonNull(roleId, "roleId is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(budget, "budget is null");
        among = Set.copyOf(among);
        List<FieldViolation> violations = new ArrayList<>();
        if (to.isBefore(from)) {
            violations.add(new FieldViolation("to", "window_order", "must not be before the first day"));
        }
        if (limit < 1 || limit > 500) {
            violations.add(new FieldViolation("limit", "Range", "must be between 1 and 500"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.VALIDATION_FAILED, "MatchRequest", violations);
        }
    }

    /** Every active person for the role over the days, the best 20, without a budget. */
    public static MatchRequest of(UUID roleId, LocalDate from, LocalDate to) {
        return new MatchRequest(roleId, from, to, Optional.empty(), Set.of(), 20);
    }

    /** The same request within a day rate of {@code dayRate} in {@code currency}. */
    public MatchRequest withBudget(String dayRate, String currency) {
        return new MatchRequest(roleId, from, to, Optional.of(new Budget(new BigDecimal(dayRate), currency)), among, limit);
    }

    /** The same request among {@code people} only. */
    public MatchRequest among(Collection<UUID> people) {
        return new MatchRequest(roleId, from, to, budget, Set.copyOf(people), limit);
    }

    /** The same request for the best {@code count}. */
    public MatchRequest limit(int count) {
        return new MatchRequest(roleId, from, to, budget, among, count);
    }

    /**
     * A day-rate budget.
     *
     * @param dayRate  the most the budget pays a day
     * @param currency its ISO 4217 currency; rates in another currency are not compared (scored as unknown)
     */
    public record Budget(BigDecimal dayRate, String currency) {
        public Budget {
            requireNonNull(dayRate, "dayRate is null");
            requireNonNull(currency, "currency is null");
            if (dayRate.signum() < 0 || !currency.matches("[A-Z]{3}")) {
                throw new ValidationException(CoreErrorCode.VALIDATION_FAILED, "Budget", List.of(dayRate.signum() < 0
                        ? new FieldViolation("dayRate", "PositiveOrZero", "must be zero or more")
                        : new FieldViolation("currency", "Pattern", "must be an ISO 4217 code such as EUR")));
            }
        }
    }
}
