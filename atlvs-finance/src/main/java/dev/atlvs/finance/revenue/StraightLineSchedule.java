package dev.atlvs.finance.revenue;

import static java.util.Objects.requireNonNull;

import dev.atlvs.finance.currency.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Straight-line schedules of an amount over a service period (both ends included), one part per calendar
 * month the period touches, dated on the last day of its month inside the period (the period's end for the
 * last month). Parts are in the currency's minor unit (0, 2 or 3 decimals) and always sum exactly to the
 * total; months whose part is zero are left out.
 *
 * <ul>
 *   <li>{@link #split Whole months}: each month gets the amount divided by the number of months, rounded
 *       down to the minor unit, and the last month also gets the rounding remainder.</li>
 *   <li>{@link #daily Daily}: each day of service earns the same share; the amount recognised by the end
 *       of a month is total × days of service so far / days of service.</li>
 *   <li>{@link #midMonth Mid-month convention}: a month the period covers in full weighs one, a month it
 *       covers in part (it starts after the first or ends before the last day of that month) weighs one
 *       half, whatever the day; the amount recognised by the end of a month is total × weight so far /
 *       total weight.</li>
 * </ul>
 * In the daily and mid-month schedules each part is the difference between consecutive cumulative
 * amounts, each rounded half-up to the minor unit: every cumulative amount is within half a minor unit
 * of the exact proportion, the rounding remainder of a month is carried into the next, and the last part
 * brings the sum to the total exactly.
 *
 * <pre>{@code
 * StraightLineSchedule.daily(new BigDecimal("12000.00"), "EUR", LocalDate.of(2026, 3, 15), LocalDate.of(2027, 3, 14));
 * // [2026-03-31 558.90, 2026-04-30 986.31, ...]: by 2026-12-31, 292 of 365 days, 9,600.00
 * StraightLineSchedule.midMonth(new BigDecimal("12000.00"), "EUR", LocalDate.of(2026, 3, 15), LocalDate.of(2027, 3, 14));
 * // [2026-03-31 500.00, 2026-04-30 1000.00, ..., 2027-03-14 500.00]: by 2026-12-31, 9,500.00
 * StraightLineSchedule.split(new BigDecimal("1000.00"), "EUR", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 14));
 * // [2026-01-31 333.33, 2026-02-28 333.33, 2026-03-14 333.34]
 * }</pre>
 */
public final class StraightLineSchedule {

    /** One part of the split. */
    public record Part(LocalDate date, BigDecimal amount) {}

    private StraightLineSchedule() {}

    /**
     * The schedule of a straight-line {@code method}: {@link RecognitionMethod#STRAIGHT_LINE} in whole months
     * when the period {@link #isMonthAligned is month-aligned}, otherwise daily;
     * {@link RecognitionMethod#STRAIGHT_LINE_DAILY} daily; {@link RecognitionMethod#STRAIGHT_LINE_MID_MONTH} by
     * the mid-month convention.
     *
     * @throws IllegalArgumentException for a method that is not straight-line, a negative total or an end before the start
     */
    public static List<Part> of(RecognitionMethod method, BigDecimal total, String currency, LocalDate start, LocalDate end) {
        requireNonNull(method, "method is null");
        return switch (method) {
            case STRAIGHT_LINE -> isMonthAligned(start, end) ? split(total, currency, start, end) : daily(total, currency, start, end);
            case STRAIGHT_LINE_DAILY -> daily(total, currency, start, end);
            case STRAIGHT_LINE_MID_MONTH -> midMonth(total, currency, start, end);
            case ON_DATE, ON_MILESTONE -> throw new IllegalArgumentException("method " + method + " is not straight-line");
        };
    }

    /** Whether the period starts on the first day of a month and ends on the last day of a month. */
    public static boolean isMonthAligned(LocalDate start, LocalDate end) {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
    }

    /** The parts of {@code total} over {@code start} to {@code end} (both included) in equal whole months, the remainder last. */
    public static List<Part> split(BigDecimal total, String currency, LocalDate start, LocalDate end) {
        check(total, start, end);
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end);
        int months = (int) (first.until(last, ChronoUnit.MONTHS) + 1);
        BigDecimal each = total.divide(BigDecimal.valueOf(months), Currencies.minorUnits(currency), RoundingMode.DOWN);
        List<Part> parts = new ArrayList<>(months);
        BigDecimal booked = BigDecimal.ZERO;
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            boolean isLast = i == months - 1;
            BigDecimal amount = isLast ? total.subtract(booked) : each;
            booked = booked.add(amount);
            if (amount.signum() > 0) {
                parts.add(new Part(isLast ? end : month.atEndOfMonth(), amount));
            }
        }
        return List.copyOf(parts);
    }

    /** The monthly parts of {@code total} over {@code start} to {@code end} (both included) in proportion to the days of service. */
    public static List<Part> daily(BigDecimal total, String currency, LocalDate start, LocalDate end) {
        check(total, start, end);
        List<LocalDate> ends = monthEnds(start, end);
        List<Long> weights = ends.stream().map(date -> ChronoUnit.DAYS.between(start, date) + 1).toList();
        return cumulative(total, currency, ends, weights);
    }

    /** The monthly parts of {@code total} over {@code start} to {@code end} (both included) by the mid-month convention. */
    public static List<Part> midMonth(BigDecimal total, String currency, LocalDate start, LocalDate end) {
        check(total, start, end);
        List<LocalDate> ends = monthEnds(start, end);
        List<Long> weights = new ArrayList<>(ends.size());
        long halves = 0;
        for (LocalDate monthEnd : ends) {
            YearMonth month = YearMonth.from(monthEnd);
            boolean whole = !start.isAfter(month.atDay(1)) && !end.isBefore(month.atEndOfMonth());
            halves += whole ? 2 : 1;
            weights.add(halves);
        }
        return cumulative(total, currency, ends, weights);
    }

    /** Parts dated {@code ends}, the k-th cumulative amount being total × cumulativeWeights[k] / the last weight, rounded once. */
    private static List<Part> cumulative(BigDecimal total, String currency, List<LocalDate> ends, List<Long> cumulativeWeights) {
        int minorUnits = Currencies.minorUnits(currency);
        BigDecimal whole = BigDecimal.valueOf(cumulativeWeights.get(cumulativeWeights.size() - 1));
        List<Part> parts = new ArrayList<>(ends.size());
        BigDecimal booked = BigDecimal.ZERO.setScale(minorUnits);
        for (int i = 0; i < ends.size(); i++) {
            BigDecimal cumulative = i == ends.size() - 1 ? total
                    : total.multiply(BigDecimal.valueOf(cumulativeWeights.get(i))).divide(whole, minorUnits, RoundingMode.HALF_UP);
            BigDecimal amount = cumulative.subtract(booked);
            booked = cumulative;
            if (amount.signum() > 0) {
                parts.add(new Part(ends.get(i), amount));
            }
        }
        return List.copyOf(parts);
    }

    /** The last day of each month the period touches, the period's end for the last. */
    private static List<LocalDate> monthEnds(LocalDate start, LocalDate end) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            LocalDate monthEnd = month.atEndOfMonth();
            ends.add(monthEnd.isBefore(end) ? monthEnd : end);
        }
        return ends;
    }

    private static void check(BigDecimal total, LocalDate start, LocalDate end) {
        requireNonNull(total, "total is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
        if (total.signum() < 0) {
            throw new IllegalArgumentException("total is negative");
        }
    }
}
