package dev.atlvs.people.availability;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Time off of a person: whole days from {@link #startsOn()} to {@link #endsOn()} inclusive, in the organization's time
 * zone. Requested leave holds the person's time tentatively; approved leave is a confirmed commitment, so that nothing
 * else can be confirmed over it (and it cannot be approved over a confirmed booking). Change its status through
 * {@link LeaveService}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_leave")
public interface Leave extends TenantEntity {

    Table<Leave, ImmutableLeave.Builder> TABLE = LeaveTable.TABLE;

    static ImmutableLeave.Builder builder() {
        return ImmutableLeave.builder();
    }

    @Db.Fixed
    UUID personId();

    @Value.Default
    default LeaveKind kind() {
        return LeaveKind.VACATION;
    }

    @Db.Sortable
    @NotNull
    LocalDate startsOn();

    /** The last day away, not before {@link #startsOn()}. */
    @NotNull
    LocalDate endsOn();

    @Db.Sortable
    @Value.Default
    default LeaveStatus status() {
        return LeaveStatus.REQUESTED;
    }

    @Db.Sensitive
    Optional<@Size(max = 2000) String> reason();

    /** Who approved or rejected it. */
    Optional<UUID> decidedBy();

    Optional<Instant> decidedAt();

    @Value.Check
    default void check() {
        Violations.of("Leave").require(!endsOn().isBefore(startsOn()), PeopleRules.PEOPLE_LEAVE_ENDS_ON_CHECK).throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
