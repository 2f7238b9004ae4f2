package dev.atlvs.projects;

import static dev.atlvs.projects.project.ProjectStatus.ACTIVE;
import static dev.atlvs.projects.project.ProjectStatus.ARCHIVED;
import static dev.atlvs.projects.project.ProjectStatus.COMPLETED;
import static dev.atlvs.projects.project.ProjectStatus.ON_HOLD;
import static dev.atlvs.projects.project.ProjectStatus.PLANNING;
import static dev.atlvs.projects.task.TaskStatus.BLOCKED;
import static dev.atlvs.projects.task.TaskStatus.DONE;
import static dev.atlvs.projects.task.TaskStatus.IN_PROGRESS;
import static dev.atlvs.projects.task.TaskStatus.REVIEW;
import static dev.atlvs.projects.task.TaskStatus.TODO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.task.TaskStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycles of the status enums carry exactly the transition tables of the domain catalog: L-PLAN for projects and
 * L-WORK for tasks. Every pair of states is checked, so an extra transition fails as surely as a missing one.
 */
class LifecycleTableTest {

    @Test
    void projectsFollowTheLPlanTransitionTableExactly() {
        Map<ProjectStatus, Set<ProjectStatus>> catalog = new EnumMap<>(ProjectStatus.class);
        catalog.put(PLANNING, EnumSet.of(ACTIVE, ProjectStatus.CANCELLED));
        catalog.put(ACTIVE, EnumSet.of(ON_HOLD, COMPLETED, ProjectStatus.CANCELLED));
        catalog.put(ON_HOLD, EnumSet.of(ACTIVE, ProjectStatus.CANCELLED));
        catalog.put(COMPLETED, EnumSet.of(ARCHIVED, ACTIVE));
        catalog.put(ProjectStatus.CANCELLED, EnumSet.of(ARCHIVED));
        catalog.put(ARCHIVED, EnumSet.noneOf(ProjectStatus.class));

        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : ProjectStatus.values()) {
                assertThat(ProjectStatus.LIFECYCLE.allows(from, to)).as("%s -> %s", from, to).isEqualTo(catalog.get(from).contains(to));
            }
            assertThat(ProjectStatus.LIFECYCLE.targets(from)).as("targets of %s", from).isEqualTo(catalog.get(from));
        }
    }

    @Test
    void onlyAnArchivedProjectIsTerminal() {
        assertThat(ProjectStatus.LIFECYCLE.terminal()).containsExactly(ARCHIVED);
    }

    @Test
    void aProjectStartsInPlanningAndATaskAsTodo() {
        assertThat(ProjectStatus.LIFECYCLE.initial()).containsExactly(PLANNING);
        assertThat(TaskStatus.LIFECYCLE.initial()).containsExactly(TODO);
    }

    @Test
    void tasksFollowTheLWorkTransitionTableExactly() {
        Map<TaskStatus, Set<TaskStatus>> catalog = new EnumMap<>(TaskStatus.class);
        catalog.put(TODO, EnumSet.of(IN_PROGRESS, BLOCKED, TaskStatus.CANCELLED));
        catalog.put(IN_PROGRESS, EnumSet.of(REVIEW, BLOCKED, DONE, TaskStatus.CANCELLED));
        catalog.put(REVIEW, EnumSet.of(IN_PROGRESS, DONE));
        catalog.put(BLOCKED, EnumSet.of(TODO, IN_PROGRESS, TaskStatus.CANCELLED));
        catalog.put(DONE, EnumSet.of(IN_PROGRESS));
        catalog.put(TaskStatus.CANCELLED, EnumSet.noneOf(TaskStatus.class));

        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                assertThat(TaskStatus.LIFECYCLE.allows(from, to)).as("%s -> %s", from, to).isEqualTo(catalog.get(from).contains(to));
            }
            assertThat(TaskStatus.LIFECYCLE.targets(from)).as("targets of %s", from).isEqualTo(catalog.get(from));
        }
    }

    @Test
    void onlyDoneAndCancelledTasksAreClosed() {
        assertThat(EnumSet.allOf(TaskStatus.class)).filteredOn(s -> !s.isOpen()).containsExactlyInAnyOrder(DONE, TaskStatus.CANCELLED);
    }
}
