package dev.atlvs.projects.team;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("project_members")
public interface ProjectMember extends TenantEntity {

    Table<ProjectMember, ImmutableProjectMember.Builder> TABLE = ProjectMemberTable.TABLE;

    static ImmutableProjectMember.Builder builder() {
        return ImmutableProjectMember.builder();
    }

    /** The project; a seat never moves to another. */
    @Db.Fixed
    UUID projectId();

    /** The organization member on the team (an active one when added). */
    Optional<UUID> userId();

    /** The crew person without a login (people module). */
    Optional<UUID> personId();

    @Db.Sortable
    @Value.Default
    default ProjectRole role() {
        return ProjectRole.MEMBER;
    }

    /** What the person does on the project, such as "Production Manager". */
    Optional<@NotBlank @Size(max = 200) String> function();

    /** The share of the person's time the project takes, 0 to 100. */
    @Db.Numeric(precision = 5, scale = 2)
    Optional<@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> allocationPct();

    Optional<LocalDate> startDate();

    /** Not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    /** What the client is billed per hour. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> billRate();

    /** What the person costs per hour. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> costRate();

    /** The ISO 4217 currency of the rates; required with either. */
    @Db.Char(3)
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
