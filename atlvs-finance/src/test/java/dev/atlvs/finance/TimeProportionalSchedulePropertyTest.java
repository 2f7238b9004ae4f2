package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.revenue.StraightLineSchedule;
import dev.atlvs.finance.revenue.StraightLineSchedule.Part;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Time-proportional schedules over random periods of up to about three years, in 0-, 2- and 3-decimal
 * currencies: they sum exactly to the total, in parts of the minor unit dated inside the period, and what is
 * recognised by each part's date is within one minor unit of the exact proportion.
 */
class TimeProportionalSchedulePropertyTest {

    private record Period(BigDecimal total, String currency, LocalDate start, LocalDate end) {}

    private static Period period(Gen gen) {
        String currency = gen.oneOf("USD", "EUR", "JPY", "KWD", "BHD");
        int minorUnits = Currencies.minorUnits(currency);
        BigDecimal total = BigDecimal.valueOf(gen.longBetween(0, gen.oneOf(100L, 1_000_000L, 100_000_000_000L)), minorUnits);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(gen.intBetween(0, 3000));
        return new Period(total, currency, start, start.plusDays(gen.intBetween(0, 1100)));
    }

    @PropertyTest(tries = 500)
    void aDailyScheduleSumsToTheTotalAndRecognisesInProportionToTheDaysElapsed(Gen gen) {
        // given
        Period p = period(gen);
        long days = ChronoUnit.DAYS.between(p.start(), p.end()) + 1;

        // when
        List<Part> parts = StraightLineSchedule.daily(p.total(), p.currency(), p.start(), p.end());

        // then
        assertWellFormed(parts, p);
        BigDecimal recognised = BigDecimal.ZERO;
        for (Part part : parts) {
            recognised = recognised.add(part.amount());
            long elapsed = ChronoUnit.DAYS.between(p.start(), part.date()) + 1;
            assertWithinOneMinorUnit(recognised, p, BigDecimal.valueOf(elapsed), BigDecimal.valueOf(days));
        }
    }

    @PropertyTest(tries = 500)
    void aMidMonthScheduleSumsToTheTotalAndRecognisesInProportionToTheHalfMonthsElapsed(Gen gen) {
        // given
        Period p = period(gen);

        // when
        List<Part> parts = StraightLineSchedule.midMonth(p.total(), p.currency(), p.start(), p.end());

        // then
        assertWellFormed(parts, p);
        long all = halfMonths(p, p.end());
        BigDecimal recognised = BigDecimal.ZERO;
        for (Part part : parts) {
            recognised = recognised.add(part.amount());
            assertWithinOneMinorUnit(recognised, p, BigDecimal.valueOf(halfMonths(p, part.date())), BigDecimal.valueOf(all));
        }
    }

    /** Halves of a month from the start to {@code through}: a month the period covers in part counts one, in full two. */
    private static long halfMonths(Period p, LocalDate through) {
        long halves = 0;
        for (YearMonth month = YearMonth.from(p.start()); !month.isAfter(YearMonth.from(through)); month = month.plusMonths(1)) {
            boolean whole = p.start().getDayOfMonth() <= 1 || !month.equals(YearMonth.from(p.start()));
            whole &= !month.equals(YearMonth.from(p.end())) || p.end().equals(month.atEndOfMonth());
            halves += whole ? 2 : 1;
        }
        return halves;
    }

    private static void assertWellFormed(List<Part> parts, Period p) {
        int minorUnits = Currencies.minorUnits(p.currency());
        assertThat(parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(p.total());
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.amount().signum()).isPositive();
            assertThat(part.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(minorUnits);
            assertThat(part.date()).isBetween(p.start(), p.end());
        });
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).date()).isAfter(parts.get(i - 1).date());
        }
    }

    private static void assertWithinOneMinorUnit(BigDecimal recognised, Period p, BigDecimal elapsed, BigDecimal whole) {
        BigDecimal exact = p.total().multiply(elapsed).divide(whole, MathContext.DECIMAL128);
        BigDecimal oneMinorUnit = BigDecimal.ONE.movePointLeft(Currencies.minorUnits(p.currency()));
        assertThat(recognised.subtract(exact).abs()).as("recognised %s against %s × %s / %s", recognised, p.total(), elapsed, whole)
                .isLessThanOrEqualTo(oneMinorUnit);
    }
}
