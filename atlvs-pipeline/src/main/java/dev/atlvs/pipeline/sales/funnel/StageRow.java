package dev.atlvs.pipeline.sales.funnel;

import java.util.UUID;

/**
 * A stage of a pipeline as the funnel lists it.
 *
 * @param id         the stage
 * @param name       its name
 * @param stageOrder its position
 * @param won        whether it is the won stage
 * @param lost       whether it is the lost stage
 */
public record StageRow(UUID id, String name, int stageOrder, boolean won, boolean lost) {}
