package dev.atlvs.projects.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import dev.atlvs.projects.ProjectsErrorCode;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.budget.ProjectBudgetRepository;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyRepository;
import dev.atlvs.projects.document.ProjectDocumentRepository;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneRepository;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.tag.ProjectTagRepository;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.testing.ProjectsGuardrails;
import dev.atlvs.projects.timeline.Timeline;
import dev.atlvs.projects.timeline.TimelineRepository;
import java.util.List;

/** The projects module: projects, team, tasks, milestones, dependencies, resources, phases and budgets. */
public final class ProjectsModule implements AtlvsModule {

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Project.TABLE, ProjectMember.TABLE, Milestone.TABLE, Task.TABLE, Dependency.TABLE, ProjectResource.TABLE,
                Timeline.TABLE, ProjectBudget.TABLE);
    }

    @Override
    public List<Class<?>> repositories() {
        return List.of(ProjectRepository.class, ProjectMemberRepository.class, MilestoneRepository.class, TaskRepository.class,
                DependencyRepository.class, ProjectResourceRepository.class, TimelineRepository.class, ProjectBudgetRepository.class,
                ProjectDocumentRepository.class, ProjectTagRepository.class);
    }

    @Override
    public List<EntityType> entityTypes() {
        return List.of(new EntityType("project", Project.TABLE), new EntityType("task", Task.TABLE),
                new EntityType("milestone", Milestone.TABLE));
    }

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                new EventType(ProjectsEventTypes.PROJECT_CREATED, "project", "a project was created"),
                new EventType(ProjectsEventTypes.PROJECT_STATUS_CHANGED, "project", "a project moved to another status"),
                new EventType(ProjectsEventTypes.TASK_CREATED, "task", "a task was created"),
                new EventType(ProjectsEventTypes.TASK_STATUS_CHANGED, "task", "a task moved to another status"));
    }

    @Override
    public List<Permission> permissions() {
        return ProjectsPermissions.ALL;
    }

    @Override
    public java.util.Map<String, Permission> readPermissions() {
        return java.util.Map.of(
                Project.TABLE.name(), ProjectsPermissions.PROJECTS_READ,
                ProjectMember.TABLE.name(), ProjectsPermissions.PROJECTS_READ,
                Milestone.TABLE.name(), ProjectsPermissions.PROJECTS_READ,
                ProjectResource.TABLE.name(), ProjectsPermissions.PROJECTS_READ,
                Task.TABLE.name(), ProjectsPermissions.TASKS_READ,
                Dependency.TABLE.name(), ProjectsPermissions.TASKS_READ,
                Timeline.TABLE.name(), ProjectsPermissions.TASKS_READ,
                ProjectBudget.TABLE.name(), ProjectsPermissions.BUDGETS_READ);
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(2000, 2999, ProjectsErrorCode.class);
    }

    @Override
    public List<dev.atlvs.core.error.Rule> rules() {
        return dev.atlvs.projects.ProjectsRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return ProjectsGuardrails.guardrails();
    }
}
