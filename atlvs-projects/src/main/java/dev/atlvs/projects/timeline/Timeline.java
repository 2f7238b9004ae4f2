package dev.atlvs.projects.timeline;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
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
public interface Timeline extends TenantEntity {

    Table<Timeline, ImmutableTimeline.Builder> TABLE = Table
            .tenant("project_timelines", Timeline.class, ImmutableTimeline::builder, ImmutableTimeline.Builder::build)
            .column("project_id", ColumnType.UUID_TYPE, Timeline::projectId, ImmutableTimeline.Builder::projectId).fixed()
            .column("name", ColumnType.TEXT, Timeline::name, ImmutableTimeline.Builder::name).sortable()
            .column("kind", ColumnType.enumeration(TimelineKind.class), Timeline::kind, ImmutableTimeline.Builder::kind).sortable()
            .column("starts_at", ColumnType.TIMESTAMPTZ, Timeline::startsAt, ImmutableTimeline.Builder::startsAt).sortable()
            .column("ends_at", ColumnType.TIMESTAMPTZ, Timeline::endsAt, ImmutableTimeline.Builder::endsAt)
            .optional("baseline_of", ColumnType.UUID_TYPE, Timeline::baselineOf, ImmutableTimeline.Builder::baselineOf)
            .optional("snapshot", ColumnType.JSONB, Timeline::snapshot, ImmutableTimeline.Builder::snapshot)
            .optional("color", ColumnType.TEXT, Timeline::color, ImmutableTimeline.Builder::color)
            .column("sort_order", ColumnType.INTEGER, Timeline::sortOrder, ImmutableTimeline.Builder::sortOrder).sortable()
            .build();

    static ImmutableTimeline.Builder builder() {
        return ImmutableTimeline.builder();
    }

    /** The project; a timeline never moves to another. */
    UUID projectId();

    @NotBlank
    @Size(max = 200)
    String name();

    @Value.Default
    default TimelineKind kind() {
        return TimelineKind.PHASE;
    }

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
    Optional<@Size(max = 10_000_000) @Pattern(regexp = "(?s)\\s*\\{.*\\}\\s*", message = "must be a JSON object") String> snapshot();

    /** The display color as {@code #RRGGBB}. */
    Optional<@Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a color such as #1E90FF") String> color();

    /** The order among the project's timelines, from 0. */
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
