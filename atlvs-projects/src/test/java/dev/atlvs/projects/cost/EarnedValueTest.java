package dev.atlvs.projects.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.projects.cost.EarnedValue.EstimateMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarnedValueTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    /**
     * Budget 10,000 over two tasks of 20 h and 60 h (shares 2,500 and 7,500). At June 10: task A (June 1–5)
     * is planned done, task B (June 6–15) is 5 of 10 days in: PV = 2,500 + 3,750 = 6,250. A is 100 % and
     * B 40 % done: EV = 2,500 + 3,000 = 5,500. AC = 6,000: CV = −500, SV = −750, CPI = 0.9167,
     * SPI = 0.88. EAC = BAC / CPI = 10,000 × 6,000 / 5,500 = 10,909.0909 exactly (not 10,000 / 0.9167),
     * ETC = 4,909.0909, VAC = −909.0909; TCPI against BAC = 4,500 / 4,000 = 1.125.
     */
    @Test
    void earnedValueFollowsTheHandWorkedExample() {
        List<ScheduledWork> work = List.of(
                new ScheduledWork(Optional.of(new BigDecimal("20")), JUNE_1, JUNE_1.plusDays(4), new BigDecimal("100"), false),
                new ScheduledWork(Optional.of(new BigDecimal("60")), JUNE_1.plusDays(5), JUNE_1.plusDays(14), new BigDecimal("40"), false));

        EarnedValue.Result ev = EarnedValue.at(JUNE_1.plusDays(9), new BigDecimal("10000"), work, new BigDecimal("6000"));

        assertThat(ev.bac()).isEqualByComparingTo("10000");
        assertThat(ev.pv()).isEqualByComparingTo("6250");
        assertThat(ev.ev()).isEqualByComparingTo("5500");
        assertThat(ev.ac()).isEqualByComparingTo("6000");
        assertThat(ev.cv()).isEqualByComparingTo("-500");
        assertThat(ev.sv()).isEqualByComparingTo("-750");
        assertThat(ev.cpi()).hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("0.9167"));
        assertThat(ev.spi()).hasValueSatisfying(spi -> assertThat(spi).isEqualByComparingTo("0.8800"));
        assertThat(ev.eac()).isEqualByComparingTo("10909.0909");
        assertThat(ev.etc()).isEqualByComparingTo("4909.0909");
        assertThat(ev.vac()).isEqualByComparingTo("-909.0909");
        assertThat(ev.tcpiToBac()).hasValueSatisfying(tcpi -> assertThat(tcpi).isEqualByComparingTo("1.1250"));
    }

    @Test
    void withoutActualCostTheCostIndexIsAbsentAndTheEstimateFallsBackToBudgetMinusEarned() {
        List<ScheduledWork> work = List.of(new ScheduledWork(Optional.empty(), JUNE_1, JUNE_1.plusDays(9), new BigDecimal("50"), false));

        EarnedValue.Result ev = EarnedValue.at(JUNE_1.minusDays(1), new BigDecimal("1000"), work, BigDecimal.ZERO);

        assertThat(ev.pv()).isEqualByComparingTo("0");
        assertThat(ev.ev()).isEqualByComparingTo("500");
        assertThat(ev.cpi()).isEmpty();
        assertThat(ev.spi()).isEmpty();
        assertThat(ev.eac()).isEqualByComparingTo("500");
    }

    @Test
    void cancelledWorkIsLeftOutOfThePlan() {
        List<ScheduledWork> work = List.of(
                new ScheduledWork(Optional.of(BigDecimal.TEN), JUNE_1, JUNE_1, new BigDecimal("100"), false),
                new ScheduledWork(Optional.of(BigDecimal.TEN), JUNE_1, JUNE_1, BigDecimal.ZERO, true));

        EarnedValue.Result ev = EarnedValue.at(JUNE_1, new BigDecimal("800"), work, new BigDecimal("800"));

        assertThat(ev.pv()).isEqualByComparingTo("800");
        assertThat(ev.ev()).isEqualByComparingTo("800");
        assertThat(ev.cpi()).hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("1"));
    }

    @Test
    void theEstimateAtCompletionComesFromTheExactCostIndexNotARoundedOne() {
        // given BAC 4,000, EV 2,500, AC 2,800: CPI = 25/28 (0.8929 rounded), EAC = 4,000 × 28 / 25 = 4,480
        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("4000"), new BigDecimal("3000"), new BigDecimal("2500"), new BigDecimal("2800"));

        // then
        assertThat(ev.cpi()).hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("0.8929"));
        assertThat(ev.eac()).isEqualByComparingTo("4480.0000");
        assertThat(ev.etc()).isEqualByComparingTo("1680.0000");
        assertThat(ev.vac()).isEqualByComparingTo("-480.0000");
    }

    @Test
    void aTenMillionBudgetIsForecastToTheCent() {
        // given the same performance at a budget of 10,000,000: 10,000,000 / 0.8929 would be 11,199,462.43
        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("10000000"), new BigDecimal("7500000"), new BigDecimal("6250000"),
                new BigDecimal("7000000"));

        // then
        assertThat(ev.eac()).isEqualByComparingTo("11200000.0000");
        assertThat(ev.etc()).isEqualByComparingTo("4200000.0000");
        assertThat(ev.vac()).isEqualByComparingTo("-1200000.0000");
    }

    /**
     * BAC 4,000, PV 3,000, EV 2,500, AC 2,800, bottom-up ETC 1,500. CPI = 25/28, SPI = 5/6.
     * BAC / CPI = 4,480 (TCPI 1,500 / 1,680 = 0.8929); AC + (BAC − EV) = 4,300 (TCPI 1);
     * AC + (BAC − EV) / (CPI × SPI) = 2,800 + 1,500 × 168 / 125 = 4,816 (TCPI 1,500 / 2,016 = 0.7440);
     * AC + ETC = 4,300 (TCPI 1). TCPI against BAC = 1,500 / 1,200 = 1.25.
     */
    @Test
    void everyStandardForecastIsGivenWithItsLabel() {
        // given
        BigDecimal bottomUp = new BigDecimal("1500");

        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("4000"), new BigDecimal("3000"), new BigDecimal("2500"), new BigDecimal("2800"),
                Optional.of(bottomUp));

        // then
        assertThat(ev.forecasts()).extracting(EarnedValue.Forecast::label)
                .containsExactly("BAC / CPI", "AC + (BAC − EV)", "AC + (BAC − EV) / (CPI × SPI)", "AC + bottom-up ETC");
        assertForecast(ev, EstimateMethod.CPI, "4480.0000", "1680.0000", "-480.0000", "0.8929");
        assertForecast(ev, EstimateMethod.ATYPICAL, "4300.0000", "1500.0000", "-300.0000", "1.0000");
        assertForecast(ev, EstimateMethod.CPI_TIMES_SPI, "4816.0000", "2016.0000", "-816.0000", "0.7440");
        assertForecast(ev, EstimateMethod.BOTTOM_UP, "4300.0000", "1500.0000", "-300.0000", "1.0000");
        assertThat(ev.tcpiToBac()).hasValueSatisfying(tcpi -> assertThat(tcpi).isEqualByComparingTo("1.2500"));
    }

    @Test
    void withoutActualCostTheForecastsThatDivideByTheCostIndexAreUndefined() {
        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("1000"), new BigDecimal("400"), new BigDecimal("300"), BigDecimal.ZERO);

        // then
        assertThat(ev.cpi()).isEmpty();
        assertThat(ev.forecasts()).extracting(EarnedValue.Forecast::method).containsExactly(EstimateMethod.ATYPICAL);
        assertThat(ev.eac()).isEqualByComparingTo("700");
        assertThat(ev.tcpiToBac()).hasValueSatisfying(tcpi -> assertThat(tcpi).isEqualByComparingTo("0.7000"));
    }

    @Test
    void withoutPlannedValueTheScheduleIndexAndItsForecastAreUndefined() {
        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("300"), new BigDecimal("200"));

        // then
        assertThat(ev.spi()).isEmpty();
        assertThat(ev.forecast(EstimateMethod.CPI_TIMES_SPI)).isEmpty();
        assertThat(ev.forecast(EstimateMethod.CPI)).hasValueSatisfying(f -> assertThat(f.eac()).isEqualByComparingTo("666.6667"));
    }

    @Test
    void withNothingEarnedYetTheCostIndexIsZeroAndItsForecastsUndefined() {
        // when
        EarnedValue.Result ev = EarnedValue.of(new BigDecimal("1000"), new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("50"));

        // then
        assertThat(ev.cpi()).hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("0"));
        assertThat(ev.forecast(EstimateMethod.CPI)).isEmpty();
        assertThat(ev.forecast(EstimateMethod.CPI_TIMES_SPI)).isEmpty();
        assertThat(ev.eac()).isEqualByComparingTo("1050");
    }

    @Test
    void whenAllIsEarnedOrTheBudgetIsSpentTheToCompleteIndicesAreUndefined() {
        // when
        EarnedValue.Result done = EarnedValue.of(new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("900"));
        EarnedValue.Result spent = EarnedValue.of(new BigDecimal("1000"), new BigDecimal("900"), new BigDecimal("800"), new BigDecimal("1000"));

        // then
        assertThat(done.forecasts()).allSatisfy(forecast -> assertThat(forecast.tcpiToEac()).isEmpty());
        assertThat(done.eac()).isEqualByComparingTo("900");
        assertThat(spent.tcpiToBac()).isEmpty();
    }

    @Test
    void aNegativeFigureIsRejectedNamingIt() {
        assertThatThrownBy(() -> EarnedValue.of(new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                Optional.of(new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bottomUpEtc");
    }

    private static void assertForecast(EarnedValue.Result ev, EstimateMethod method, String eac, String etc, String vac, String tcpi) {
        assertThat(ev.forecast(method)).as(method.label()).hasValueSatisfying(forecast -> {
            assertThat(forecast.eac()).isEqualByComparingTo(eac);
            assertThat(forecast.etc()).isEqualByComparingTo(etc);
            assertThat(forecast.vac()).isEqualByComparingTo(vac);
            assertThat(forecast.tcpiToEac()).hasValueSatisfying(index -> assertThat(index).isEqualByComparingTo(tcpi));
        });
    }
}
