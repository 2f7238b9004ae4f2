package dev.atlvs.pipeline.sales.forecast;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.pipeline.PipelineErrorCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecast period: every day from {@code start} through {@code end}.
 *
 * <pre>{@code
 * ForecastPeriod july = ForecastPeriod.month(YearMonth.of(2026, 7));
 * ForecastPeriod q3 = ForecastPeriod.quarter(2026, 3);
 * List<ForecastPeriod> months = ForecastPeriod.split(q3, Granularity.MONTH);   // July, August, September
 * }</pre>
 *
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record ForecastPeriod(LocalDate start, LocalDate end) {

    /** How a range is divided into periods. */
    public enum Granularity {
        /** Calendar months. */
        MONTH,
        /** Calendar quarters (January-March, ...). */
        QUARTER
    }

    public ForecastPeriod {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new ValidationException(PipelineErrorCode.FORECAST_RANGE_INVALID, "ForecastPeriod",
                    List.of(new FieldViolation("end", "forecast_period_end", "must not be before the start")));
        }
    }

    /** The days of {@code month}. */
    public static ForecastPeriod month(YearMonth month) {
        return new ForecastPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The days of quarter {@code quarter} (1-4) of {@code year}. */
    public static ForecastPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4");
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new ForecastPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The calendar months or quarters that {@code range} touches, each cut to the range (a range from 15 July gives a
     * first month from 15 July).
     */
    public static List<ForecastPeriod> split(ForecastPeriod range, Granularity granularity) {
        requireNonNull(range, "range is null");
        requireNonNull(granularity, "granularity is null");
        int months = granularity == Granularity.MONTH ? 1 : 3;
        List<ForecastPeriod> periods = new ArrayList<>();
        YearMonth first = YearMonth.from(range.start());
        if (granularity == Granularity.QUARTER) {
            first = YearMonth.of(first.getYear(), 3 * ((first.getMonthValue() - 1) / 3) + 1);
        }
        for (YearMonth bucket = first; !bucket.atDay(1).isAfter(range.end()); bucket = bucket.plusMonths(months)) {
            LocalDate from = bucket.atDay(1).isBefore(range.start()) ? range.start() : bucket.atDay(1);
            LocalDate last = bucket.plusMonths(months - 1L).atEndOfMonth();
            periods.add(new ForecastPeriod(from, last.isAfter(range.end()) ? range.end() : last));
            if (periods.size() > 120) {
                throw new ValidationException(PipelineErrorCode.FORECAST_RANGE_INVALID, "ForecastPeriod",
                        List.of(new FieldViolation("end", "forecast_period_span", "a forecast spans at most 120 periods")));
            }
        }
        return List.copyOf(periods);
    }
}
