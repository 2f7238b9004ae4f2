package dev.atlvs.pipeline.sales.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A pipeline with its stages in their order.
 *
 * @param pipeline the pipeline
 * @param stages   its stages, by order
 */
public record PipelineSetup(Pipeline pipeline, List<PipelineStage> stages) {

    public PipelineSetup {
        requireNonNull(pipeline, "pipeline is null");
        stages = List.copyOf(stages);
    }

    /** The pipeline's won stage. */
    public PipelineStage wonStage() {
        return stages.stream().filter(PipelineStage::isWon).findFirst().orElseThrow();
    }

    /** The pipeline's lost stage. */
    public PipelineStage lostStage() {
        return stages.stream().filter(PipelineStage::isLost).findFirst().orElseThrow();
    }

    /** The open stages, by order. */
    public List<PipelineStage> openStages() {
        return stages.stream().filter(PipelineStage::isOpen).toList();
    }

    /** The stage named {@code name}, ignoring case. */
    public PipelineStage stage(String name) {
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
    }
}
