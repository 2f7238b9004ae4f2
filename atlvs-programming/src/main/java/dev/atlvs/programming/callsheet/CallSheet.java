package dev.atlvs.programming.callsheet;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The daily document telling crew and talent when and where to report on {@link #eventDate()} of a project, optionally
 * for an event or an activation: the general {@linkplain #callTime() call}, contacts, schedule, weather, safety, parking
 * and catering. Per-person calls are {@link CallSheetEntry} rows. Its times are read in its {@linkplain #timezone() time
 * zone}, which the database fills from the event (else the organization) when it is not given. Users delete and restore
 * call sheets (soft delete); a deleted or cancelled sheet's calls release the people's time.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("call_sheets")
public interface CallSheet extends TenantEntity, SoftDeletable {

    Table<CallSheet, ImmutableCallSheet.Builder> TABLE = CallSheetTable.TABLE;

    static ImmutableCallSheet.Builder builder() {
        return ImmutableCallSheet.builder();
    }

    @NotNull
    UUID projectId();

    /** The event the sheet is for (a stage's day, a rehearsal). */
    Optional<UUID> eventId();

    /** The activation the sheet is for. */
    Optional<UUID> activationId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String title();

    @Value.Default
    default CallType callType() {
        return CallType.GENERAL;
    }

    /** The date of the calls, in the sheet's time zone. */
    @Db.Sortable
    @NotNull
    LocalDate eventDate();

    /** The general call: local time on {@link #eventDate()}. */
    Optional<LocalTime> callTime();

    /** The IANA time zone of the sheet, such as {@code Europe/London}; from the event when not given. */
    Optional<@Size(min = 1, max = 64) String> timezone();

    /** Where everyone reports, when it is a location of the organization's. */
    Optional<UUID> locationId();

    /** Where to report, in words (gate, door, meeting point). */
    Optional<@Size(max = 500) String> locationNote();

    Optional<@Size(max = 10_000) String> description();

    /** The day's running order: a JSON array of {@code {"title", "starts_at", "ends_at", "location"}} items. */
    @Db.Jsonb
    @Value.Default
    @Size(max = 50_000)
    default String schedule() {
        return "[]";
    }

    /** Who to call about what, as a JSON object. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    @Size(max = 20_000)
    default String contactInfo() {
        return "{}";
    }

    /** The forecast, as a JSON object. */
    @Db.Jsonb
    @JsonObject
    @Value.Default
    @Size(max = 20_000)
    default String weatherInfo() {
        return "{}";
    }

    Optional<@Size(max = 4000) String> safetyNotes();

    Optional<@Size(max = 2000) String> parkingInfo();

    Optional<@Size(max = 2000) String> cateringInfo();

    /** What to bring or what is provided: a JSON array. */
    @Db.Jsonb
    @Value.Default
    @Size(max = 20_000)
    default String equipmentList() {
        return "[]";
    }

    /** The revision being prepared or last distributed: 1 at first, one more at each edit after a distribution. */
    @Min(1)
    @Value.Default
    default int revision() {
        return 1;
    }

    /** When the sheet was last distributed. */
    Optional<Instant> distributedAt();

    @Value.Default
    default CallSheetStatus status() {
        return CallSheetStatus.DRAFT;
    }

    /** The sheet's time zone; UTC before the database has filled it. */
    default ZoneId zone() {
        return ZoneId.of(timezone().orElse("UTC"));
    }

    @Value.Check
    default void check() {
        Violations.of("CallSheet")
                .require(timezone().map(Organization::isKnownTimeZone).orElse(true), ProgrammingRules.CALL_SHEETS_TIMEZONE_ZONE)
                .throwIfAny();
    }


    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
