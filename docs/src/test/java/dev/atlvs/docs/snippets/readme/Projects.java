package dev.atlvs.docs.snippets.readme;

// tag::readme-projects[]
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.schedule.ProjectScheduler;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.projects.schedule.WorkingCalendar;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import java.math.BigDecimal;
import java.time.LocalDate;

// end::readme-projects[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.user.User;
import java.util.UUID;

/** The README's project: two tasks, a dependency with a lag, the schedule. */
public final class Projects {
    private Projects() {
    }

    /** Plans the build as {@code maya} and returns its schedule. */
    public static Schedule plan(Atlvs atlvs, UUID org, User maya) {
        // tag::readme-projects[]
        Schedule plan = atlvs.inTenant(org, maya.id(), tx -> {
            Project build = new ProjectService(tx).create(Project.builder().organizationId(org).code("NLF-2026")
                    .name("Northern Lights build").startDate(LocalDate.of(2026, 6, 29)).build());
            TaskService tasks = new TaskService(tx);
            Task stage = tasks.create(Task.builder().organizationId(org).projectId(build.id())
                    .title("Main stage build").estimatedHours(new BigDecimal("32")).build());   // 4 working days
            Task rigging = tasks.create(Task.builder().organizationId(org).projectId(build.id())
                    .title("Rigging").estimatedHours(new BigDecimal("16")).build());
            new DependencyService(tx).link(Dependency.builder().organizationId(org).projectId(build.id())
                    .predecessorId(stage.id()).successorId(rigging.id()).type(DependencyType.SS).lagDays(2).build());
            return new ProjectScheduler(tx)
                    .schedule(build.id(), WorkingCalendar.builder().nonWorkingDay(LocalDate.of(2026, 7, 3)).build());
        });
        plan.criticalPath();      // the tasks with no float
        plan.projectFinish();
        // end::readme-projects[]
        return plan;
    }
}
