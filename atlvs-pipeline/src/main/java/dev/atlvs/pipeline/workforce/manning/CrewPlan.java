package dev.atlvs.pipeline.workforce.manning;

import static java.util.Objects.requireNonNull;

import dev.atlvs.finance.currency.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The crew plan of a project as a report: the fill rate per role per day (Σ filled / Σ required over the day's slots of
 * the role), the day-rate cost of the plan (planned: Σ required × day rate over the slots; committed: Σ agreed day rate
 * over the live assignments) per currency and, when asked, in the organization's base currency, and the slots still
 * open. Cancelled and deleted slots are not part of the plan.
 *
 * @param projectId       the project
 * @param fill            the fill per day and role, by day then role
 * @param requiredCount   Σ required over the plan's slots
 * @param filledCount     Σ filled (live assignments) over the plan's slots
 * @param planned         the planned cost per currency: Σ required × day rate
 * @param committed       the committed cost per currency: Σ agreed day rate of the live assignments
 * @param plannedInBase   the planned cost in the base currency, each slot converted at the rate of its day, when asked
 * @param committedInBase the committed cost in the base currency, each assignment converted at the rate of its slot's day
 * @param unfilled        the slots with places still open, by day, role and shift
 */
public record CrewPlan(UUID projectId, List<Fill> fill, int requiredCount, int filledCount, Map<String, BigDecimal> planned,
        Map<String, BigDecimal> committed, Optional<Money> plannedInBase, Optional<Money> committedInBase,
        List<ManningSlot> unfilled) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CrewPlan {
        requireNonNull(projectId, "projectId is null");
        fill = List.copyOf(fill);
        planned = Collections.unmodifiableMap(new TreeMap<>(planned));
        committed = Collections.unmodifiableMap(new TreeMap<>(committed));
        requireNonNull(plannedInBase, "plannedInBase is null");
        requireNonNull(committedInBase, "committedInBase is null");
        unfilled = List.copyOf(unfilled);
    }

    /** The fill rate of the whole plan as a percentage with two decimals (Σ filled / Σ required × 100). */
    public BigDecimal fillRatePct() {
        return percent(filledCount, requiredCount);
    }

    /** The fill of one role on one day. */
    public Optional<Fill> fill(LocalDate day, String role) {
        return fill.stream().filter(f -> f.day().equals(day) && f.role().equals(role)).findFirst();
    }

    /**
     * The fill of one role on one day: {@code filled} of {@code required} places over the day's slots of the role.
     *
     * @param day      the day
     * @param role     the role's name
     * @param required Σ required
     * @param filled   Σ filled
     */
    public record Fill(LocalDate day, String role, int required, int filled) {

        public Fill {
            requireNonNull(day, "day is null");
            requireNonNull(role, "role is null");
        }

        /** Σ filled / Σ required × 100, with two decimals, rounded half up. */
        public BigDecimal ratePct() {
            return percent(filled, required);
        }

        /** The places still open. */
        public int open() {
            return Math.max(0, required - filled);
        }
    }

    /**
     * How amounts reach the base currency: the currency and the conversion of an amount on a day.
     *
     * @param baseCurrency the organization's base currency
     * @param toBase       converts an amount at the rate of a day
     */
    public record Converter(String baseCurrency, BiFunction<Money, LocalDate, Money> toBase) {

        public Converter {
            requireNonNull(baseCurrency, "baseCurrency is null");
            requireNonNull(toBase, "toBase is null");
        }
    }

    /**
     * The report over {@code slots} (the project's slots; cancelled ones are left out) and {@code liveAssignments} (their
     * live assignments), converting to the base currency with {@code converter} when present.
     */
    public static CrewPlan of(UUID projectId, List<ManningSlot> slots, List<ManningAssignment> liveAssignments,
            Optional<Converter> converter) {
        List<ManningSlot> plan = slots.stream().filter(s -> s.status() != ManningSlotStatus.CANCELLED).toList();
        Map<UUID, ManningSlot> byId = plan.stream().collect(Collectors.toMap(ManningSlot::id, Function.identity()));
        Map<LocalDate, Map<String, int[]>> grid = new TreeMap<>();
        int required = 0;
        int filled = 0;
        Map<String, BigDecimal> planned = new TreeMap<>();
        Optional<Money> plannedInBase = converter.map(c -> Money.zero(c.baseCurrency()));
        List<ManningSlot> unfilled = new ArrayList<>();
        for (ManningSlot slot : plan) {
            int[] cell = grid.computeIfAbsent(slot.neededOn(), d -> new TreeMap<>()).computeIfAbsent(slot.roleName(), r -> new int[2]);
            cell[0] += slot.requiredCount();
            cell[1] += slot.filledCount();
            required += slot.requiredCount();
            filled += slot.filledCount();
            BigDecimal cost = slot.dayRate().multiply(BigDecimal.valueOf(slot.requiredCount()));
            planned.merge(slot.currency(), cost, BigDecimal::add);
            if (converter.isPresent()) {
                plannedInBase = Optional.of(plannedInBase.orElseThrow()
                        .plus(converter.get().toBase().apply(new Money(cost, slot.currency()), slot.neededOn())));
            }
            if (slot.openCount() > 0) {
                unfilled.add(slot);
            }
        }
        Map<String, BigDecimal> committed = new TreeMap<>();
        Optional<Money> committedInBase = converter.map(c -> Money.zero(c.baseCurrency()));
        for (ManningAssignment assignment : liveAssignments) {
            ManningSlot slot = byId.get(assignment.slotId());
            if (slot == null || !assignment.status().live()) {
                continue;
            }
            BigDecimal rate = assignment.dayRate().orElse(slot.dayRate());
            String currency = assignment.currency().orElse(slot.currency());
            committed.merge(currency, rate, BigDecimal::add);
            if (converter.isPresent()) {
                committedInBase = Optional.of(committedInBase.orElseThrow()
                        .plus(converter.get().toBase().apply(new Money(rate, currency), slot.neededOn())));
            }
        }
        List<Fill> fill = new ArrayList<>();
        grid.forEach((day, roles) -> roles.forEach((role, cell) -> fill.add(new Fill(day, role, cell[0], cell[1]))));
        Map<String, BigDecimal> plannedScaled = new LinkedHashMap<>();
        planned.forEach((c, v) -> plannedScaled.put(c, v.setScale(4, RoundingMode.HALF_UP)));
        Map<String, BigDecimal> committedScaled = new LinkedHashMap<>();
        committed.forEach((c, v) -> committedScaled.put(c, v.setScale(4, RoundingMode.HALF_UP)));
        return new CrewPlan(projectId, fill, required, filled, plannedScaled, committedScaled, plannedInBase, committedInBase, unfilled);
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
