package dev.atlvs.projects.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectHealthTest {

    @Test
    void aProjectOnBudgetAndOnTimeIsGreen() {
        ProjectHealth.Assessment health = ProjectHealth.assess(ev("10000", "5000", "5000", "5000"), new BigDecimal("50"), List.of());

        assertThat(health.health()).isEqualTo(Health.GREEN);
        assertThat(health.reasons()).isEmpty();
    }

    @Test
    void burnAheadOfProgressByMoreThanFivePointsIsAmberAndMoreThanFifteenRed() {
        assertThat(ProjectHealth.assess(ev("10000", "5000", "5000", "5000"), new BigDecimal("44"), List.of()).health())
                .isEqualTo(Health.AMBER);
        assertThat(ProjectHealth.assess(ev("10000", "5000", "5000", "5000"), new BigDecimal("34"), List.of()).health())
                .isEqualTo(Health.RED);
    }

    @Test
    void poorCostPerformanceIsRed() {
        // EV 4,000 against AC 5,000: CPI 0.8
        ProjectHealth.Assessment health = ProjectHealth.assess(ev("10000", "4000", "4000", "5000"), new BigDecimal("50"), List.of());

        assertThat(health.health()).isEqualTo(Health.RED);
        assertThat(health.reasons()).anySatisfy(reason -> assertThat(reason).contains("CPI").contains("0.8"));
    }

    @Test
    void anOverdueMilestoneIsAmberAndOneLateByMoreThanAWeekRed() {
        assertThat(ProjectHealth.assess(ev("10000", "5000", "5000", "5000"), new BigDecimal("50"), List.of(2L)).health())
                .isEqualTo(Health.AMBER);
        assertThat(ProjectHealth.assess(ev("10000", "5000", "5000", "5000"), new BigDecimal("50"), List.of(2L, 9L)).health())
                .isEqualTo(Health.RED);
    }

    private static EarnedValue.Result ev(String bac, String pv, String earned, String ac) {
        BigDecimal b = new BigDecimal(bac);
        BigDecimal p = new BigDecimal(pv);
        BigDecimal e = new BigDecimal(earned);
        BigDecimal a = new BigDecimal(ac);
        return EarnedValue.of(b, p, e, a);
    }
}
