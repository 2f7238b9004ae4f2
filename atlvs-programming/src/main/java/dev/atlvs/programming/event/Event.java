package dev.atlvs.programming.event;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A scheduled item of a show's programme: a festival, a day, a set, an activation, a workshop, a rehearsal, a setup or a
 * breakdown, nested through {@link #parentEventId()} (festival, day, set), a child inside its parent's window. The event
 * runs from {@link #startAt()} to {@link #endAt()}; it occupies its {@linkplain #spaceId() space} from
 * {@link #setupStart()} to {@link #teardownEnd()} (its start and end where those are not set), and the database books
 * the space for that window, refusing an overlap with another booking of the space, its turnover included, unless the
 * space allows concurrent use. Its times are shown in its {@linkplain #timezone() time zone}, in which the space's curfew
 * is read too. Users delete and restore events (soft delete).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("events")
public interface Event extends TenantEntity, SoftDeletable {

    Table<Event, ImmutableEvent.Builder> TABLE = EventTable.TABLE;

    static ImmutableEvent.Builder builder() {
        return ImmutableEvent.builder();
    }

    @NotNull
    UUID projectId();

    /** The event this one is part of (a day of a festival, a set of a day). */
    Optional<UUID> parentEventId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 10_000) String> description();

    @Value.Default
    default EventKind eventType() {
        return EventKind.PERFORMANCE;
    }

    @Value.Default
    default EventStatus status() {
        return EventStatus.DRAFT;
    }

    /** The space the event occupies. */
    Optional<UUID> spaceId();

    /** The location where the event takes place, when it is not a space of the organization's. */
    Optional<UUID> locationId();

    /** How many people the event admits; at most its space's capacity. */
    Optional<@Positive Integer> capacity();

    @Db.Sortable
    @NotNull
    Instant startAt();

    /** After {@link #startAt()}. */
    @NotNull
    Instant endAt();

    /** When setup in the space begins; not after {@link #startAt()}. */
    Optional<Instant> setupStart();

    /** When the space is clear again; not before {@link #endAt()}. */
    Optional<Instant> teardownEnd();

    /** The moment by which everything of the event ends (a licence condition); after the start. */
    Optional<Instant> curfewAt();

    /** The IANA time zone in which the event's times are shown, such as {@code Europe/London}. */
    @NotNull
    @Size(min = 1, max = 64)
    String timezone();

    @Value.Default
    default boolean isAllDay() {
        return false;
    }

    Optional<@Pattern(regexp = "https?://.*", message = "must be an http or https URL") @Size(max = 2048) String> broadcastUrl();

    List<@NonBlank @Size(max = 100) String> tags();

    /** Free-form attributes as a JSON object. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    @Size(max = 20_000)
    default String metadata() {
        return "{}";
    }

    Optional<@PositiveOrZero Integer> expectedAttendance();

    Optional<@PositiveOrZero Integer> actualAttendance();

    /** How public the event's lineup is. */
    @Value.Default
    default LineupStatus lineupStatus() {
        return LineupStatus.DRAFT;
    }

    /** Whether the lineup is locked: its slots then change only by cancellation. */
    @Value.Default
    default boolean lineupLocked() {
        return false;
    }

    /** The start of the occupancy window: {@link #setupStart()}, else {@link #startAt()}. */
    default Instant occupiedFrom() {
        return setupStart().orElse(startAt());
    }

    /** The end of the occupancy window: {@link #teardownEnd()}, else {@link #endAt()}. */
    default Instant occupiedUntil() {
        return teardownEnd().orElse(endAt());
    }

    /** The event's time zone. */
    default ZoneId zone() {
        return ZoneId.of(timezone());
    }

    @Value.Check
    default void check() {
        Violations.of("Event")
                .require(endAt().isAfter(startAt()), ProgrammingRules.EVENTS_END_AT_CHECK)
                .require(setupStart().map(s -> !s.isAfter(startAt())).orElse(true), ProgrammingRules.EVENTS_SETUP_START_CHECK)
                .require(teardownEnd().map(t -> !t.isBefore(endAt())).orElse(true), ProgrammingRules.EVENTS_TEARDOWN_END_CHECK)
                .require(curfewAt().map(c -> c.isAfter(startAt())).orElse(true), ProgrammingRules.EVENTS_CURFEW_AT_CHECK)
                .require(parentEventId().map(p -> !p.equals(id())).orElse(true), ProgrammingRules.EVENTS_PARENT_CHECK)
                .require(Organization.isKnownTimeZone(timezone()), ProgrammingRules.EVENTS_TIMEZONE_ZONE)
                .throwIfAny();
    }


    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
