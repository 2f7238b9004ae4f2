package dev.atlvs.projects;

import dev.atlvs.core.permission.Permission;
import java.util.List;

/**
 * The permissions of the projects module: every permission its operations require, declared once here.
 * Hosts grant them to custom roles or users by name or by pattern ({@code projects.*}).
 */
public final class ProjectsPermissions {

    /** Reading project budgets and costs. */
    public static final Permission BUDGETS_READ = Permission.of("projects.budgets.read", "Reading project budgets and costs");

    /** Create dependencies. */
    public static final Permission DEPENDENCIES_CREATE = Permission.of("projects.dependencies.create", "Create dependencies");

    /** Delete dependencies. */
    public static final Permission DEPENDENCIES_DELETE = Permission.of("projects.dependencies.delete", "Delete dependencies");

    /** Manage milestones. */
    public static final Permission MILESTONES_MANAGE = Permission.of("projects.milestones.manage", "Manage milestones");

    /** Update milestones. */
    public static final Permission MILESTONES_UPDATE = Permission.of("projects.milestones.update", "Update milestones");

    /** Create projects. */
    public static final Permission PROJECTS_CREATE = Permission.of("projects.projects.create", "Create projects");

    /** Manage projects. */
    public static final Permission PROJECTS_MANAGE = Permission.of("projects.projects.manage", "Manage projects");

    /** Reading projects. */
    public static final Permission PROJECTS_READ = Permission.of("projects.projects.read", "Reading projects");

    /** The permission refreshing progress needs (it writes the project). */
    public static final Permission PROJECTS_UPDATE = Permission.of("projects.projects.update", "The permission refreshing progress needs (it writes the project)");

    /** Create tasks. */
    public static final Permission TASKS_CREATE = Permission.of("projects.tasks.create", "Create tasks");

    /** Manage tasks. */
    public static final Permission TASKS_MANAGE = Permission.of("projects.tasks.manage", "Manage tasks");

    /** Reading tasks and schedules. */
    public static final Permission TASKS_READ = Permission.of("projects.tasks.read", "Reading tasks and schedules");

    /** Update tasks. */
    public static final Permission TASKS_UPDATE = Permission.of("projects.tasks.update", "Update tasks");

    /** Every permission of the module. */
    public static final List<Permission> ALL = List.of(BUDGETS_READ, DEPENDENCIES_CREATE, DEPENDENCIES_DELETE, MILESTONES_MANAGE, MILESTONES_UPDATE, PROJECTS_CREATE, PROJECTS_MANAGE, PROJECTS_READ, PROJECTS_UPDATE, TASKS_CREATE, TASKS_MANAGE, TASKS_READ, TASKS_UPDATE);

    private ProjectsPermissions() {}
}
