package dev.atlvs.examples.httphost;

import static dev.atlvs.examples.httphost.ApiKeyAuthentication.principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.repository.Filter;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.projects.ProjectsPermissions;
import dev.atlvs.projects.project.ImmutableProject;
import dev.atlvs.projects.project.Priority;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.project.ProjectType;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code /projects}: create, read, and list with keyset paging. */
final class ProjectApi {
    /** The largest page a client may ask for. */
    static final int MAX_PAGE = 100;

    private final Atlvs atlvs;
    private final ObjectMapper mapper;

    ProjectApi(Atlvs atlvs, ObjectMapper mapper) {
        this.atlvs = atlvs;
        this.mapper = mapper;
    }

    /** The body of {@code POST /projects}; {@code code} and {@code name} are required. */
    record CreateProject(String code, String name, String description, String type, String priority, UUID managerUserId,
            LocalDate startDate, LocalDate endDate, String currency) {}

    /** A project as the API shows it. */
    record ProjectView(UUID id, String code, String name, Optional<String> description, ProjectType type, ProjectStatus status,
            Priority priority, Optional<UUID> managerUserId, Optional<LocalDate> startDate, Optional<LocalDate> endDate,
            Optional<String> currency, BigDecimal progressPct, long version, Optional<Instant> createdAt, Optional<Instant> updatedAt) {
        static ProjectView of(Project project) {
            return new ProjectView(project.id(), project.code(), project.name(), project.description(), project.type(), project.status(),
                    project.priority(), project.managerUserId(), project.startDate(), project.endDate(), project.currency(),
                    project.progressPct(), project.version(), project.createdAt(), project.updatedAt());
        }
    }

    /** One page of a list and the cursor of the next, if there is one. */
    record PageView<T>(List<T> items, Optional<String> nextCursor) {}

    void create(Context ctx) {
        CreateProject body = JsonBodies.read(mapper, ctx, CreateProject.class, "Project");
        Input input = new Input("Project");
        input.required("code", body.code());
        input.required("name", body.name());
        ProjectType type = input.oneOf("type", body.type(), ProjectType.class);
        Priority priority = input.oneOf("priority", body.priority(), Priority.class);
        input.throwIfAny();
        Project created = atlvs.inTenant(principal(ctx), tx -> {
            ImmutableProject.Builder project = Project.builder().organizationId(tx.organizationId()).code(body.code()).name(body.name())
                    .description(Optional.ofNullable(body.description())).managerUserId(Optional.ofNullable(body.managerUserId()))
                    .startDate(Optional.ofNullable(body.startDate())).endDate(Optional.ofNullable(body.endDate()))
                    .currency(Optional.ofNullable(body.currency()));
            if (type != null) {
                project.type(type);
            }
            if (priority != null) {
                project.priority(priority);
            }
            return new ProjectService(tx).create(project.build());
        });
        ctx.status(201).header("Location", "/projects/" + created.id()).json(ProjectView.of(created));
    }

    void get(Context ctx) {
        UUID id = PathIds.of(ctx, "projectId");
        Project project = atlvs.inTenant(principal(ctx), tx -> {
            tx.require(ProjectsPermissions.PROJECTS_READ);
            return new ProjectService(tx).get(id);
        });
        ctx.json(ProjectView.of(project));
    }

    /** {@code GET /projects?limit=20&sort=-name&status=active&cursor=...}. */
    void list(Context ctx) {
        Input input = new Input("ProjectPage");
        int limit = input.range("limit", ctx.queryParam("limit"), 1, MAX_PAGE, 20);
        ProjectStatus status = input.oneOf("status", ctx.queryParam("status"), ProjectStatus.class);
        input.throwIfAny();
        String sort = Optional.ofNullable(ctx.queryParam("sort")).filter(s -> !s.isBlank()).orElse("name");
        String cursor = ctx.queryParam("cursor");
        Page<Project> page = atlvs.inTenant(principal(ctx), tx -> {
            tx.require(ProjectsPermissions.PROJECTS_READ);
            PageRequest request = sort.startsWith("-")
                    ? PageRequest.sortedBy(sort.substring(1)).descending().limit(limit)
                    : PageRequest.sortedBy(sort).limit(limit);
            if (status != null) {
                request = request.filter(Filter.equal("status", status));
            }
            if (cursor != null && !cursor.isBlank()) {
                request = request.after(cursor);
            }
            return tx.repository(ProjectRepository.class).page(request);
        });
        ctx.json(new PageView<>(page.items().stream().map(ProjectView::of).toList(), page.nextCursor()));
    }
}
