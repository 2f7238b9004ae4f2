package dev.atlvs.projects.project;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A production engagement (a festival build, a brand tour, a corporate show) that groups the work, money,
 * people and dates. Its {@link #code()} is the short job number used on purchase orders and invoices,
 * unique among the organization's live projects ignoring case. Its status follows {@link ProjectStatus};
 * change it through {@link ProjectService}, which checks the lifecycle. {@link #budgetAmount()} and
 * {@link #progressPct()} are derived (from budget lines and the progress rollup), not edited by hand.
 * Users delete and restore projects (soft delete); deleting one for good removes its team, tasks,
 * milestones, dependencies, resources, timelines and budget lines, and its comments, attachments and tags.
 */
@Value.Immutable
@AtlvsStyle
public interface Project extends TenantEntity, SoftDeletable {

    Table<Project, ImmutableProject.Builder> TABLE = Table
            .tenant("projects", Project.class, ImmutableProject::builder, ImmutableProject.Builder::build)
            .column("code", ColumnType.TEXT, Project::code, ImmutableProject.Builder::code).sortable()
            .column("name", ColumnType.TEXT, Project::name, ImmutableProject.Builder::name).sortable()
            .optional("description", ColumnType.TEXT, Project::description, ImmutableProject.Builder::description)
            .column("type", ColumnType.enumeration(ProjectType.class), Project::type, ImmutableProject.Builder::type).sortable()
            .column("status", ColumnType.enumeration(ProjectStatus.class), Project::status, ImmutableProject.Builder::status).sortable()
            .column("priority", ColumnType.enumeration(Priority.class), Project::priority, ImmutableProject.Builder::priority).sortable()
            .optional("manager_user_id", ColumnType.UUID_TYPE, Project::managerUserId, ImmutableProject.Builder::managerUserId)
            .optional("location_id", ColumnType.UUID_TYPE, Project::locationId, ImmutableProject.Builder::locationId)
            .optional("client_company_id", ColumnType.UUID_TYPE, Project::clientCompanyId, ImmutableProject.Builder::clientCompanyId)
            .optional("start_date", ColumnType.DATE, Project::startDate, ImmutableProject.Builder::startDate)
            .optional("end_date", ColumnType.DATE, Project::endDate, ImmutableProject.Builder::endDate)
            .optional("actual_start_date", ColumnType.DATE, Project::actualStartDate, ImmutableProject.Builder::actualStartDate)
            .optional("actual_end_date", ColumnType.DATE, Project::actualEndDate, ImmutableProject.Builder::actualEndDate)
            .optional("currency", ColumnType.character(3), Project::currency, ImmutableProject.Builder::currency)
            .optional("budget_amount", ColumnType.numeric(19, 4), Project::budgetAmount, ImmutableProject.Builder::budgetAmount)
            .column("progress_pct", ColumnType.numeric(5, 2), Project::progressPct, ImmutableProject.Builder::progressPct).sortable()
            .column("visibility", ColumnType.enumeration(Visibility.class), Project::visibility, ImmutableProject.Builder::visibility)
            .column("metadata", ColumnType.JSONB, Project::metadata, ImmutableProject.Builder::metadata)
            .softDelete()
            .build();

    static ImmutableProject.Builder builder() {
        return ImmutableProject.builder();
    }

    /** The job number, such as {@code FEST-2026}: 1 to 32 letters, digits, {@code . _ / -}. */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,31}",
            message = "must be 1 to 32 letters, digits or . _ / - starting with a letter or digit, such as FEST-2026")
    String code();

    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 10_000) String> description();

    @Value.Default
    default ProjectType type() {
        return ProjectType.CLIENT;
    }

    @Value.Default
    default ProjectStatus status() {
        return ProjectStatus.PLANNING;
    }

    @Value.Default
    default Priority priority() {
        return Priority.MEDIUM;
    }

    /** The member who manages the project. */
    Optional<UUID> managerUserId();

    /** The venue or site, a {@link dev.atlvs.core.location.Location}. */
    Optional<UUID> locationId();

    /** The client company (of the companies module, once it exists; not checked until then). */
    Optional<UUID> clientCompanyId();

    /** The planned first day. */
    Optional<LocalDate> startDate();

    /** The planned last day, not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    Optional<LocalDate> actualStartDate();

    /** Not before {@link #actualStartDate()}. */
    Optional<LocalDate> actualEndDate();

    /** The ISO 4217 currency of the project's money; required with {@link #budgetAmount()}. */
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Derived: the planned budget. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> budgetAmount();

    /** Derived: progress in percent, 0 to 100. */
    @Value.Default
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal progressPct() {
        return new BigDecimal("0.00");
    }

    @Value.Default
    default Visibility visibility() {
        return Visibility.TEAM;
    }

    /**
     * Free-form attributes of the host, as a JSON object. Stored as {@code jsonb}, so it is read back normalized:
     * keys in the database's order, canonical spacing.
     */
    @Value.Default
    @Size(max = 100_000)
    @Pattern(regexp = "(?s)\\s*\\{.*\\}\\s*", message = "must be a JSON object")
    default String metadata() {
        return "{}";
    }

    @Value.Check
    default void check() {
        Violations.of("Project")
                .ordered(startDate(), endDate(), dev.atlvs.projects.ProjectsRules.PROJECTS_END_DATE_CHECK)
                .ordered(actualStartDate(), actualEndDate(), dev.atlvs.projects.ProjectsRules.PROJECTS_ACTUAL_END_DATE_CHECK)
                .require(budgetAmount().isEmpty() || currency().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECTS_BUDGET_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
