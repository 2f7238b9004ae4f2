package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.finance.revenue.RecognitionMethod;
import dev.atlvs.finance.revenue.StraightLineSchedule;
import dev.atlvs.finance.revenue.StraightLineSchedule.Part;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked time-proportional schedules: by days of service and by the mid-month convention. */
class TimeProportionalScheduleTest {
    private static final BigDecimal TWELVE_THOUSAND = new BigDecimal("12000.00");
    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);
    private static final LocalDate NEXT_MARCH_14 = LocalDate.of(2027, 3, 14);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    @Test
    void aYearFromMidMarchRecognisesTwoHundredNinetyTwoDaysOfThreeHundredSixtyFiveByTheYearEnd() {
        // given 15 March to 31 December: 17 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 292 of 365 days
        // when
        List<Part> parts = StraightLineSchedule.daily(TWELVE_THOUSAND, "USD", MARCH_15, NEXT_MARCH_14);

        // then 12,000 × 292 / 365 = 9,600.00
        assertThat(recognisedBy(parts, YEAR_END)).isEqualByComparingTo("9600.00");
        assertThat(parts).hasSize(13);
        assertThat(parts.get(0)).isEqualTo(new Part(LocalDate.of(2026, 3, 31), new BigDecimal("558.90")));
        assertThat(parts.get(parts.size() - 1).date()).isEqualTo(NEXT_MARCH_14);
        assertThat(recognisedBy(parts, NEXT_MARCH_14)).isEqualByComparingTo(TWELVE_THOUSAND);
    }

    @Test
    void theMidMonthConventionCountsTheFirstAndLastMonthsAsHalves() {
        // given half of March, April to February in full, half of March: 12 months, 1,000.00 each
        // when
        List<Part> parts = StraightLineSchedule.midMonth(TWELVE_THOUSAND, "USD", MARCH_15, NEXT_MARCH_14);

        // then by 31 December: 500 + 9 × 1,000 = 9,500.00
        assertThat(recognisedBy(parts, YEAR_END)).isEqualByComparingTo("9500.00");
        assertThat(parts.get(0)).isEqualTo(new Part(LocalDate.of(2026, 3, 31), new BigDecimal("500.00")));
        assertThat(parts.get(1)).isEqualTo(new Part(LocalDate.of(2026, 4, 30), new BigDecimal("1000.00")));
        assertThat(parts.get(parts.size() - 1)).isEqualTo(new Part(NEXT_MARCH_14, new BigDecimal("500.00")));
        assertThat(recognisedBy(parts, NEXT_MARCH_14)).isEqualByComparingTo(TWELVE_THOUSAND);
    }

    @Test
    void straightLineIsDailyForAPeriodThatDoesNotStartOnTheFirstOfAMonth() {
        // when
        List<Part> parts = StraightLineSchedule.of(RecognitionMethod.STRAIGHT_LINE, TWELVE_THOUSAND, "USD", MARCH_15, NEXT_MARCH_14);

        // then
        assertThat(parts).isEqualTo(StraightLineSchedule.daily(TWELVE_THOUSAND, "USD", MARCH_15, NEXT_MARCH_14));
    }

    @Test
    void straightLineKeepsWholeMonthsForAMonthAlignedPeriod() {
        // given April to March: 12 whole months
        // when
        List<Part> parts = StraightLineSchedule.of(RecognitionMethod.STRAIGHT_LINE, TWELVE_THOUSAND, "USD", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31));

        // then
        assertThat(parts).hasSize(12).allSatisfy(part -> assertThat(part.amount()).isEqualByComparingTo("1000.00"));
        assertThat(StraightLineSchedule.isMonthAligned(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(StraightLineSchedule.isMonthAligned(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 30))).isFalse();
    }

    @Test
    void eachMonthsRoundingRemainderIsCarriedIntoTheNext() {
        // given 100.00 over January to March by days: 31, 28 and 31 of 90 days.
        // Cumulative 100 × 31/90 = 34.44(4), 100 × 59/90 = 65.55(6) → 65.56, then 100: parts 34.44, 31.12, 34.44.
        // when
        List<Part> parts = StraightLineSchedule.daily(new BigDecimal("100.00"), "USD", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        // then
        assertThat(parts).extracting(Part::amount)
                .containsExactly(new BigDecimal("34.44"), new BigDecimal("31.12"), new BigDecimal("34.44"));
    }

    @Test
    void partsAreInWholeYenAndInThousandthsOfADinar() {
        // given 1,000 JPY and 100.000 KWD over 10 January to 9 April: 22, 28, 31 and 9 of 90 days
        // when
        List<Part> yen = StraightLineSchedule.daily(new BigDecimal("1000"), "JPY", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 9));
        List<Part> dinar = StraightLineSchedule.daily(new BigDecimal("100.000"), "KWD", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 9));

        // then 1,000 × 22/90 = 244.4 → 244; × 50/90 = 555.6 → 556; × 81/90 = 900: 244, 312, 344, 100
        assertThat(yen).extracting(Part::amount)
                .containsExactly(new BigDecimal("244"), new BigDecimal("312"), new BigDecimal("344"), new BigDecimal("100"));
        // 100 × 22/90 = 24.4444 → 24.444; × 50/90 = 55.5556 → 55.556; × 81/90 = 90.000
        assertThat(dinar).extracting(Part::amount)
                .containsExactly(new BigDecimal("24.444"), new BigDecimal("31.112"), new BigDecimal("34.444"), new BigDecimal("10.000"));
    }

    @Test
    void aMethodThatIsNotStraightLineHasNoSchedule() {
        assertThatThrownBy(() -> StraightLineSchedule.of(RecognitionMethod.ON_DATE, TWELVE_THOUSAND, "USD", MARCH_15, NEXT_MARCH_14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ON_DATE");
    }

    private static BigDecimal recognisedBy(List<Part> parts, LocalDate date) {
        return parts.stream().filter(part -> !part.date().isAfter(date)).map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
