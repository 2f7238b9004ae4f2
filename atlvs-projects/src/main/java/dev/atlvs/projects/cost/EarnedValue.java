package dev.atlvs.projects.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Earned value of a project at a status date, with the standard forecasts of the estimate at completion.
 *
 * <ul>
 *   <li>BAC, the budget at completion, is shared among the tasks by estimated hours (tasks without an
 *       estimate weigh the average of those with one; equal weights when none has one).</li>
 *   <li>PV, planned value: each task's share times the fraction of its planned calendar days that have
 *       passed by the status date (0 before its start, 1 from its finish on).</li>
 *   <li>EV, earned value: each task's share times its progress.</li>
 *   <li>AC, actual cost, as given (entered against the project, later fed by finance).</li>
 *   <li>CV = EV − AC, SV = EV − PV, CPI = EV / AC, SPI = EV / PV.</li>
 *   <li>The forecasts, each an {@link EstimateMethod}: EAC = BAC / CPI; EAC = AC + (BAC − EV);
 *       EAC = AC + (BAC − EV) / (CPI × SPI); EAC = AC + a bottom-up ETC the caller gives. For each,
 *       ETC = EAC − AC, VAC = BAC − EAC and the TCPI against that EAC, (BAC − EV) / (EAC − AC).</li>
 *   <li>TCPI against BAC = (BAC − EV) / (BAC − AC).</li>
 * </ul>
 *
 * <p><b>Precision.</b> Every figure is computed with exact fractions from the inputs (no intermediate
 * rounding: the shares, PV and EV included) and rounded once, half-up, for display: amounts to 4 decimals
 * (the schema's money scale), indices to 4 decimals. BAC 4,000, EV 2,500, AC 2,800 gives EAC = BAC / CPI =
 * 4,480.0000 exactly, not 4,000 / 0.8929.
 *
 * <p><b>Undefined figures.</b> A figure whose divisor is zero is absent ({@link Optional#empty()}),
 * never an exception: CPI when AC = 0; SPI when PV = 0; the forecast {@link EstimateMethod#CPI} when CPI
 * is absent or 0 (AC = 0 or EV = 0); {@link EstimateMethod#CPI_TIMES_SPI} when CPI or SPI is absent or 0;
 * {@link EstimateMethod#BOTTOM_UP} when no bottom-up ETC is given; the TCPI against BAC when AC = BAC (the
 * budget is spent, whatever remains); a forecast's TCPI when its EAC equals AC (nothing left to do, as
 * when EV = BAC). {@link EstimateMethod#ATYPICAL} is always defined, so {@link Result#eac()} always is.
 *
 * <pre>{@code
 * EarnedValue.Result ev = EarnedValue.of(new BigDecimal("4000"), new BigDecimal("3000"), new BigDecimal("2500"), new BigDecimal("2800"));
 * ev.cpi();                                           // Optional[0.8929]
 * ev.eac();                                           // 4480.0000 (BAC / CPI)
 * ev.forecast(EarnedValue.EstimateMethod.ATYPICAL);   // Optional[Forecast[method=AC + (BAC − EV), eac=4300.0000, ...]]
 * ev.tcpiToBac();                                     // Optional[1.2500]
 * }</pre>
 */
public final class EarnedValue {
    private static final int SCALE = 4;
    private static final BigFraction HUNDRED = BigFraction.of(100);

    private EarnedValue() {}

    /** The standard formulas of the estimate at completion, each with its label. */
    public enum EstimateMethod {
        /** Remaining work at the cost performance so far: EAC = BAC / CPI. */
        CPI("BAC / CPI"),
        /** Remaining work at the budgeted rate (the variance so far was atypical): EAC = AC + (BAC − EV). */
        ATYPICAL("AC + (BAC − EV)"),
        /** Remaining work at the cost and schedule performance so far: EAC = AC + (BAC − EV) / (CPI × SPI). */
        CPI_TIMES_SPI("AC + (BAC − EV) / (CPI × SPI)"),
        /** A new estimate of the remaining work: EAC = AC + bottom-up ETC. */
        BOTTOM_UP("AC + bottom-up ETC");

        private final String label;

        EstimateMethod(String label) {
            this.label = label;
        }

        /** The formula, as project controllers write it. */
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One forecast of the estimate at completion, rounded for display.
     *
     * @param method the formula
     * @param eac the estimate at completion
     * @param etc the estimate to complete, EAC − AC
     * @param vac the variance at completion, BAC − EAC
     * @param tcpiToEac the to-complete performance index against this EAC, (BAC − EV) / (EAC − AC); absent
     *        when EAC = AC
     */
    public record Forecast(EstimateMethod method, BigDecimal eac, BigDecimal etc, BigDecimal vac, Optional<BigDecimal> tcpiToEac) {
        public Forecast {
            requireNonNull(method, "method is null");
            requireNonNull(eac, "eac is null");
            requireNonNull(etc, "etc is null");
            requireNonNull(vac, "vac is null");
            requireNonNull(tcpiToEac, "tcpiToEac is null");
        }

        /** The formula's label, such as {@code "BAC / CPI"}. */
        public String label() {
            return method.label();
        }
    }

    /**
     * The figures of earned value management; see {@link EarnedValue}. {@link #eac()}, {@link #etc()} and
     * {@link #vac()} are those of the headline forecast: {@link EstimateMethod#CPI} when it is defined,
     * otherwise {@link EstimateMethod#ATYPICAL}.
     *
     * @param tcpiToBac the to-complete performance index against BAC, (BAC − EV) / (BAC − AC); absent when AC = BAC
     * @param forecasts every defined forecast, in the order of {@link EstimateMethod}
     */
    public record Result(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal cv, BigDecimal sv,
            Optional<BigDecimal> cpi, Optional<BigDecimal> spi, BigDecimal eac, BigDecimal etc, BigDecimal vac,
            Optional<BigDecimal> tcpiToBac, List<Forecast> forecasts) {
        public Result {
            forecasts = List.copyOf(forecasts);
        }

        /** The forecast of {@code method}; empty when it is undefined for these figures (see {@link EarnedValue}). */
        public Optional<Forecast> forecast(EstimateMethod method) {
            requireNonNull(method, "method is null");
            return forecasts.stream().filter(forecast -> forecast.method() == method).findFirst();
        }
    }

    /** Earned value of {@code work} at {@code statusDate}, without a bottom-up estimate. */
    public static Result at(LocalDate statusDate, BigDecimal budgetAtCompletion, Collection<ScheduledWork> work, BigDecimal actualCost) {
        return at(statusDate, budgetAtCompletion, work, actualCost, Optional.empty());
    }

    /**
     * Earned value of {@code work} at {@code statusDate}; {@code bottomUpEtc}, when given, adds the
     * {@link EstimateMethod#BOTTOM_UP} forecast.
     *
     * @throws IllegalArgumentException when the budget, the actual cost or the bottom-up ETC is negative
     */
    public static Result at(LocalDate statusDate, BigDecimal budgetAtCompletion, Collection<ScheduledWork> work, BigDecimal actualCost,
            Optional<BigDecimal> bottomUpEtc) {
        requireNonNull(statusDate, "statusDate is null");
        requireNonNull(work, "work is null");
        BigFraction bac = exact(notNegative(budgetAtCompletion, "budgetAtCompletion"));
        List<ScheduledWork> counted = work.stream().filter(w -> !w.cancelled()).toList();
        List<BigFraction> estimates = counted.stream().map(EarnedValue::estimate).flatMap(Optional::stream).toList();
        BigFraction fallback = estimates.isEmpty() ? BigFraction.ONE
                : estimates.stream().reduce(BigFraction.ZERO, BigFraction::add).divide(estimates.size());
        BigFraction totalWeight = counted.stream().map(w -> estimate(w).orElse(fallback)).reduce(BigFraction.ZERO, BigFraction::add);

        BigFraction pv = BigFraction.ZERO;
        BigFraction ev = BigFraction.ZERO;
        for (ScheduledWork task : counted) {
            BigFraction share = bac.multiply(estimate(task).orElse(fallback)).divide(totalWeight);
            pv = pv.add(share.multiply(plannedFraction(task, statusDate)));
            ev = ev.add(share.multiply(exact(task.progressPct())).divide(HUNDRED));
        }
        return compute(bac, pv, ev, exact(notNegative(actualCost, "actualCost")), bottomUp(bottomUpEtc));
    }

    /** Earned value from measured figures (as in a status report), without a bottom-up estimate. */
    public static Result of(BigDecimal budgetAtCompletion, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost) {
        return of(budgetAtCompletion, plannedValue, earnedValue, actualCost, Optional.empty());
    }

    /**
     * Earned value from measured figures (as in a status report); {@code bottomUpEtc}, when given, adds the
     * {@link EstimateMethod#BOTTOM_UP} forecast.
     *
     * @throws IllegalArgumentException when a figure is negative
     */
    public static Result of(BigDecimal budgetAtCompletion, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost,
            Optional<BigDecimal> bottomUpEtc) {
        return compute(exact(notNegative(budgetAtCompletion, "budgetAtCompletion")), exact(notNegative(plannedValue, "plannedValue")),
                exact(notNegative(earnedValue, "earnedValue")), exact(notNegative(actualCost, "actualCost")), bottomUp(bottomUpEtc));
    }

    private static Result compute(BigFraction bac, BigFraction pv, BigFraction ev, BigFraction ac, Optional<BigFraction> bottomUpEtc) {
        Optional<BigFraction> cpi = ac.isZero() ? Optional.empty() : Optional.of(ev.divide(ac));
        Optional<BigFraction> spi = pv.isZero() ? Optional.empty() : Optional.of(ev.divide(pv));
        BigFraction remainingWork = bac.subtract(ev);

        List<Forecast> forecasts = new ArrayList<>();
        Optional<BigFraction> byCpi = cpi.filter(index -> index.signum() > 0).map(bac::divide);
        byCpi.ifPresent(eac -> forecasts.add(forecast(EstimateMethod.CPI, eac, bac, ev, ac)));
        BigFraction atypical = ac.add(remainingWork);
        forecasts.add(forecast(EstimateMethod.ATYPICAL, atypical, bac, ev, ac));
        if (cpi.isPresent() && spi.isPresent() && cpi.get().signum() > 0 && spi.get().signum() > 0) {
            BigFraction eac = ac.add(remainingWork.divide(cpi.get().multiply(spi.get())));
            forecasts.add(forecast(EstimateMethod.CPI_TIMES_SPI, eac, bac, ev, ac));
        }
        bottomUpEtc.ifPresent(etc -> forecasts.add(forecast(EstimateMethod.BOTTOM_UP, ac.add(etc), bac, ev, ac)));

        BigFraction headline = byCpi.orElse(atypical);
        Optional<BigDecimal> tcpiToBac = bac.compareTo(ac) == 0 ? Optional.empty() : Optional.of(index(remainingWork.divide(bac.subtract(ac))));
        return new Result(money(bac), money(pv), money(ev), money(ac), money(ev.subtract(ac)), money(ev.subtract(pv)),
                cpi.map(EarnedValue::index), spi.map(EarnedValue::index), money(headline), money(headline.subtract(ac)),
                money(bac.subtract(headline)), tcpiToBac, forecasts);
    }

    private static Forecast forecast(EstimateMethod method, BigFraction eac, BigFraction bac, BigFraction ev, BigFraction ac) {
        BigFraction etc = eac.subtract(ac);
        Optional<BigDecimal> tcpi = etc.isZero() ? Optional.empty() : Optional.of(index(bac.subtract(ev).divide(etc)));
        return new Forecast(method, money(eac), money(etc), money(bac.subtract(eac)), tcpi);
    }

    private static Optional<BigFraction> bottomUp(Optional<BigDecimal> bottomUpEtc) {
        requireNonNull(bottomUpEtc, "bottomUpEtc is null");
        return bottomUpEtc.map(etc -> exact(notNegative(etc, "bottomUpEtc")));
    }

    private static Optional<BigFraction> estimate(ScheduledWork task) {
        return task.estimatedHours().filter(hours -> hours.signum() > 0).map(EarnedValue::exact);
    }

    private static BigFraction plannedFraction(ScheduledWork task, LocalDate statusDate) {
        if (statusDate.isBefore(task.plannedStart())) {
            return BigFraction.ZERO;
        }
        if (!statusDate.isBefore(task.plannedFinish())) {
            return BigFraction.ONE;
        }
        long days = ChronoUnit.DAYS.between(task.plannedStart(), task.plannedFinish()) + 1;
        long elapsed = ChronoUnit.DAYS.between(task.plannedStart(), statusDate) + 1;
        return BigFraction.of(elapsed, days);
    }

    private static BigDecimal notNegative(BigDecimal value, String field) {
        requireNonNull(value, field + " is null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative (PositiveOrZero)");
        }
        return value;
    }

    /** The exact value of a decimal. */
    private static BigFraction exact(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        return scale >= 0 ? BigFraction.of(unscaled, BigInteger.TEN.pow(scale)) : BigFraction.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    private static BigDecimal money(BigFraction amount) {
        return amount.bigDecimalValue(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal index(BigFraction value) {
        return value.bigDecimalValue(SCALE, RoundingMode.HALF_UP);
    }
}
