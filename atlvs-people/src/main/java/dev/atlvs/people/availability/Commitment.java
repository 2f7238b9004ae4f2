package dev.atlvs.people.availability;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A span of a person's time one record of some module holds: a project booking, leave, and whatever later modules
 * commit (call times, performances, travel). {@link #source()} names the table of that record and {@link #sourceId()}
 * the record; the database writes commitments from their sources (see {@link AvailabilityService} for the extension
 * point). Confirmed commitments of one person never exceed 100% at any moment: the write that would double-book is
 * refused with {@link dev.atlvs.people.PeopleErrorCode#PERSON_DOUBLE_BOOKED}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("person_commitments")
public interface Commitment extends TenantEntity {

    Table<Commitment, ImmutableCommitment.Builder> TABLE = CommitmentTable.TABLE;

    static ImmutableCommitment.Builder builder() {
        return ImmutableCommitment.builder();
    }

    UUID personId();

    /** The table of the record that commits the time, such as {@code project_resources}. */
    @Db.Fixed
    @NotNull
    @Pattern(regexp = "[a-z][a-z0-9_]{0,62}", message = "must be a table name such as project_resources")
    String source();

    @Db.Fixed
    UUID sourceId();

    /**
     * The project the time is committed within, if any. Commitments of one project share the person's time (the largest
     * allocation counts at each moment); commitments of different projects, and those of no project, add up.
     */
    Optional<UUID> projectId();

    @Db.Sortable
    @NotNull
    Instant startsAt();

    /** After {@link #startsAt()}. */
    @NotNull
    Instant endsAt();

    @Db.Numeric(precision = 5, scale = 2)
    @Value.Default
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    default BigDecimal allocationPct() {
        return new BigDecimal("100.00");
    }

    CommitmentStatus status();

    /** What the time is for, as shown on a schedule: "Main stage build", "Leave (vacation)". */
    @NotBlank
    @Size(max = 200)
    String label();

    /** Whether the commitment overlaps {@code from} (inclusive) to {@code to} (exclusive). */
    default boolean overlaps(Instant from, Instant to) {
        return startsAt().isBefore(to) && endsAt().isAfter(from);
    }

    @Value.Check
    default void check() {
        Violations.of("Commitment").require(endsAt().isAfter(startsAt()), PeopleRules.PERSON_COMMITMENTS_ENDS_AT_CHECK).throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
