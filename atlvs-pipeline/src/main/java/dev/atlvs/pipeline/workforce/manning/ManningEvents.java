package dev.atlvs.pipeline.workforce.manning;

/**
 * The domain events a crew plan publishes (see {@link dev.atlvs.core.event.DomainEvents}), on aggregate type
 * {@value #AGGREGATE}; the aggregate id is the slot whose people changed. {@link ManningService} appends them.
 */
public final class ManningEvents {

    /** The aggregate type of the events: a manning slot. */
    public static final String AGGREGATE = "manning_slot";

    /** A person confirmed their place. Payload: {@code assignmentId}, {@code personId}. */
    public static final String ASSIGNMENT_CONFIRMED = "manning_slot.assignment_confirmed";

    /** A person declined their place, which is open again. Payload: {@code assignmentId}, {@code personId}. */
    public static final String ASSIGNMENT_DECLINED = "manning_slot.assignment_declined";

    /** An assignment was cancelled, and its place is open again. Payload: {@code assignmentId}, {@code personId}. */
    public static final String ASSIGNMENT_CANCELLED = "manning_slot.assignment_cancelled";

    /** The description of {@link #ASSIGNMENT_CONFIRMED}, as registered in the database. */
    public static final String ASSIGNMENT_CONFIRMED_DESCRIPTION = "a person confirmed a place of a manning slot";
    /** The description of {@link #ASSIGNMENT_DECLINED}. */
    public static final String ASSIGNMENT_DECLINED_DESCRIPTION = "a person declined a place of a manning slot, which is open again";
    /** The description of {@link #ASSIGNMENT_CANCELLED}. */
    public static final String ASSIGNMENT_CANCELLED_DESCRIPTION = "an assignment to a manning slot was cancelled, and its place is open again";

    private ManningEvents() {}
}
