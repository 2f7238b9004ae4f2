package dev.atlvs.projects.internal;

import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TableCatalog;
import dev.atlvs.projects.budget.ProjectBudget;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.timeline.Timeline;
import java.util.List;

/** The tables of the projects module. */
public final class ProjectsTables implements TableCatalog {
    @Override
    public List<Table<?, ?>> tables() {
        return List.of(Project.TABLE, ProjectMember.TABLE, Milestone.TABLE, Task.TABLE, Dependency.TABLE, ProjectResource.TABLE,
                Timeline.TABLE, ProjectBudget.TABLE);
    }
}
