package dev.atlvs.pipeline.sales.activity;

/**
 * What an activity of a deal is. {@link #STAGE_CHANGE} activities are written by the database when a deal moves, never
 * by hand.
 */
public enum ActivityType {
    NOTE, CALL, EMAIL, MEETING, TASK, STAGE_CHANGE
}
