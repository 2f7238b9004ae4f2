package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.revenue.StraightLineSchedule;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A straight-line schedule always sums exactly to the total, in positive parts inside the period, the remainder on the last. */
class StraightLineSchedulePropertyTest {

    @PropertyTest(tries = 500)
    void theMonthlyPartsSumExactlyToTheTotal(Gen gen) {
        long cents = gen.longBetween(0, 100_000_000_000L);
        int startOffset = gen.intBetween(0, 3000);
        int length = gen.intBetween(0, 1200);
        BigDecimal total = BigDecimal.valueOf(cents, 2);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(startOffset);
        LocalDate end = start.plusDays(length);

        List<StraightLineSchedule.Part> parts = StraightLineSchedule.split(total, "USD", start, end);

        assertThat(parts.stream().map(StraightLineSchedule.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.amount().signum()).isPositive();
            assertThat(part.amount().scale()).isLessThanOrEqualTo(2);
            assertThat(part.date()).isBetween(start, end);
        });
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).date()).isAfter(parts.get(i - 1).date());
            assertThat(parts.get(i).amount()).isGreaterThanOrEqualTo(parts.get(i - 1).amount());
        }
    }

    @PropertyTest(tries = 200)
    void aYenTotalSplitsInWholeYen(Gen gen) {
        long yen = gen.longBetween(1, 10_000_000L);
        int months = gen.intBetween(1, 24);
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<StraightLineSchedule.Part> parts = StraightLineSchedule.split(BigDecimal.valueOf(yen), "JPY", start, start.plusMonths(months).minusDays(1));

        assertThat(parts).allSatisfy(part -> assertThat(part.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        assertThat(parts.stream().map(StraightLineSchedule.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BigDecimal.valueOf(yen));
    }
}
