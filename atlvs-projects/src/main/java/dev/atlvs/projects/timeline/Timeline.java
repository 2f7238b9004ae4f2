package dev.atlvs.projects.timeline;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.JsonObject;
import dev.atlvs.core.validation.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A named span of a project's schedule for Gantt and run-of-show views: a phase (load-in, show days,
 * load-out), a run of show, or a baseline. A baseline carries the {@link #snapshot()} of the plan when it
 * was captured (only baselines do) and may name the timeline it was taken of ({@link #baselineOf()}, in
 * the same project); once captured, its kind, snapshot and dates never change (the database refuses the
 * update), while its name, color and order may.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("project_timelines")
public interface Timeline extends TenantEntity {

    Table<Timeline, ImmutableTimeline.Builder> TABLE = TimelineTable.TABLE;

    static ImmutableTimeline.Builder builder() {
        return ImmutableTimeline.builder();
    }

    /** The project; a timeline never moves to another. */
    @Db.Fixed
    UUID projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    @Db.Sortable
    @Value.Default
    default TimelineKind kind() {
        return TimelineKind.PHASE;
    }

    @Db.Sortable
    @NotNull
    Instant startsAt();

    /** After {@link #startsAt()}. */
    @NotNull
    Instant endsAt();

    /** For a baseline: the timeline of the same project it was captured from. */
    Optional<UUID> baselineOf();

    /**
     * For a baseline (and only a baseline): the captured plan, as a JSON object (task dates and the like). Stored as
     * {@code jsonb}, so it is read back normalized: keys in the database's order, canonical spacing.
     */
    @Db.Jsonb
    Optional<@Size(max = 10_000_000) @JsonObject String> snapshot();

    /** The display color as {@code #RRGGBB}. */
    Optional<@Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a color such as #1E90FF") String> color();

    /** The order among the project's timelines, from 0. */
    @Db.Sortable
    @Value.Default
    @PositiveOrZero
    default int sortOrder() {
        return 0;
    }

    /** Whether this is a captured baseline. */
    default boolean isBaseline() {
        return kind() == TimelineKind.BASELINE;
    }

    @Value.Check
    default void check() {
        Violations.of("Timeline")
                .require(endsAt().isAfter(startsAt()), dev.atlvs.projects.ProjectsRules.PROJECT_TIMELINES_ENDS_AT_CHECK)
                .require(baselineOf().isEmpty() || isBaseline() && !baselineOf().get().equals(id()), dev.atlvs.projects.ProjectsRules.PROJECT_TIMELINES_BASELINE_OF_CHECK)
                .require(isBaseline() == snapshot().isPresent(), dev.atlvs.projects.ProjectsRules.PROJECT_TIMELINES_BASELINE_SNAPSHOT_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
