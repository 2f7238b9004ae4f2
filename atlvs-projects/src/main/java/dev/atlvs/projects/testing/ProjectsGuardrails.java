package dev.atlvs.projects.testing;

import dev.atlvs.core.module.Guardrails;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.timeline.TimelineRepository;
import java.math.BigDecimal;

/** The guardrail samples and mutations of the projects tables (see {@link Guardrails}). */
public final class ProjectsGuardrails {

    private ProjectsGuardrails() {}

    /** One sample row and one ordinary update per projects table, and a probe of each projects rule. */
    public static Guardrails guardrails() {
        return ProjectsRuleProbes.declare(Guardrails.builder())
                .table("projects",
                        org -> ProjectFixtures.project(org).id(),
                        (org, id) -> org.asOwner(tx -> {
                ProjectRepository projects = tx.repository(ProjectRepository.class);
                return projects.update(dev.atlvs.projects.project.ImmutableProject.copyOf(projects.get(id))
                        .withDescription("Main stage moved to the north field").withPriority(Priority.HIGH));
            }))
                .table("project_members",
                        // A manager with rates, so that every rule of the row can be broken on its own.
                        org -> {
                dev.atlvs.projects.project.Project project = ProjectFixtures.project(org);
                return org.asOwner(tx -> tx.repository(ProjectMemberRepository.class).insert(dev.atlvs.projects.team.ProjectMember.builder()
                        .organizationId(org.id()).projectId(project.id()).userId(org.owner().id())
                        .role(dev.atlvs.projects.team.ProjectRole.MANAGER).function("Production Manager")
                        .billRate(new BigDecimal("120.0000")).costRate(new BigDecimal("80.0000")).currency("EUR").build())).id();
            },
                        (org, id) -> org.asOwner(tx -> {
                ProjectMemberRepository team = tx.repository(ProjectMemberRepository.class);
                return team.update(dev.atlvs.projects.team.ImmutableProjectMember.copyOf(team.get(id)).withFunction("Head of Production"));
            }))
                .table("project_milestones",
                        // A payment milestone, so that every rule of the row can be broken on its own.
                        org -> {
                dev.atlvs.projects.project.Project project = ProjectFixtures.project(org);
                return org.asOwner(tx -> tx.repository(MilestoneRepository.class).insert(Milestone.builder()
                        .organizationId(org.id()).projectId(project.id()).title("Show day").dueDate(java.time.LocalDate.of(2026, 9, 18))
                        .isPaymentMilestone(true).amount(new BigDecimal("25000.0000")).currency("EUR").build())).id();
            },
                        (org, id) -> org.asOwner(tx -> {
                MilestoneRepository milestones = tx.repository(MilestoneRepository.class);
                Milestone current = milestones.get(id);
                return milestones.update(dev.atlvs.projects.milestone.ImmutableMilestone.copyOf(current).withDueDate(current.dueDate().plusDays(1)));
            }))
                .table("project_tasks",
                        org -> ProjectFixtures.task(org, ProjectFixtures.project(org), "Submit the event permit").id(),
                        (org, id) -> org.asOwner(tx -> {
                TaskRepository tasks = tx.repository(TaskRepository.class);
                return tasks.update(dev.atlvs.projects.task.ImmutableTask.copyOf(tasks.get(id))
                        .withTitle("Submit the event permit (fire safety)").withEstimatedHours(new BigDecimal("6.50")));
            }))
                .table("project_dependencies",
                        org -> {
                dev.atlvs.projects.project.Project project = ProjectFixtures.project(org);
                return ProjectFixtures.dependency(org, ProjectFixtures.task(org, project, "Submit the event permit"),
                        ProjectFixtures.task(org, project, "Build the main stage")).id();
            },
                        (org, id) -> org.asOwner(tx -> {
                DependencyRepository dependencies = tx.repository(DependencyRepository.class);
                return dependencies.update(dev.atlvs.projects.dependency.ImmutableDependency.copyOf(dependencies.get(id)).withLagDays(2));
            }))
                .table("project_resources",
                        org -> ProjectFixtures.riggingCrew(org, ProjectFixtures.project(org)).id(),
                        (org, id) -> org.asOwner(tx -> {
                ProjectResourceRepository resources = tx.repository(ProjectResourceRepository.class);
                return resources.update(dev.atlvs.projects.resource.ImmutableProjectResource.copyOf(resources.get(id))
                        .withQuantity(new BigDecimal("8.00")));
            }))
                .table("project_timelines",
                        org -> ProjectFixtures.loadInPhase(org, ProjectFixtures.project(org)).id(),
                        (org, id) -> org.asOwner(tx -> {
                TimelineRepository timelines = tx.repository(TimelineRepository.class);
                return timelines.update(dev.atlvs.projects.timeline.ImmutableTimeline.copyOf(timelines.get(id))
                        .withName("Load-in (stage and PA)").withColor("#4682B4"));
            }))
                .table("project_budgets",
                        org -> ProjectFixtures.equipmentBudget(org, ProjectFixtures.project(org)).id(),
                        (org, id) -> org.asOwner(tx -> {
                ProjectBudgetRepository budgets = tx.repository(ProjectBudgetRepository.class);
                return budgets.update(dev.atlvs.projects.budget.ImmutableProjectBudget.copyOf(budgets.get(id))
                        .withPlannedAmount(new BigDecimal("92500.0000")));
            }))
                .lifecycle(ProjectStatus.LIFECYCLE)
                .lifecycle(TaskStatus.LIFECYCLE)
                // Free: a booking is firmed up or released in any order.
                .freeStatus("project_resources", "status")
                .build();
    }
}
