package dev.atlvs.projects.team;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A seat on a project team: an active member of the organization ({@link #userId()}) or crew without a
 * login ({@link #personId()}, from the people module), exactly one of the two, with a project
 * {@link #role()}, a function ("Production Manager"), an allocation and rates. A person is on a team at
 * most once, and a staffed project always has a manager or owner on it (checked by the database when
 * the transaction commits).
 */
@Value.Immutable
@AtlvsStyle
public interface ProjectMember extends TenantEntity {

    Table<ProjectMember, ImmutableProjectMember.Builder> TABLE = Table
            .tenant("project_members", ProjectMember.class, ImmutableProjectMember::builder, ImmutableProjectMember.Builder::build)
            .column("project_id", ColumnType.UUID_TYPE, ProjectMember::projectId, ImmutableProjectMember.Builder::projectId).fixed()
            .optional("user_id", ColumnType.UUID_TYPE, ProjectMember::userId, ImmutableProjectMember.Builder::userId)
            .optional("person_id", ColumnType.UUID_TYPE, ProjectMember::personId, ImmutableProjectMember.Builder::personId)
            .column("role", ColumnType.enumeration(ProjectRole.class), ProjectMember::role, ImmutableProjectMember.Builder::role).sortable()
            .optional("function", ColumnType.TEXT, ProjectMember::function, ImmutableProjectMember.Builder::function)
            .optional("allocation_pct", ColumnType.numeric(5, 2), ProjectMember::allocationPct, ImmutableProjectMember.Builder::allocationPct)
            .optional("start_date", ColumnType.DATE, ProjectMember::startDate, ImmutableProjectMember.Builder::startDate)
            .optional("end_date", ColumnType.DATE, ProjectMember::endDate, ImmutableProjectMember.Builder::endDate)
            .optional("bill_rate", ColumnType.numeric(19, 4), ProjectMember::billRate, ImmutableProjectMember.Builder::billRate)
            .optional("cost_rate", ColumnType.numeric(19, 4), ProjectMember::costRate, ImmutableProjectMember.Builder::costRate)
            .optional("currency", ColumnType.character(3), ProjectMember::currency, ImmutableProjectMember.Builder::currency)
            .build();

    static ImmutableProjectMember.Builder builder() {
        return ImmutableProjectMember.builder();
    }

    /** The project; a seat never moves to another. */
    UUID projectId();

    /** The organization member on the team (an active one when added). */
    Optional<UUID> userId();

    /** The crew person without a login (people module). */
    Optional<UUID> personId();

    @Value.Default
    default ProjectRole role() {
        return ProjectRole.MEMBER;
    }

    /** What the person does on the project, such as "Production Manager". */
    Optional<@NotBlank @Size(max = 200) String> function();

    /** The share of the person's time the project takes, 0 to 100. */
    Optional<@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> allocationPct();

    Optional<LocalDate> startDate();

    /** Not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    /** What the client is billed per hour. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> billRate();

    /** What the person costs per hour. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> costRate();

    /** The ISO 4217 currency of the rates; required with either. */
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    @Value.Check
    default void check() {
        Violations.of("ProjectMember")
                .require(userId().isPresent() != personId().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_MEMBERS_USER_OR_PERSON_CHECK)
                .ordered(startDate(), endDate(), dev.atlvs.projects.ProjectsRules.PROJECT_MEMBERS_END_DATE_CHECK)
                .require(billRate().isEmpty() && costRate().isEmpty() || currency().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_MEMBERS_RATE_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
