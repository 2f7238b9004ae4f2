package dev.atlvs.pipeline.sales.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversion fact ({@code pipeline_conversions}): a deal entering a stage, appended by the database on every move
 * (and for a new deal's first stage, with no {@link #fromStageId()}), never entered by hand and never changed. The
 * funnel and velocity analytics read them.
 *
 * @param id              the fact's id
 * @param organizationId  the organization
 * @param opportunityId   the deal
 * @param pipelineId      the deal's pipeline
 * @param fromStageId     the stage left, empty for the deal's first stage
 * @param toStageId       the stage entered
 * @param movedAt         when the deal entered the stage (its {@code stage_entered_at})
 * @param movedBy         who moved it, when an actor was known
 * @param daysInFromStage the days the deal spent in the stage left
 * @param valueAtMove     the deal's value at the move
 * @param currency        the currency of the value
 * @param probability     the deal's probability after the move
 */
public record Conversion(UUID id, UUID organizationId, UUID opportunityId, UUID pipelineId, Optional<UUID> fromStageId,
        UUID toStageId, Instant movedAt, Optional<UUID> movedBy, Optional<BigDecimal> daysInFromStage,
        Optional<BigDecimal> valueAtMove, Optional<String> currency, BigDecimal probability) {}
