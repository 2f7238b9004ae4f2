package dev.atlvs.pipeline.workforce.onboarding;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The onboarding readiness of a project's crew on a day: one row per live (not cancelled) workflow (people × progress),
 * and the pending tasks past their due date.
 *
 * @param projectId the project
 * @param asOf the day the report is read on
 * @param people one row per live workflow, by role then person
 * @param overdue the pending tasks due before {@code asOf}, most overdue first
 */
public record ProjectReadiness(UUID projectId, LocalDate asOf, List<OnboardingProgress> people, List<OverdueTask> overdue) {

    public ProjectReadiness {
        requireNonNull(projectId, "projectId is null");
        requireNonNull(asOf, "asOf is null");
        people = List.copyOf(people);
        overdue = List.copyOf(overdue);
    }

    /** The number of people whose required tasks are all done or waived. */
    public int ready() {
        return (int) people.stream().filter(OnboardingProgress::ready).count();
    }

    /** The share of the crew's required tasks done or waived, 0 to 100 with two decimals (100 without any). */
    public BigDecimal progressPct() {
        int required = people.stream().mapToInt(OnboardingProgress::required).sum();
        int fulfilled = people.stream().mapToInt(OnboardingProgress::requiredFulfilled).sum();
        return required == 0 ? new BigDecimal("100.00")
                : BigDecimal.valueOf(100L * fulfilled).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
    }
}
