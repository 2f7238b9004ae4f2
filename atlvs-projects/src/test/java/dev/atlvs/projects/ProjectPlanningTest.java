package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.projects.cost.Health;
import dev.atlvs.projects.cost.ProjectCostService;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ImmutableProjectBudget;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.progress.ProgressService;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.schedule.ProjectScheduler;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.projects.schedule.TaskSchedule;
import dev.atlvs.projects.schedule.WorkingCalendar;
import dev.atlvs.projects.task.ImmutableTask;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.projects.testing.ProjectFixtures.FestivalBuild;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scheduling, progress and cost of a stored project, on the festival build fixture. */
@AtlvsTest
class ProjectPlanningTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.builder().nonWorkingDay(LocalDate.of(2026, 7, 3)).build();

    @Test
    void theStoredFestivalBuildIsScheduledWithEveryDependencyKept(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        FestivalBuild build = ProjectFixtures.festivalBuild(org);

        Schedule schedule = org.asOwner(tx -> new ProjectScheduler(tx).schedule(build.project().id(), CALENDAR));

        assertThat(schedule.tasks()).hasSize(build.tasks().size());
        for (Dependency link : build.dependencies()) {
            TaskSchedule predecessor = schedule.task(link.predecessorId());
            TaskSchedule successor = schedule.task(link.successorId());
            assertThat(link.type()).isEqualTo(DependencyType.FS);
            assertThat(successor.earlyStart()).as("successor of an FS link starts after its predecessor finishes")
                    .isAfter(predecessor.earlyFinish());
        }
        Task stage = build.task("Build the main stage");
        // The undated tasks start with the project on Wed 1 July: advancing the venue (12 h: 2 days) runs Wed 1 to
        // Thu 2, Fri 3 is a holiday, the permit (6 h: 1 day) is Mon 6, so the stage starts Tue 7 July.
        assertThat(schedule.task(stage.id()).earlyStart()).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(schedule.tasks()).allSatisfy(task -> assertThat(CALENDAR.isWorkingDay(task.earlyStart())).isTrue());
        Task loadOut = build.task("Load-out");
        assertThat(schedule.criticalPath()).contains(stage.id(), loadOut.id());
        assertThat(schedule.projectFinish()).isEqualTo(schedule.task(loadOut.id()).earlyFinish());
    }

    @Test
    void cancelledTasksAreLeftOutOfTheSchedule(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        FestivalBuild build = ProjectFixtures.festivalBuild(org);
        Task generators = build.task("Book the generators");
        org.asOwner(tx -> tx.repository(TaskRepository.class).update(ImmutableTask.copyOf(generators).withStatus(TaskStatus.CANCELLED)));

        Schedule schedule = org.asOwner(tx -> new ProjectScheduler(tx).schedule(build.project().id(), CALENDAR));

        assertThat(schedule.find(generators.id())).isEmpty();
        assertThat(schedule.tasks()).hasSize(build.tasks().size() - 1);
    }

    @Test
    void progressIsRolledUpToTheProjectAndItsMilestonesByEstimatedHours(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        FestivalBuild build = ProjectFixtures.festivalBuild(org);
        Task rigging = build.task("Rig lighting and sound");
        org.asOwner(tx -> tx.repository(TaskRepository.class)
                .update(done(rigging, "2026-07-10T18:00:00Z")));

        BigDecimal progress = org.asOwner(tx -> new ProgressService(tx).refresh(build.project().id()));

        // estimates 12 + 6 + 4 + 120 + 60 + 8 + 80 + 2 = 292 hours; rigging's 60 are done: 60 / 292 = 20.55 %
        assertThat(progress).isEqualByComparingTo("20.55");
        BigDecimal stored = org.asOwner(tx -> tx.repository(ProjectRepository.class).get(build.project().id()).progressPct());
        assertThat(stored).isEqualByComparingTo("20.55");
        // load-in holds the stage (120 h, open) and rigging (60 h, done): 60 / 180 = 33.33 %
        Milestone loadIn = org.asOwner(tx -> tx.repository(MilestoneRepository.class).get(build.milestone("Load-in complete").id()));
        assertThat(loadIn.progressPct()).isEqualByComparingTo("33.33");
    }

    @Test
    void theCostReportComparesBudgetWithSpendAndRatesHealth(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        FestivalBuild build = ProjectFixtures.festivalBuild(org);
        Task rigging = build.task("Rig lighting and sound");
        org.asOwner(tx -> {
            tx.repository(TaskRepository.class)
                    .update(done(rigging, "2026-07-09T18:00:00Z"));
            ProjectBudgetRepository budgets = tx.repository(ProjectBudgetRepository.class);
            ProjectBudget equipment = budgets.currentOf(build.project().id()).stream()
                    .filter(line -> line.category() == BudgetCategory.EQUIPMENT).findFirst().orElseThrow();
            return budgets.update(ImmutableProjectBudget.copyOf(equipment).withActualAmount(new BigDecimal("40000")));
        });

        ProjectCostService.CostReport report = org.asOwner(tx -> new ProjectCostService(tx).report(build.project().id(), LocalDate.of(2026, 7, 9)));

        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.categories()).extracting(ProjectCostService.CategoryCost::category)
                .containsExactlyInAnyOrder(BudgetCategory.EQUIPMENT, BudgetCategory.CATERING, BudgetCategory.PERSONNEL);
        assertThat(report.earnedValue().bac()).isEqualByComparingTo("161000");
        assertThat(report.earnedValue().ac()).isEqualByComparingTo("40000");
        // rigging's share of the budget is 161,000 x 60 / 292 = 33,082.19, all of it earned
        assertThat(report.earnedValue().ev()).isEqualByComparingTo("33082.1918");
        assertThat(report.earnedValue().cpi()).hasValueSatisfying(cpi -> assertThat(cpi).isEqualByComparingTo("0.8271"));
        assertThat(report.health().health()).isEqualTo(Health.RED);
        assertThat(report.health().reasons()).anySatisfy(reason -> assertThat(reason).contains("CPI"))
                .anySatisfy(reason -> assertThat(reason).contains("overdue"));
    }


    private static Task done(Task task, String completedAt) {
        return ImmutableTask.builder().from(task).status(TaskStatus.DONE).completedAt(Instant.parse(completedAt)).build();
    }
}
