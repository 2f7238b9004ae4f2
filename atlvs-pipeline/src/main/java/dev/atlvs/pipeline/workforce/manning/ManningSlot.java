package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.SoftDeletable;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.NonBlank;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A place of a project's crew plan: {@link #requiredCount()} people in one role ({@link #roleName()}, optionally a crew
 * role of the people directory) on one day ({@link #neededOn()}) for a shift from {@link #startsAt()} to
 * {@link #endsAt()}, at a {@linkplain #dayRate() day rate}. The database derives {@link #filledCount()} from the live
 * {@link ManningAssignment}s, never above the required count, and the {@linkplain #status() status} (open or filled,
 * unless cancelled). Deleted slots can be restored.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("manning_slots")
public interface ManningSlot extends TenantEntity, SoftDeletable {

    Table<ManningSlot, ImmutableManningSlot.Builder> TABLE = ManningSlotTable.TABLE;

    static ImmutableManningSlot.Builder builder() {
        return ImmutableManningSlot.builder();
    }

    /** The project the crew works on. */
    @NotNull
    UUID projectId();

    /** The crew role of the people directory, when the slot names one. */
    Optional<UUID> crewRoleId();

    /** The role as the plan shows it, such as {@code Rigger}. */
    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String roleName();

    Optional<@NonBlank @Size(max = 200) String> department();

    /** The day the crew is needed. */
    @Db.Sortable
    @NotNull
    LocalDate neededOn();

    /** The start of the shift. */
    @NotNull
    Instant startsAt();

    /** The end of the shift, after its start. */
    @NotNull
    Instant endsAt();

    /** How many people the slot needs; at least one, and never below the live assignments. */
    @Positive
    int requiredCount();

    /** The live assignments (assigned, confirmed, completed), written by the database only. */
    @Value.Default
    @PositiveOrZero
    default int filledCount() {
        return 0;
    }

    /** The skills a person of the slot brings, such as {@code IPAF} or {@code Rope access}. */
    List<String> skillsRequired();

    /** The planned day rate of one person, in {@link #currency()}. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    BigDecimal dayRate();

    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** Open or filled (derived by the database), or cancelled. */
    @Value.Default
    default ManningSlotStatus status() {
        return ManningSlotStatus.OPEN;
    }

    Optional<@Size(max = 4000) String> notes();

    /** The places still to fill: the required count less the filled one, none for a cancelled slot. */
    default int openCount() {
        return status() == ManningSlotStatus.CANCELLED ? 0 : Math.max(0, requiredCount() - filledCount());
    }

    @Value.Check
    default void check() {
        Violations.of("ManningSlot")
                .require(startsAt() == null || endsAt() == null || endsAt().isAfter(startsAt()), PipelineRules.MANNING_SLOTS_ENDS_AT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder>, SoftDeletable.Builder<Builder> {}
}
