package dev.atlvs.projects.project;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
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
@Db.Table("projects")
public interface Project extends TenantEntity, SoftDeletable {

    Table<Project, ImmutableProject.Builder> TABLE = ProjectTable.TABLE;

    static ImmutableProject.Builder builder() {
        return ImmutableProject.builder();
    }

    /** The job number, such as {@code FEST-2026}: 1 to 32 letters, digits, {@code . _ / -}. */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,31}",
            message = "must be 1 to 32 letters, digits or . _ / - starting with a letter or digit, such as FEST-2026")
    @Db.Sortable
    String code();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 10_000) String> description();

    @Db.Sortable
    @Value.Default
    default ProjectType type() {
        return ProjectType.CLIENT;
    }

    @Db.Sortable
    @Value.Default
    default ProjectStatus status() {
        return ProjectStatus.PLANNING;
    }

    @Db.Sortable
    @Value.Default
    default Priority priority() {
        return Priority.MEDIUM;
    }

    /** The member who manages the project. */
    Optional<UUID> managerUserId();

    /** The venue or site, a {@link dev.atlvs.core.location.Location}. */
    Optional<UUID> locationId();

    /**
     * The client company, one of the organization's companies where the people module is installed (its migration adds
     * the foreign key; a company that is a project's client is then not deleted).
     */
    Optional<UUID> clientCompanyId();

    /** The planned first day. */
    Optional<LocalDate> startDate();

    /** The planned last day, not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    Optional<LocalDate> actualStartDate();

    /** Not before {@link #actualStartDate()}. */
    Optional<LocalDate> actualEndDate();

    /** The ISO 4217 currency of the project's money; required with {@link #budgetAmount()}. */
    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** Derived: the planned budget. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> budgetAmount();

    /** Derived: progress in percent, 0 to 100. */
    @Db.Sortable
    @Db.Numeric(precision = 5, scale = 2)
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
    @Db.Jsonb
    @Value.Default
    @Size(max = 100_000)
    @JsonObject
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
