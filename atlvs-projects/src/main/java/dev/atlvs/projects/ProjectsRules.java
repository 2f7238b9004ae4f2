package dev.atlvs.projects;

import static dev.atlvs.core.error.CoreErrorCode.OVERLAP;
import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;
import static dev.atlvs.projects.ProjectsErrorCode.DEPENDENCY_CYCLE;
import static dev.atlvs.projects.ProjectsErrorCode.DEPENDENCY_INVALID;

import dev.atlvs.core.error.Rule;
import java.util.List;

/**
 * The named rules of the projects tables, declared once here: each is held by the database (a trigger or a CHECK
 * over several columns) and reported with the same code, field and name whether the database or a Java check
 * catches it (see {@link Rule}). The single-column CHECK constraints are not listed: validation reports them
 * under their own names through the annotations that mirror them.
 */
public final class ProjectsRules {

    // --- projects ---

    /** A project ends on or after its start. */
    public static final Rule PROJECTS_END_DATE_CHECK = Rule.of("projects_end_date_check", VALIDATION_FAILED,
            "projects", "endDate", "must not be before the start date");

    /** A project actually ends on or after it actually started. */
    public static final Rule PROJECTS_ACTUAL_END_DATE_CHECK = Rule.of("projects_actual_end_date_check", VALIDATION_FAILED,
            "projects", "actualEndDate", "must not be before the actual start date");

    /** A budget amount has a currency. */
    public static final Rule PROJECTS_BUDGET_CURRENCY_CHECK = Rule.of("projects_budget_currency_check", VALIDATION_FAILED,
            "projects", "currency", "is required with a budget amount");

    // --- team ---

    /** A team member is a user or a person, exactly one of them. */
    public static final Rule PROJECT_MEMBERS_USER_OR_PERSON_CHECK = Rule.of("project_members_user_or_person_check", VALIDATION_FAILED,
            "project_members", "userId", "exactly one of userId and personId is given");

    /** A team assignment ends on or after its start. */
    public static final Rule PROJECT_MEMBERS_END_DATE_CHECK = Rule.of("project_members_end_date_check", VALIDATION_FAILED,
            "project_members", "endDate", "must not be before the start date");

    /** A bill or cost rate has a currency. */
    public static final Rule PROJECT_MEMBERS_RATE_CURRENCY_CHECK = Rule.of("project_members_rate_currency_check", VALIDATION_FAILED,
            "project_members", "currency", "is required with a rate");

    /** Only an active member of the organization joins a project team. */
    public static final Rule PROJECT_MEMBERS_USER_ACTIVE = Rule.of("project_members_user_active", VALIDATION_FAILED,
            "project_members", "userId", "only an active member of the organization joins a project team");

    /** A project team has at least one owner or manager (checked at commit). */
    public static final Rule PROJECT_MEMBERS_MANAGER = Rule.of("project_members_manager", RULE_VIOLATED,
            "project_members", "role", "a project team has at least one manager");

    // --- milestones ---

    /** Only a payment milestone has an amount. */
    public static final Rule PROJECT_MILESTONES_PAYMENT_AMOUNT_CHECK = Rule.of("project_milestones_payment_amount_check", VALIDATION_FAILED,
            "project_milestones", "amount", "only a payment milestone has an amount");

    /** A milestone's amount and currency are given together. */
    public static final Rule PROJECT_MILESTONES_AMOUNT_CURRENCY_CHECK = Rule.of("project_milestones_amount_currency_check", VALIDATION_FAILED,
            "project_milestones", "currency", "is given exactly with an amount");

    // --- tasks ---

    /** A task is due on or after its start. */
    public static final Rule PROJECT_TASKS_DUE_DATE_CHECK = Rule.of("project_tasks_due_date_check", VALIDATION_FAILED,
            "project_tasks", "dueDate", "must not be before the start date");

    /** A done task, and only one, has the time it was completed. */
    public static final Rule PROJECT_TASKS_COMPLETED_AT_CHECK = Rule.of("project_tasks_completed_at_check", VALIDATION_FAILED,
            "project_tasks", "completedAt", "is set exactly when the task is done");

    /** A task is not its own sub-task. */
    public static final Rule PROJECT_TASKS_PARENT_TASK_ID_CHECK = Rule.of("project_tasks_parent_task_id_check", VALIDATION_FAILED,
            "project_tasks", "parentTaskId", "a task cannot be its own sub-task");

    /** The sub-task hierarchy never loops. */
    public static final Rule PROJECT_TASKS_PARENT_CYCLE = Rule.of("project_tasks_parent_cycle", VALIDATION_FAILED,
            "project_tasks", "parentTaskId", "the sub-task hierarchy would loop")
            .raisedAs("the change would make a loop in project_tasks");

    /** A task is done only once its sub-tasks are done or cancelled. */
    public static final Rule PROJECT_TASKS_CHILDREN_OPEN = Rule.of("project_tasks_children_open", VALIDATION_FAILED,
            "project_tasks", "status", "a task is done only once its sub-tasks are done or cancelled");

    /** No open sub-task is under a done task. */
    public static final Rule PROJECT_TASKS_PARENT_DONE = Rule.of("project_tasks_parent_done", VALIDATION_FAILED,
            "project_tasks", "parentTaskId", "an open sub-task cannot be under a done task");

    // --- dependencies ---

    /** A task does not depend on itself. */
    public static final Rule PROJECT_DEPENDENCIES_SELF = Rule.of("project_dependencies_self", DEPENDENCY_INVALID,
            "project_dependencies", "successorId", "a task cannot depend on itself");

    /** The dependencies of a project never form a cycle. */
    public static final Rule PROJECT_DEPENDENCIES_CYCLE = Rule.of("project_dependencies_cycle", DEPENDENCY_CYCLE,
            "project_dependencies", "successorId", "the dependency would close a cycle");

    // --- resources ---

    /** A booking ends after it starts. */
    public static final Rule PROJECT_RESOURCES_END_AT_CHECK = Rule.of("project_resources_end_at_check", VALIDATION_FAILED,
            "project_resources", "endAt", "must be after the start");

    /** A planned cost has a currency. */
    public static final Rule PROJECT_RESOURCES_COST_CURRENCY_CHECK = Rule.of("project_resources_cost_currency_check", VALIDATION_FAILED,
            "project_resources", "currency", "is required with a planned cost");

    /** A person or asset is never booked beyond its capacity by confirmed bookings. */
    public static final Rule PROJECT_RESOURCES_CAPACITY = Rule.of("project_resources_capacity", OVERLAP,
            "project_resources", "allocationPct", "the resource would be booked beyond its capacity");

    // --- timelines ---

    /** A timeline ends after it starts. */
    public static final Rule PROJECT_TIMELINES_ENDS_AT_CHECK = Rule.of("project_timelines_ends_at_check", VALIDATION_FAILED,
            "project_timelines", "endsAt", "must be after the start");

    /** Only a baseline names the timeline it was captured from, never itself. */
    public static final Rule PROJECT_TIMELINES_BASELINE_OF_CHECK = Rule.of("project_timelines_baseline_of_check", VALIDATION_FAILED,
            "project_timelines", "baselineOf", "only a baseline names the timeline it was captured from, never itself");

    /** A baseline, and only a baseline, has a snapshot. */
    public static final Rule PROJECT_TIMELINES_BASELINE_SNAPSHOT_CHECK = Rule.of("project_timelines_baseline_snapshot_check", VALIDATION_FAILED,
            "project_timelines", "snapshot", "a baseline, and only a baseline, has a snapshot");

    /** A captured baseline keeps its kind, snapshot and dates. */
    public static final Rule PROJECT_TIMELINES_BASELINE_IMMUTABLE = Rule.of("project_timelines_baseline_immutable", RULE_VIOLATED,
            "project_timelines", "snapshot", "a captured baseline does not change; capture a new one");

    /** Every rule of the projects tables. */
    public static final List<Rule> ALL = List.of(
            PROJECTS_END_DATE_CHECK, PROJECTS_ACTUAL_END_DATE_CHECK, PROJECTS_BUDGET_CURRENCY_CHECK,
            PROJECT_MEMBERS_USER_OR_PERSON_CHECK, PROJECT_MEMBERS_END_DATE_CHECK, PROJECT_MEMBERS_RATE_CURRENCY_CHECK,
            PROJECT_MEMBERS_USER_ACTIVE, PROJECT_MEMBERS_MANAGER, PROJECT_MILESTONES_PAYMENT_AMOUNT_CHECK,
            PROJECT_MILESTONES_AMOUNT_CURRENCY_CHECK, PROJECT_TASKS_DUE_DATE_CHECK, PROJECT_TASKS_COMPLETED_AT_CHECK,
            PROJECT_TASKS_PARENT_TASK_ID_CHECK, PROJECT_TASKS_PARENT_CYCLE, PROJECT_TASKS_CHILDREN_OPEN,
            PROJECT_TASKS_PARENT_DONE, PROJECT_DEPENDENCIES_SELF, PROJECT_DEPENDENCIES_CYCLE,
            PROJECT_RESOURCES_END_AT_CHECK, PROJECT_RESOURCES_COST_CURRENCY_CHECK, PROJECT_RESOURCES_CAPACITY,
            PROJECT_TIMELINES_ENDS_AT_CHECK, PROJECT_TIMELINES_BASELINE_OF_CHECK,
            PROJECT_TIMELINES_BASELINE_SNAPSHOT_CHECK, PROJECT_TIMELINES_BASELINE_IMMUTABLE);

    private ProjectsRules() {}
}
