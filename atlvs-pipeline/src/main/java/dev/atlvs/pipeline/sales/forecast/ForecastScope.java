package dev.atlvs.pipeline.sales.forecast;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose deals a forecast covers: the whole organization, one pipeline, one owner, or one owner in one pipeline; with an
 * optional team label recorded on snapshots.
 *
 * <pre>{@code
 * ForecastScope.organization();
 * ForecastScope.pipeline(festivals.id()).withOwner(ana.id());
 * }</pre>
 *
 * @param pipelineId  the pipeline, or empty for all
 * @param ownerUserId the deals' owner, or empty for all
 * @param team        a team label for snapshots, or empty
 */
public record ForecastScope(Optional<UUID> pipelineId, Optional<UUID> ownerUserId, Optional<String> team) {

    public ForecastScope {
        requireNonNull(pipelineId, "pipelineId is null");
        requireNonNull(ownerUserId, "ownerUserId is null");
        requireNonNull(team, "team is null");
    }

    /** Every deal of the organization. */
    public static ForecastScope organization() {
        return new ForecastScope(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The deals of one pipeline. */
    public static ForecastScope pipeline(UUID pipelineId) {
        return new ForecastScope(Optional.of(pipelineId), Optional.empty(), Optional.empty());
    }

    /** The deals of one owner, in every pipeline. */
    public static ForecastScope owner(UUID ownerUserId) {
        return new ForecastScope(Optional.empty(), Optional.of(ownerUserId), Optional.empty());
    }

    /** This scope narrowed to the deals of {@code ownerUserId}. */
    public ForecastScope withOwner(UUID ownerUserId) {
        return new ForecastScope(pipelineId, Optional.of(ownerUserId), team);
    }

    /** This scope with a team label. */
    public ForecastScope withTeam(String team) {
        return new ForecastScope(pipelineId, ownerUserId, Optional.of(team));
    }
}
