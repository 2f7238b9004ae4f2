package dev.atlvs.projects.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.entity.EntityTypeCatalog;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import java.util.List;

/** The entity types of the projects module: what comments, attachments, tags and notifications may point at. */
public final class ProjectsEntityTypes implements EntityTypeCatalog {
    @Override
    public List<EntityType> entityTypes() {
        return List.of(new EntityType("project", Project.TABLE), new EntityType("task", Task.TABLE),
                new EntityType("milestone", Milestone.TABLE));
    }
}
