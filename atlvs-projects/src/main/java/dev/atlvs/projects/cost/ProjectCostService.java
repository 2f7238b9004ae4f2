package dev.atlvs.projects.cost;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.milestone.MilestoneStatus;
import dev.atlvs.projects.progress.ProgressRollup;
import dev.atlvs.projects.progress.ProgressService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.UUID;

/**
 * The cost view of a stored project at a status date: budget against committed and actual spend by
 * category (current revision of each budget line), earned value and health. Actuals are the ones entered
 * against the project's budget lines; the finance module will feed them through the same lines.
 *
 * <p>For earned value, a task's planned dates are its start and due dates; a task without both is
 * planned over the project's dates (or, without those, counts as planned from the status date on).
 *
 * <pre>{@code
 * ProjectCostService.CostReport report = new ProjectCostService(tx).report(projectId, LocalDate.now(tx.clock()));
 * report.health().health();   // GREEN, AMBER or RED
 * }</pre>
 */
public final class ProjectCostService {
    private final TenantTransaction tx;

    public ProjectCostService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Planned, committed and actual amounts of one budget category. */
    public record CategoryCost(BudgetCategory category, BigDecimal planned, BigDecimal committed, BigDecimal actual) {
        /** Whether committed plus actual spend exceeds the plan. */
        public boolean overBudget() {
            return committed.add(actual).compareTo(planned) > 0;
        }
    }

    /** The cost view of a project. */
    public record CostReport(UUID projectId, String currency, List<CategoryCost> categories, BigDecimal progressPct,
            EarnedValue.Result earnedValue, ProjectHealth.Assessment health) {}

    /** The cost view of {@code projectId} at {@code statusDate}. */
    public CostReport report(UUID projectId, LocalDate statusDate) {
        tx.require(dev.atlvs.projects.ProjectsPermissions.BUDGETS_READ);
        Project project = tx.repository(ProjectRepository.class).get(projectId);
        List<ProjectBudget> lines = tx.repository(ProjectBudgetRepository.class).currentOf(projectId);
        String currency = lines.stream().map(ProjectBudget::currency).distinct().reduce((a, b) -> {
            throw ValidationException.of("ProjectBudget", "currency", "SingleCurrency",
                    "the budget lines of a project must share one currency for a cost report");
        }).orElse(project.currency().orElse("USD"));

        Map<BudgetCategory, CategoryCost> byCategory = new LinkedHashMap<>();
        for (ProjectBudget line : lines) {
            byCategory.merge(line.category(),
                    new CategoryCost(line.category(), line.plannedAmount(), line.committedAmount(), line.actualAmount()),
                    (a, b) -> new CategoryCost(a.category(), a.planned().add(b.planned()), a.committed().add(b.committed()),
                            a.actual().add(b.actual())));
        }
        BigDecimal budget = byCategory.values().stream().map(CategoryCost::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal actual = byCategory.values().stream().map(CategoryCost::actual).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Task> tasks = tx.repository(TaskRepository.class).ofProject(projectId);
        List<ScheduledWork> work = tasks.stream().map(task -> scheduled(task, project, statusDate)).toList();
        EarnedValue.Result earnedValue = EarnedValue.at(statusDate, budget, work, actual);
        BigDecimal progress = ProgressRollup.of(ProgressService.workItems(tasks));

        List<Long> overdue = tx.repository(MilestoneRepository.class).ofProject(projectId).stream()
                .filter(milestone -> milestone.status(statusDate) == MilestoneStatus.OVERDUE)
                .map(Milestone::dueDate)
                .map(due -> ChronoUnit.DAYS.between(due, statusDate))
                .toList();
        return new CostReport(projectId, currency, List.copyOf(byCategory.values()), progress, earnedValue,
                ProjectHealth.assess(earnedValue, progress, overdue));
    }

    private static ScheduledWork scheduled(Task task, Project project, LocalDate statusDate) {
        LocalDate start = task.startDate().or(project::startDate).orElse(statusDate);
        LocalDate finish = task.dueDate().or(project::endDate).filter(due -> !due.isBefore(start)).orElse(start);
        return new ScheduledWork(task.estimatedHours(), start, finish, ProgressService.progressOf(task.status()),
                task.status() == TaskStatus.CANCELLED);
    }

}
