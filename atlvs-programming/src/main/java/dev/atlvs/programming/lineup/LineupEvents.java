package dev.atlvs.programming.lineup;

/**
 * The domain events lineups publish (see {@link dev.atlvs.core.event.DomainEvents}), on aggregate type
 * {@value #AGGREGATE}; the aggregate id is the stage-day event whose lineup changed.
 */
public final class LineupEvents {

    /** The aggregate type of the events: the lineup of a stage-day event. */
    public static final String AGGREGATE = "lineup";

    /** A slot was confirmed. Payload: {@code slotId}, {@code performerName}, {@code override} (whether without a contract). */
    public static final String SLOT_CONFIRMED = "lineup.slot_confirmed";

    /** A slot was cancelled. Payload: {@code slotId}, {@code performerName}. */
    public static final String SLOT_CANCELLED = "lineup.slot_cancelled";

    /** Slot times were rewritten from a running order or a delay. Payload: {@code slotIds}. */
    public static final String RUNNING_ORDER_CHANGED = "lineup.running_order_changed";

    /** The lineup was locked or unlocked. Payload: {@code locked}. */
    public static final String LOCK_CHANGED = "lineup.lock_changed";

    /** The description of {@link #SLOT_CONFIRMED}, as registered in the database. */
    public static final String SLOT_CONFIRMED_DESCRIPTION = "a lineup slot was confirmed, under a contract or an audited override";
    /** The description of {@link #SLOT_CANCELLED}. */
    public static final String SLOT_CANCELLED_DESCRIPTION = "a lineup slot was cancelled: the stage and the performer are free again";
    /** The description of {@link #RUNNING_ORDER_CHANGED}. */
    public static final String RUNNING_ORDER_CHANGED_DESCRIPTION = "slot times of a lineup were rewritten from a running order or a delay";
    /** The description of {@link #LOCK_CHANGED}. */
    public static final String LOCK_CHANGED_DESCRIPTION = "a lineup was locked or unlocked";

    private LineupEvents() {}
}
