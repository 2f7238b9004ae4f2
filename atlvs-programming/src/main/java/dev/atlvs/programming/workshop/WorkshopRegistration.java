package dev.atlvs.programming.workshop;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A seat, or a place on the waitlist, of a {@link Workshop}: a person of the organization ({@link #personId()}) or an
 * attendee named by {@link #attendeeName()} and {@link #attendeeEmail()}. The database decides the
 * {@linkplain #status() status} on insert (registered while a seat is free, otherwise waitlisted at the next
 * {@linkplain #waitlistPosition() position}) and stamps {@link #registeredAt()}; a freed seat goes to the first on the
 * waitlist.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("workshop_registrations")
public interface WorkshopRegistration extends TenantEntity {

    Table<WorkshopRegistration, ImmutableWorkshopRegistration.Builder> TABLE = WorkshopRegistrationTable.TABLE;

    static ImmutableWorkshopRegistration.Builder builder() {
        return ImmutableWorkshopRegistration.builder();
    }

    /** The workshop; a registration never moves to another. */
    @Db.Fixed
    @NotNull
    UUID workshopId();

    /** The person registered, when they are one of the organization's people. */
    Optional<UUID> personId();

    @Db.Sensitive
    Optional<@NonBlank @Size(max = 200) String> attendeeName();

    @Db.Sensitive
    Optional<@Email @Size(max = 320) String> attendeeEmail();

    @Value.Default
    default RegistrationStatus status() {
        return RegistrationStatus.REGISTERED;
    }

    /** The place in line while waitlisted (1 is next), set by the database. */
    Optional<Integer> waitlistPosition();

    /** When the registration was written, set by the database. */
    Optional<Instant> registeredAt();

    Optional<@Size(max = 2000) String> notes();

    @Value.Check
    default void check() {
        Violations.of("WorkshopRegistration")
                .require(personId().isPresent() || attendeeName().isPresent(), ProgrammingRules.WORKSHOP_REGISTRATIONS_ATTENDEE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
