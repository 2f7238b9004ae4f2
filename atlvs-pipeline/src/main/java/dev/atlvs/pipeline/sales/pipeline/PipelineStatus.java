package dev.atlvs.pipeline.sales.pipeline;

/** Whether a pipeline takes new deals: an archived pipeline keeps its deals and history but takes no new deal. */
public enum PipelineStatus {
    ACTIVE, ARCHIVED
}
