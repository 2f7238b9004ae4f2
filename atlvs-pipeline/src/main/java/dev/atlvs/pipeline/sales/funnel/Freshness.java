package dev.atlvs.pipeline.sales.funnel;

/** Where funnel figures come from. */
public enum Freshness {
    /**
     * The materialized view, as of its last refresh ({@link PipelineReporting#refreshFunnel()}): cheap, and as stale as
     * that refresh. Where the funnel is not materialized (a distributed database), reads are {@link #LIVE}.
     */
    MATERIALIZED,
    /** The tables, at the time of the read: exact, and costs a pass over the organization's conversion facts. */
    LIVE
}
