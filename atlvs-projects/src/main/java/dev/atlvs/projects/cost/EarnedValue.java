package dev.atlvs.projects.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Earned value of a project at a status date.
 *
 * <ul>
 *   <li>BAC, the budget at completion, is shared among the tasks by estimated hours (tasks without an
 *       estimate weigh the average of those with one; equal weights when none has one).</li>
 *   <li>PV, planned value: each task's share times the fraction of its planned calendar days that have
 *       passed by the status date (0 before its start, 1 from its finish on).</li>
 *   <li>EV, earned value: each task's share times its progress.</li>
 *   <li>AC, actual cost, as given (entered against the project, later fed by finance).</li>
 *   <li>CV = EV − AC, SV = EV − PV, CPI = EV / AC, SPI = EV / PV (absent when the divisor is zero),
 *       EAC = BAC / CPI (AC + BAC − EV when CPI is absent or zero), ETC = EAC − AC, VAC = BAC − EAC.</li>
 * </ul>
 * Amounts are rounded half-up to 4 decimals (the schema's money scale), indices to 4 decimals.
 *
 * <pre>{@code
 * EarnedValue.Result ev = EarnedValue.at(LocalDate.of(2026, 6, 10), budget, work, actualCost);
 * ev.cpi();  // Optional[0.9231]
 * }</pre>
 */
public final class EarnedValue {
    private static final int SCALE = 4;

    private EarnedValue() {}

    /** The figures of earned value management; see {@link EarnedValue}. */
    public record Result(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal cv, BigDecimal sv,
            Optional<BigDecimal> cpi, Optional<BigDecimal> spi, BigDecimal eac, BigDecimal etc, BigDecimal vac) {}

    /** Earned value of {@code work} at {@code statusDate}. */
    public static Result at(LocalDate statusDate, BigDecimal budgetAtCompletion, Collection<ScheduledWork> work, BigDecimal actualCost) {
        requireNonNull(statusDate, "statusDate is null");
        requireNonNull(budgetAtCompletion, "budgetAtCompletion is null");
        requireNonNull(actualCost, "actualCost is null");
        if (budgetAtCompletion.signum() < 0 || actualCost.signum() < 0) {
            throw new IllegalArgumentException("budget and actual cost must not be negative");
        }
        List<ScheduledWork> counted = work.stream().filter(w -> !w.cancelled()).toList();
        List<BigDecimal> estimates = counted.stream()
                .map(w -> w.estimatedHours().filter(h -> h.signum() > 0).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        BigDecimal fallback = estimates.isEmpty() ? BigDecimal.ONE
                : estimates.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(estimates.size()), 10, RoundingMode.HALF_UP);
        BigDecimal totalWeight = counted.stream()
                .map(w -> w.estimatedHours().filter(h -> h.signum() > 0).orElse(fallback))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        for (ScheduledWork task : counted) {
            BigDecimal weight = task.estimatedHours().filter(h -> h.signum() > 0).orElse(fallback);
            BigDecimal share = budgetAtCompletion.multiply(weight).divide(totalWeight, 10, RoundingMode.HALF_UP);
            pv = pv.add(share.multiply(plannedFraction(task, statusDate)));
            ev = ev.add(share.multiply(task.progressPct()).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP));
        }
        pv = money(pv);
        ev = money(ev);
        BigDecimal ac = money(actualCost);
        BigDecimal bac = money(budgetAtCompletion);
        Optional<BigDecimal> cpi = ac.signum() == 0 ? Optional.empty() : Optional.of(ev.divide(ac, SCALE, RoundingMode.HALF_UP));
        Optional<BigDecimal> spi = pv.signum() == 0 ? Optional.empty() : Optional.of(ev.divide(pv, SCALE, RoundingMode.HALF_UP));
        BigDecimal eac = cpi.filter(index -> index.signum() > 0)
                .map(index -> bac.divide(index, SCALE, RoundingMode.HALF_UP))
                .orElse(ac.add(bac).subtract(ev));
        return new Result(bac, pv, ev, ac, ev.subtract(ac), ev.subtract(pv), cpi, spi, money(eac), money(eac.subtract(ac)),
                money(bac.subtract(eac)));
    }

    private static BigDecimal plannedFraction(ScheduledWork task, LocalDate statusDate) {
        if (statusDate.isBefore(task.plannedStart())) {
            return BigDecimal.ZERO;
        }
        if (!statusDate.isBefore(task.plannedFinish())) {
            return BigDecimal.ONE;
        }
        long days = ChronoUnit.DAYS.between(task.plannedStart(), task.plannedFinish()) + 1;
        long elapsed = ChronoUnit.DAYS.between(task.plannedStart(), statusDate) + 1;
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
