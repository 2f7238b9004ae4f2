package dev.atlvs.projects.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.milestone.ImmutableMilestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.ImmutableProject;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.resource.ImmutableProjectResource;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.task.ImmutableTask;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.projects.team.ImmutableProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.timeline.ImmutableTimeline;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineKind;
import dev.atlvs.projects.timeline.TimelineRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The probes of the projects rules ({@link dev.atlvs.projects.ProjectsRules}): each breaks its rule once through the
 * SDK and once by raw SQL, so that the generated suites can require one identity from both (see {@link Guardrails}).
 */
final class ProjectsRuleProbes {

    private static final LocalDate EARLY = LocalDate.of(2026, 9, 1);
    private static final LocalDate LATE = LocalDate.of(2026, 9, 10);

    private ProjectsRuleProbes() {}

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        return guardrails
                // --- projects ---
                .rule("projects_end_date_check",
                        (tx, id) -> projects(tx).update(ImmutableProject.copyOf(projects(tx).get(id)).withStartDate(LATE).withEndDate(EARLY)),
                        (tx, id) -> sql(tx, "update atlvs.projects set start_date = date '2026-09-10', end_date = date '2026-09-01' where id = :id", id))
                .rule("projects_actual_end_date_check",
                        (tx, id) -> projects(tx).update(ImmutableProject.copyOf(projects(tx).get(id)).withActualStartDate(LATE)
                                .withActualEndDate(EARLY)),
                        (tx, id) -> sql(tx, "update atlvs.projects set actual_start_date = date '2026-09-10', actual_end_date = date '2026-09-01' "
                                + "where id = :id", id))
                .rule("projects_budget_currency_check",
                        (tx, id) -> projects(tx).update(ImmutableProject.copyOf(projects(tx).get(id)).withBudgetAmount(new BigDecimal("50000.0000"))
                                .withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.projects set budget_amount = 50000, currency = null where id = :id", id))
                // --- team ---
                .rule("project_members_user_or_person_check",
                        (tx, id) -> team(tx).update(ImmutableProjectMember.copyOf(team(tx).get(id)).withUserId(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.project_members set user_id = null where id = :id", id))
                .rule("project_members_end_date_check",
                        (tx, id) -> team(tx).update(ImmutableProjectMember.copyOf(team(tx).get(id)).withStartDate(LATE).withEndDate(EARLY)),
                        (tx, id) -> sql(tx, "update atlvs.project_members set start_date = date '2026-09-10', end_date = date '2026-09-01' "
                                + "where id = :id", id))
                .rule("project_members_rate_currency_check",
                        (tx, id) -> team(tx).update(ImmutableProjectMember.copyOf(team(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.project_members set currency = null where id = :id", id))
                .rule("project_members_user_active",
                        ProjectsRuleProbes::managerAndSuspendedMember,
                        (tx, id) -> team(tx).update(ImmutableProjectMember.copyOf(team(tx).get(id)).withUserId(suspendedUser(tx))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.project_members set user_id = :user where id = :id")
                                .bind("user", suspendedUser(tx)).bind("id", id).execute())
                .rule("project_members_manager",
                        (tx, id) -> team(tx).update(ImmutableProjectMember.copyOf(team(tx).get(id)).withRole(ProjectRole.MEMBER)),
                        (tx, id) -> sql(tx, "update atlvs.project_members set role = 'member' where id = :id", id))
                // --- milestones ---
                .rule("project_milestones_payment_amount_check",
                        (tx, id) -> milestones(tx).update(ImmutableMilestone.copyOf(milestones(tx).get(id)).withIsPaymentMilestone(false)),
                        (tx, id) -> sql(tx, "update atlvs.project_milestones set is_payment_milestone = false where id = :id", id))
                .rule("project_milestones_amount_currency_check",
                        (tx, id) -> milestones(tx).update(ImmutableMilestone.copyOf(milestones(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.project_milestones set currency = null where id = :id", id))
                // --- tasks ---
                .rule("project_tasks_due_date_check",
                        (tx, id) -> tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(id)).withStartDate(LATE).withDueDate(EARLY)),
                        (tx, id) -> sql(tx, "update atlvs.project_tasks set start_date = date '2026-09-10', due_date = date '2026-09-01' where id = :id", id))
                .rule("project_tasks_completed_at_check",
                        (tx, id) -> tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(id)).withCompletedAt(tx.now())),
                        (tx, id) -> sql(tx, "update atlvs.project_tasks set completed_at = now() where id = :id", id))
                .rule("project_tasks_parent_task_id_check",
                        (tx, id) -> tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(id)).withParentTaskId(id)),
                        (tx, id) -> sql(tx, "update atlvs.project_tasks set parent_task_id = id where id = :id", id))
                .rule("project_tasks_parent_cycle",
                        ProjectsRuleProbes::subTask,
                        (tx, id) -> {
                            // The parent moves under its own sub-task: a loop of two.
                            Task child = tasks(tx).get(id);
                            tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(child.parentTaskId().orElseThrow())).withParentTaskId(id));
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.project_tasks p set parent_task_id = c.id
                                  from atlvs.project_tasks c
                                 where c.id = :id and p.organization_id = c.organization_id and p.id = c.parent_task_id
                                """, id))
                .rule("project_tasks_children_open",
                        organization -> {
                            UUID child = subTask(organization);
                            return organization.asOwner(tx -> tasks(tx).get(child).parentTaskId().orElseThrow());
                        },
                        (tx, id) -> tasks(tx).update(done(tasks(tx).get(id), tx)),
                        (tx, id) -> sql(tx, "update atlvs.project_tasks set status = 'done', completed_at = now() where id = :id", id))
                .rule("project_tasks_parent_done",
                        ProjectsRuleProbes::cancelledSubTaskOfADoneTask,
                        (tx, id) -> tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(id)).withStatus(TaskStatus.TODO)),
                        (tx, id) -> sql(tx, "update atlvs.project_tasks set status = 'todo' where id = :id", id))
                // --- dependencies ---
                .rule("project_dependencies_self",
                        (tx, id) -> {
                            Dependency existing = dependencies(tx).get(id);
                            new DependencyService(tx).link(Dependency.builder().organizationId(tx.organizationId()).projectId(existing.projectId())
                                    .predecessorId(existing.successorId()).successorId(existing.successorId()).build());
                        },
                        (tx, id) -> sql(tx, """
                                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                                select organization_id, project_id, successor_id, successor_id from atlvs.project_dependencies where id = :id
                                """, id))
                .rule("project_dependencies_cycle",
                        (tx, id) -> {
                            Dependency existing = dependencies(tx).get(id);
                            new DependencyService(tx).link(Dependency.builder().organizationId(tx.organizationId()).projectId(existing.projectId())
                                    .predecessorId(existing.successorId()).successorId(existing.predecessorId()).build());
                        },
                        (tx, id) -> sql(tx, """
                                insert into atlvs.project_dependencies (organization_id, project_id, predecessor_id, successor_id)
                                select organization_id, project_id, successor_id, predecessor_id from atlvs.project_dependencies where id = :id
                                """, id))
                // --- resources ---
                .rule("project_resources_end_at_check",
                        (tx, id) -> {
                            ProjectResource booking = resources(tx).get(id);
                            resources(tx).update(ImmutableProjectResource.copyOf(booking).withEndAt(booking.startAt().minus(1, ChronoUnit.HOURS)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.project_resources set end_at = timestamptz '2000-01-01 00:00:00+00' where id = :id", id))
                .rule("project_resources_cost_currency_check",
                        (tx, id) -> resources(tx).update(ImmutableProjectResource.copyOf(resources(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.project_resources set currency = null where id = :id", id))
                .rule("project_resources_capacity",
                        ProjectsRuleProbes::confirmedPerson,
                        (tx, id) -> resources(tx).insert(ImmutableProjectResource.copyOf(resources(tx).get(id)).withId(UUID.randomUUID())
                                .withName("Second booking").withAllocationPct(new BigDecimal("50.00"))),
                        (tx, id) -> sql(tx, """
                                insert into atlvs.project_resources (organization_id, project_id, resource_type, resource_id, name, quantity, unit,
                                                                     start_at, end_at, allocation_pct, status)
                                select organization_id, project_id, resource_type, resource_id, 'Second booking', quantity, unit,
                                       start_at, end_at, 50, status
                                  from atlvs.project_resources where id = :id
                                """, id))
                // --- timelines ---
                .rule("project_timelines_ends_at_check",
                        (tx, id) -> {
                            Timeline timeline = timelines(tx).get(id);
                            timelines(tx).update(ImmutableTimeline.copyOf(timeline).withEndsAt(timeline.startsAt().minus(1, ChronoUnit.HOURS)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.project_timelines set ends_at = timestamptz '2000-01-01 00:00:00+00' where id = :id", id))
                .rule("project_timelines_baseline_of_check",
                        (tx, id) -> timelines(tx).update(ImmutableTimeline.copyOf(timelines(tx).get(id)).withBaselineOf(id)),
                        (tx, id) -> sql(tx, "update atlvs.project_timelines set baseline_of = id where id = :id", id))
                .rule("project_timelines_baseline_snapshot_check",
                        (tx, id) -> timelines(tx).update(ImmutableTimeline.copyOf(timelines(tx).get(id)).withSnapshot("{\"tasks\": []}")),
                        (tx, id) -> sql(tx, "update atlvs.project_timelines set snapshot = '{\"tasks\": []}' where id = :id", id))
                .rule("project_timelines_baseline_immutable",
                        ProjectsRuleProbes::baseline,
                        (tx, id) -> {
                            Timeline baseline = timelines(tx).get(id);
                            timelines(tx).update(ImmutableTimeline.copyOf(baseline).withEndsAt(baseline.endsAt().plus(1, ChronoUnit.DAYS)));
                        },
                        (tx, id) -> sql(tx, "update atlvs.project_timelines set ends_at = timestamptz '2099-01-01 00:00:00+00' where id = :id", id));
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static ProjectRepository projects(TenantTransaction tx) {
        return tx.repository(ProjectRepository.class);
    }

    private static ProjectMemberRepository team(TenantTransaction tx) {
        return tx.repository(ProjectMemberRepository.class);
    }

    private static MilestoneRepository milestones(TenantTransaction tx) {
        return tx.repository(MilestoneRepository.class);
    }

    private static TaskRepository tasks(TenantTransaction tx) {
        return tx.repository(TaskRepository.class);
    }

    private static DependencyRepository dependencies(TenantTransaction tx) {
        return tx.repository(DependencyRepository.class);
    }

    private static ProjectResourceRepository resources(TenantTransaction tx) {
        return tx.repository(ProjectResourceRepository.class);
    }

    private static TimelineRepository timelines(TenantTransaction tx) {
        return tx.repository(TimelineRepository.class);
    }

    /** The manager of a project's team, in an organization that also has a suspended member. */
    private static UUID managerAndSuspendedMember(FixtureOrganization organization) {
        UUID manager = ProjectFixtures.manager(organization, ProjectFixtures.project(organization)).id();
        UUID user = organization.addMember(MemberRole.CONTRIBUTOR).id();
        organization.asOwner(tx -> new MemberService(tx).suspend(tx.repository(MemberRepository.class).findByUser(user).orElseThrow().id()));
        return manager;
    }

    private static UUID suspendedUser(TenantTransaction tx) {
        return tx.handle().createQuery("""
                select user_id from atlvs.organization_members where organization_id = :organizationId and status = 'suspended' limit 1
                """).mapTo(UUID.class).one();
    }

    /** A sub-task to do under a task to do: the sub-task's id. */
    private static UUID subTask(FixtureOrganization organization) {
        Project project = ProjectFixtures.project(organization);
        Task parent = ProjectFixtures.task(organization, project, "Build the main stage");
        return organization.asOwner(tx -> tasks(tx).insert(ProjectFixtures.taskBuilder(project, "Rig the truss")
                .parentTaskId(parent.id()).build()).id());
    }

    /** {@code task}, done now. */
    private static Task done(Task task, TenantTransaction tx) {
        return ImmutableTask.builder().from(task).status(TaskStatus.DONE).completedAt(tx.now()).build();
    }

    /** A cancelled sub-task of a done task: the sub-task's id. */
    private static UUID cancelledSubTaskOfADoneTask(FixtureOrganization organization) {
        UUID child = subTask(organization);
        return organization.asOwner(tx -> {
            Task cancelled = tasks(tx).update(ImmutableTask.copyOf(tasks(tx).get(child)).withStatus(TaskStatus.CANCELLED));
            Task parent = tasks(tx).get(cancelled.parentTaskId().orElseThrow());
            tasks(tx).update(done(parent, tx));
            return child;
        });
    }

    /** A confirmed full-time booking of one person: its id. */
    private static UUID confirmedPerson(FixtureOrganization organization) {
        Project project = ProjectFixtures.project(organization);
        return organization.asOwner(tx -> resources(tx).insert(ProjectResource.builder().organizationId(tx.organizationId())
                .projectId(project.id()).resourceType(ResourceType.PERSON).resourceId(UUID.randomUUID()).name("Lighting designer")
                .startAt(Instant.parse("2026-09-02T08:00:00Z")).endAt(Instant.parse("2026-09-02T20:00:00Z"))
                .status(ResourceStatus.CONFIRMED).build()).id());
    }

    /** A captured baseline of a project's plan: its id. */
    private static UUID baseline(FixtureOrganization organization) {
        Project project = ProjectFixtures.project(organization);
        return organization.asOwner(tx -> timelines(tx).insert(Timeline.builder().organizationId(tx.organizationId())
                .projectId(project.id()).name("Baseline 1").kind(TimelineKind.BASELINE).snapshot("{\"tasks\": []}")
                .startsAt(Instant.parse("2026-09-01T06:00:00Z")).endsAt(Instant.parse("2026-09-30T22:00:00Z")).build()).id());
    }
}
