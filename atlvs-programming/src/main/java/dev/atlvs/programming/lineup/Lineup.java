package dev.atlvs.programming.lineup;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.programming.ProgrammingRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One slot of a stage-day event's lineup: who performs ({@link #performerName()}, a person act
 * {@link #actPersonId()} or a company act {@link #actCompanyId()}) on which stage ({@link #spaceId()}, the event's space)
 * from {@link #setStart()} to {@link #setEnd()}, with the {@linkplain #changeoverMinutes() changeover} before the set.
 * The database holds the rules: live slots of a stage never overlap, changeover included; a performer is never in two
 * overlapping live slots; a slot lies inside its event and ends by the curfew; a locked lineup changes a slot only by
 * cancelling it; a confirmed slot has an active contract of its act's company or an {@linkplain #overrideReason()
 * override reason}. A person act's time is committed in the people module's availability.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("lineups")
public interface Lineup extends TenantEntity {

    Table<Lineup, ImmutableLineup.Builder> TABLE = LineupTable.TABLE;

    static ImmutableLineup.Builder builder() {
        return ImmutableLineup.builder();
    }

    /** The stage-day event the slot belongs to. */
    @NotNull
    UUID eventId();

    /** The stage; the event's space when the event has one. */
    @NotNull
    UUID spaceId();

    /** The name the act is billed under. */
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String performerName();

    /** The person performing, for a solo act. */
    @Db.Sensitive
    Optional<UUID> actPersonId();

    /** The company (band, agency, collective) performing; never together with {@link #actPersonId()}. */
    Optional<UUID> actCompanyId();

    @Value.Default
    default PerformerType performerType() {
        return PerformerType.ARTIST;
    }

    @Value.Default
    default Billing billing() {
        return Billing.SUPPORT;
    }

    /** When the set starts. */
    @Db.Sortable
    @NotNull
    Instant setStart();

    /** When the set ends; after {@link #setStart()}. */
    @NotNull
    Instant setEnd();

    /** Minutes the stage needs before the set to change over. */
    @Value.Default
    @PositiveOrZero
    @Max(1440)
    default int changeoverMinutes() {
        return 0;
    }

    /** {@link #setStart()} less the changeover: derived by the database. */
    @Value.Default
    default Instant occupiedFrom() {
        return setStart().minus(changeover());
    }

    /** The slot's place in the stage's running order for the event (0 first). */
    @Value.Default
    @PositiveOrZero
    default int position() {
        return 0;
    }

    @Value.Default
    default SlotStatus status() {
        return SlotStatus.PENDING;
    }

    /** The act's contacts as a JSON object, such as {@code {"agent": "…", "manager": "…"}}. */
    @Db.Jsonb
    @JsonObject
    @Db.Sensitive
    @Value.Default
    @Size(max = 20_000)
    default String contactInfo() {
        return "{}";
    }

    /** The act's fee, in {@link #currency()}. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> fee();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    /** The act company's contract the slot is confirmed under. */
    Optional<UUID> contractId();

    /** Why the slot is confirmed without an active contract (an audited override). */
    Optional<@NonBlank @Size(max = 500) String> overrideReason();

    Optional<@PositiveOrZero Integer> expectedAttendance();

    Optional<@PositiveOrZero Integer> actualAttendance();

    Optional<@Size(max = 4000) String> notes();

    /** The changeover before the set. */
    default Duration changeover() {
        return Duration.ofMinutes(changeoverMinutes());
    }

    /** The length of the set. */
    default Duration length() {
        return Duration.between(setStart(), setEnd());
    }

    @Value.Check
    default void check() {
        Violations.of("Lineup")
                .require(setEnd().isAfter(setStart()), ProgrammingRules.LINEUPS_SET_END_CHECK)
                .require(actPersonId().isEmpty() || actCompanyId().isEmpty(), ProgrammingRules.LINEUPS_ONE_ACT)
                .require(fee().isEmpty() || currency().isPresent(), ProgrammingRules.LINEUPS_FEE_CURRENCY_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
