package dev.atlvs.projects.cost;

import static org.assertj.core.api.Assertions.assertThat;

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
     * SPI = 0.88, EAC = 10,000 / 0.9167 = 10,908.69, ETC = 4,908.69, VAC = −908.69.
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
        assertThat(ev.eac()).isEqualByComparingTo("10908.6942");
        assertThat(ev.etc()).isEqualByComparingTo("4908.6942");
        assertThat(ev.vac()).isEqualByComparingTo("-908.6942");
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
}
