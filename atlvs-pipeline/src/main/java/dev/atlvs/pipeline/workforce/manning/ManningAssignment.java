package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person of the directory in a {@link ManningSlot}. Its {@linkplain #status() status} moves along
 * {@link ManningAssignmentStatus#LIFECYCLE}: assigned holds the person's time over the slot's shift tentatively,
 * confirmed (and completed) commits it through the people module's availability, declined and cancelled release it. The
 * database keeps {@link #projectId()} equal to the slot's, defaults the {@linkplain #dayRate() agreed day rate} to the
 * slot's and stamps {@link #confirmedAt()}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("manning_assignments")
public interface ManningAssignment extends TenantEntity {

    Table<ManningAssignment, ImmutableManningAssignment.Builder> TABLE = ManningAssignmentTable.TABLE;

    static ImmutableManningAssignment.Builder builder() {
        return ImmutableManningAssignment.builder();
    }

    /** The slot; an assignment never moves to another. */
    @Db.Fixed
    @NotNull
    UUID slotId();

    /** The slot's project, kept equal to it by the database. */
    @NotNull
    UUID projectId();

    /** The person of the directory. */
    @Db.Sensitive
    @NotNull
    UUID personId();

    @Value.Default
    default ManningAssignmentStatus status() {
        return ManningAssignmentStatus.ASSIGNED;
    }

    /** The day rate agreed with the person, in {@link #currency()}; the slot's when none is given. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> dayRate();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** When the assignment was confirmed, set by the database. */
    Optional<Instant> confirmedAt();

    Optional<@Size(max = 2000) String> notes();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
