package dev.atlvs.pipeline.sales.pipeline;

/**
 * Where the deals of a stage count in a forecast: {@link #PIPELINE}, {@link #BEST_CASE} and {@link #COMMIT} for open
 * stages (in rising confidence), {@link #CLOSED} for the won stage and {@link #OMITTED} for the lost stage.
 */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED;

    /** Whether the category belongs to an open stage. */
    public boolean open() {
        return this != CLOSED && this != OMITTED;
    }
}
