package dev.atlvs.programming.travel;

/** What a segment is: transport (flight, train, car, bus, ship), a hotel stay or an activity. */
public enum SegmentKind {
    FLIGHT, TRAIN, CAR, BUS, SHIP, HOTEL, ACTIVITY;

    /** Whether the segment moves its travellers: everything but a hotel stay and an activity. */
    public boolean isTransport() {
        return this != HOTEL && this != ACTIVITY;
    }
}
