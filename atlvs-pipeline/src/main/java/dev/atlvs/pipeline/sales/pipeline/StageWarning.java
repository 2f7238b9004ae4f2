package dev.atlvs.pipeline.sales.pipeline;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A stage whose probability is lower than that of an earlier open stage of its pipeline: allowed, but usually a
 * mistake, so {@link PipelineService#warnings} reports it rather than refusing it.
 *
 * @param stage    the later stage
 * @param previous the earlier open stage with the higher probability
 */
public record StageWarning(PipelineStage stage, PipelineStage previous) {

    public StageWarning {
        requireNonNull(stage, "stage is null");
        requireNonNull(previous, "previous is null");
    }

    /** How many percentage points the probability falls. */
    public BigDecimal drop() {
        return previous.probability().subtract(stage.probability());
    }

    /** A sentence for a settings screen. */
    public String message() {
        return "stage " + stage.name() + " (" + stage.probability().stripTrailingZeros().toPlainString() + " %) comes after "
                + previous.name() + " (" + previous.probability().stripTrailingZeros().toPlainString()
                + " %): the probability falls as the order rises";
    }
}
