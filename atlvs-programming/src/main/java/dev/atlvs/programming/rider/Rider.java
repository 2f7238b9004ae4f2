package dev.atlvs.programming.rider;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.projects.project.Priority;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * An artist's or client's requirements for an {@linkplain #eventId() event}: technical, hospitality, stage plot,
 * catering, transportation, accommodation or security, with its lines in {@link RiderItem}. It moves along
 * {@link RiderStatus#LIFECYCLE} (L-APPROVAL, then fulfilled); the database stamps who submitted and who approved it,
 * never the same user. It belongs to its event's project, its {@linkplain #deadline() deadline} falls before the event's
 * setup, and it is fulfilled only once every mandatory item is. All its costs are in {@link #currency()}. Once approved,
 * its costs roll into the project's budget ({@link RiderService#rollUp}); {@link #budgetId()}, {@link #budgetLineId()},
 * {@link #budgetLineRevision()} and {@link #rolledUpAmount()} record what was rolled up. Users delete and restore riders.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("riders")
public interface Rider extends TenantEntity, SoftDeletable {

    Table<Rider, ImmutableRider.Builder> TABLE = RiderTable.TABLE;

    static ImmutableRider.Builder builder() {
        return ImmutableRider.builder();
    }

    @NotNull
    UUID eventId();

    /** The lineup slot (performance) the rider is for. */
    Optional<UUID> lineupId();

    /** The event's project. */
    @NotNull
    UUID projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    @Value.Default
    default RiderKind kind() {
        return RiderKind.TECHNICAL;
    }

    @Value.Default
    default RiderStatus status() {
        return RiderStatus.DRAFT;
    }

    @Value.Default
    default Priority priority() {
        return Priority.MEDIUM;
    }

    Optional<@Size(max = 4000) String> specialRequests();

    @Db.Sensitive
    Optional<@Size(max = 200) String> contactPerson();

    @Db.Sensitive
    Optional<@Email @Size(max = 320) String> contactEmail();

    @Db.Sensitive
    Optional<@Size(max = 50) String> contactPhone();

    /** The requester's estimate of the cost, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> budgetEstimate();

    /** The currency of every cost of the rider (its estimate and its items). */
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** When the requirements must be met; before the event's setup start (its start without one). */
    Optional<Instant> deadline();

    /** Who submitted the rider (set by the database). */
    Optional<UUID> submittedBy();

    /** When the rider was submitted (set by the database). */
    Optional<Instant> submittedAt();

    /** Who approved the rider (set by the database; never the submitter). */
    Optional<UUID> approvedBy();

    /** When the rider was approved (set by the database). */
    Optional<Instant> approvedAt();

    /** When the rider was fulfilled (set by the database unless given). */
    Optional<Instant> fulfilledAt();

    Optional<@Size(max = 4000) String> approvalNotes();

    Optional<@Size(max = 4000) String> fulfillmentNotes();

    /** The finance budget the approved costs rolled into. */
    Optional<UUID> budgetId();

    /** The budget line revision the last roll-up wrote. */
    Optional<UUID> budgetLineId();

    /** The revision number of that budget line. */
    Optional<@Positive Integer> budgetLineRevision();

    /** What this rider counts in its budget line, in {@link #currency()}; zero when nothing is rolled up. */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal rolledUpAmount() {
        return BigDecimal.ZERO;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
