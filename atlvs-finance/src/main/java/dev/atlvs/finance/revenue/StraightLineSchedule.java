package dev.atlvs.finance.revenue;

import static java.util.Objects.requireNonNull;

import dev.atlvs.finance.currency.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount evenly over the calendar months a service period touches: each month gets the amount
 * divided by the number of months, rounded down to the currency's minor unit, and the last month also gets
 * the rounding remainder, so the parts always sum exactly to the total. Each part is dated on the last day
 * of its month inside the period (the period's end for the last month). Months whose part rounds to zero
 * are left out.
 *
 * <pre>{@code
 * StraightLineSchedule.split(new BigDecimal("1000.00"), "EUR", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 14));
 * // [2026-01-31 333.33, 2026-02-28 333.33, 2026-03-14 333.34]
 * }</pre>
 */
public final class StraightLineSchedule {

    /** One part of the split. */
    public record Part(LocalDate date, BigDecimal amount) {}

    private StraightLineSchedule() {}

    /** The monthly parts of {@code total} over {@code start} to {@code end} (both included). */
    public static List<Part> split(BigDecimal total, String currency, LocalDate start, LocalDate end) {
        requireNonNull(total, "total is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
        if (total.signum() < 0) {
            throw new IllegalArgumentException("total is negative");
        }
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end);
        int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
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
}
