package dev.atlvs.projects.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A red / amber / green health of a project from three signals, the worst of which decides:
 * <ul>
 *   <li>burn vs progress: the share of the budget spent (AC / BAC) minus the share of work done; more
 *       than {@value #BURN_RED} points ahead is red, more than {@value #BURN_AMBER} amber;</li>
 *   <li>cost and schedule performance: CPI or SPI below {@value #INDEX_RED} is red, below
 *       {@value #INDEX_AMBER} amber;</li>
 *   <li>overdue milestones: any milestone more than {@value #OVERDUE_RED_DAYS} days overdue is red, any
 *       overdue milestone amber.</li>
 * </ul>
 * Each signal that is not green adds a reason in plain words.
 */
public final class ProjectHealth {
    public static final int BURN_RED = 15;
    public static final int BURN_AMBER = 5;
    public static final double INDEX_RED = 0.90;
    public static final double INDEX_AMBER = 0.97;
    public static final int OVERDUE_RED_DAYS = 7;

    private ProjectHealth() {}

    /** The assessment and the reasons behind it. */
    public record Assessment(Health health, List<String> reasons) {
        public Assessment {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Assesses a project.
     *
     * @param earnedValue the project's earned value at the status date
     * @param progressPct the project's rolled-up progress, 0 to 100
     * @param daysOverdueOfEachOverdueMilestone how many days each overdue milestone is late (empty: none)
     */
    public static Assessment assess(EarnedValue.Result earnedValue, BigDecimal progressPct, List<Long> daysOverdueOfEachOverdueMilestone) {
        requireNonNull(earnedValue, "earnedValue is null");
        requireNonNull(progressPct, "progressPct is null");
        requireNonNull(daysOverdueOfEachOverdueMilestone, "daysOverdueOfEachOverdueMilestone is null");
        Health health = Health.GREEN;
        List<String> reasons = new ArrayList<>();

        if (earnedValue.bac().signum() > 0) {
            BigDecimal burn = earnedValue.ac().multiply(BigDecimal.valueOf(100)).divide(earnedValue.bac(), 2, RoundingMode.HALF_UP);
            BigDecimal gap = burn.subtract(progressPct);
            Health burnHealth = gap.compareTo(BigDecimal.valueOf(BURN_RED)) > 0 ? Health.RED
                    : gap.compareTo(BigDecimal.valueOf(BURN_AMBER)) > 0 ? Health.AMBER : Health.GREEN;
            if (burnHealth != Health.GREEN) {
                reasons.add("budget burn " + burn.toPlainString() + "% is ahead of progress " + progressPct.toPlainString() + "%");
            }
            health = health.worst(burnHealth);
        }
        health = health.worst(index("cost performance (CPI)", earnedValue.cpi().orElse(null), reasons));
        health = health.worst(index("schedule performance (SPI)", earnedValue.spi().orElse(null), reasons));

        long worstDelay = daysOverdueOfEachOverdueMilestone.stream().mapToLong(Long::longValue).max().orElse(0);
        if (!daysOverdueOfEachOverdueMilestone.isEmpty()) {
            reasons.add(daysOverdueOfEachOverdueMilestone.size() + " milestone(s) overdue, the latest by " + worstDelay + " day(s)");
            health = health.worst(worstDelay > OVERDUE_RED_DAYS ? Health.RED : Health.AMBER);
        }
        return new Assessment(health, reasons);
    }

    private static Health index(String name, BigDecimal value, List<String> reasons) {
        if (value == null) {
            return Health.GREEN;
        }
        Health result = value.doubleValue() < INDEX_RED ? Health.RED : value.doubleValue() < INDEX_AMBER ? Health.AMBER : Health.GREEN;
        if (result != Health.GREEN) {
            reasons.add(name + " is " + value.toPlainString());
        }
        return result;
    }
}
