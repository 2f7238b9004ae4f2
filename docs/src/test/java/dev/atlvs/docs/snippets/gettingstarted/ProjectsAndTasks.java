package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-projects[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.dependency.DependencyService;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.schedule.DependencyType;
import dev.atlvs.projects.schedule.ProjectScheduler;
import dev.atlvs.projects.schedule.Schedule;
import dev.atlvs.projects.schedule.WorkingCalendar;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

// end::gs-projects[]
/** The getting-started guide's project: three tasks, two dependencies, a schedule. */
public record ProjectsAndTasks(Project project, Task survey, Task stage, Task soundCheck, Schedule schedule) {

    /** Plans the festival build of {@code org} as {@code maya}. */
    public static ProjectsAndTasks plan(Atlvs atlvs, UUID org, UUID maya) {
        // tag::gs-projects[]
        ProjectsAndTasks planned = atlvs.inTenant(org, maya, tx -> {
            Project build = new ProjectService(tx).create(Project.builder().organizationId(org)
                    .code("NLF-2026").name("Northern Lights Festival 2026").type(ProjectType.FESTIVAL)
                    .managerUserId(maya).startDate(LocalDate.of(2026, 6, 29)).endDate(LocalDate.of(2026, 7, 10)).build());

            TaskService tasks = new TaskService(tx);
            Task survey = tasks.create(Task.builder().organizationId(org).projectId(build.id())
                    .title("Site survey").estimatedHours(new BigDecimal("16")).build());      // two working days
            Task stage = tasks.create(Task.builder().organizationId(org).projectId(build.id())
                    .title("Main stage build").estimatedHours(new BigDecimal("40")).build());
            Task soundCheck = tasks.create(Task.builder().organizationId(org).projectId(build.id())
                    .title("Sound check").estimatedHours(new BigDecimal("8")).build());

            DependencyService dependencies = new DependencyService(tx);
            dependencies.link(Dependency.builder().organizationId(org).projectId(build.id())
                    .predecessorId(survey.id()).successorId(stage.id()).type(DependencyType.FS).build());
            dependencies.link(Dependency.builder().organizationId(org).projectId(build.id())
                    .predecessorId(stage.id()).successorId(soundCheck.id()).type(DependencyType.FS).lagDays(1).build());

            // The schedule on a working calendar: Friday 3 July is not worked.
            Schedule schedule = new ProjectScheduler(tx).schedule(build.id(),
                    WorkingCalendar.builder().nonWorkingDay(LocalDate.of(2026, 7, 3)).build());
            tasks.changeStatus(survey.id(), TaskStatus.IN_PROGRESS);                        // the survey starts
            return new ProjectsAndTasks(build, survey, stage, soundCheck, schedule);
        });
        LocalDate finish = planned.schedule().projectFinish();
        // end::gs-projects[]
        return planned;
    }
}
