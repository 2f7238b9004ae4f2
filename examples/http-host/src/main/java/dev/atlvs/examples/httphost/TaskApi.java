package dev.atlvs.examples.httphost;

import static dev.atlvs.examples.httphost.ApiKeyAuthentication.principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.task.ImmutableTask;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskService;
import dev.atlvs.projects.task.TaskStatus;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code /projects/{projectId}/tasks} (create, list) and {@code /tasks/{taskId}} (read, change the status). */
final class TaskApi {
    private final Atlvs atlvs;
    private final ObjectMapper mapper;

    TaskApi(Atlvs atlvs, ObjectMapper mapper) {
        this.atlvs = atlvs;
        this.mapper = mapper;
    }

    /** The body of {@code POST /projects/{projectId}/tasks}; {@code title} is required. */
    record CreateTask(String title, String description, String priority, UUID assigneeUserId, BigDecimal estimatedHours,
            LocalDate startDate, LocalDate dueDate, UUID parentTaskId) {}

    /**
     * The body of {@code PATCH /tasks/{taskId}}: the new {@code status}, and optionally the {@code version} the client
     * read, refused as stale (409) when the task changed since.
     */
    record UpdateTask(String status, Long version) {}

    /** A task as the API shows it. */
    record TaskView(UUID id, UUID projectId, Optional<UUID> parentTaskId, String title, Optional<String> description, TaskStatus status,
            Priority priority, Optional<UUID> assigneeUserId, Optional<BigDecimal> estimatedHours, Optional<LocalDate> startDate,
            Optional<LocalDate> dueDate, Optional<Instant> completedAt, int position, long version, Optional<Instant> createdAt,
            Optional<Instant> updatedAt) {
        static TaskView of(Task task) {
            return new TaskView(task.id(), task.projectId(), task.parentTaskId(), task.title(), task.description(), task.status(),
                    task.priority(), task.assigneeUserId(), task.estimatedHours(), task.startDate(), task.dueDate(), task.completedAt(),
                    task.position(), task.version(), task.createdAt(), task.updatedAt());
        }
    }

    void create(Context ctx) {
        UUID projectId = PathIds.of(ctx, "projectId");
        CreateTask body = JsonBodies.read(mapper, ctx, CreateTask.class, "Task");
        Input input = new Input("Task");
        input.required("title", body.title());
        Priority priority = input.oneOf("priority", body.priority(), Priority.class);
        input.throwIfAny();
        Task created = atlvs.inTenant(principal(ctx), tx -> {
            new ProjectService(tx).get(projectId);
            ImmutableTask.Builder task = Task.builder().organizationId(tx.organizationId()).projectId(projectId).title(body.title())
                    .description(Optional.ofNullable(body.description())).assigneeUserId(Optional.ofNullable(body.assigneeUserId()))
                    .estimatedHours(Optional.ofNullable(body.estimatedHours())).startDate(Optional.ofNullable(body.startDate()))
                    .dueDate(Optional.ofNullable(body.dueDate())).parentTaskId(Optional.ofNullable(body.parentTaskId()));
            if (priority != null) {
                task.priority(priority);
            }
            return new TaskService(tx).create(task.build());
        });
        ctx.status(201).header("Location", "/tasks/" + created.id()).json(TaskView.of(created));
    }

    /** {@code GET /projects/{projectId}/tasks?status=todo}: the project's tasks in board order. */
    void list(Context ctx) {
        UUID projectId = PathIds.of(ctx, "projectId");
        Input input = new Input("TaskList");
        TaskStatus status = input.oneOf("status", ctx.queryParam("status"), TaskStatus.class);
        input.throwIfAny();
        List<Task> tasks = atlvs.inTenant(principal(ctx), tx -> {
            tx.require(ProjectsPermissions.TASKS_READ);
            new ProjectService(tx).get(projectId);
            TaskRepository repository = tx.repository(TaskRepository.class);
            return status == null ? repository.ofProject(projectId) : repository.ofProject(projectId, status);
        });
        ctx.json(new ProjectApi.PageView<>(tasks.stream().map(TaskView::of).toList(), Optional.empty()));
    }

    void get(Context ctx) {
        UUID id = PathIds.of(ctx, "taskId");
        Task task = atlvs.inTenant(principal(ctx), tx -> {
            tx.require(ProjectsPermissions.TASKS_READ);
            return tx.repository(TaskRepository.class).get(id);
        });
        ctx.json(TaskView.of(task));
    }

    void update(Context ctx) {
        UUID id = PathIds.of(ctx, "taskId");
        UpdateTask body = JsonBodies.read(mapper, ctx, UpdateTask.class, "Task");
        Input input = new Input("Task");
        TaskStatus status = input.oneOf("status", input.required("status", body.status()), TaskStatus.class);
        input.throwIfAny();
        Task moved = atlvs.inTenant(principal(ctx), tx -> {
            if (body.version() != null) {
                Task current = tx.repository(TaskRepository.class).get(id);
                if (current.version() != body.version()) {
                    throw new StaleVersionException("Task", id, body.version());
                }
            }
            return new TaskService(tx).changeStatus(id, status);
        });
        ctx.json(TaskView.of(moved));
    }
}
