package dev.atlvs.pipeline.sales.activity;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.pipeline.PipelineRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A sales touchpoint of a deal ({@code pipeline_activities}): a note, call, email, meeting or task, with its due time
 * and owner ({@link #userId()}), or a stage change the database recorded when the deal moved (with the stages it
 * names). An activity is {@linkplain #completed() completed} exactly when it has a completion time
 * ({@code pipeline_activities_completed_check}); an open activity due in the future keeps its deal from being stale.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("pipeline_activities")
public interface Activity extends TenantEntity {

    Table<Activity, ImmutableActivity.Builder> TABLE = ActivityTable.TABLE;

    static ImmutableActivity.Builder builder() {
        return ImmutableActivity.builder();
    }

    /** The deal. */
    @NotNull
    @Db.Fixed
    UUID opportunityId();

    @Value.Default
    default ActivityType type() {
        return ActivityType.NOTE;
    }

    @NotBlank
    @Size(max = 300)
    String title();

    Optional<@Size(max = 10_000) String> description();

    /** When a call, meeting or task is due. */
    Optional<Instant> dueAt();

    @Value.Default
    default boolean completed() {
        return false;
    }

    Optional<Instant> completedAt();

    /** The member the activity belongs to. */
    Optional<UUID> userId();

    /** The stage a deal left (stage changes only). */
    Optional<UUID> fromStageId();

    /** The stage a deal entered (stage changes only). */
    Optional<UUID> toStageId();

    /** Whether the activity is still to do: not completed, and not a stage change. */
    default boolean open() {
        return !completed() && type() != ActivityType.STAGE_CHANGE;
    }

    @Value.Check
    default void check() {
        boolean stageChange = type() == ActivityType.STAGE_CHANGE;
        Violations.of("Activity")
                .require(completed() == completedAt().isPresent(), PipelineRules.PIPELINE_ACTIVITIES_COMPLETED_CHECK)
                .require(stageChange == toStageId().isPresent() && (stageChange || fromStageId().isEmpty()),
                        PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
