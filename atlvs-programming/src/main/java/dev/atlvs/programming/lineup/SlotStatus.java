package dev.atlvs.programming.lineup;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a lineup slot: pending (an offer out), tentative (pencilled in), confirmed (contracted, or confirmed
 * under an audited override), cancelled (final; the stage and the performer's time are free again). A confirmed slot
 * may go back to tentative; anything but a cancelled slot may be cancelled, even in a locked lineup.
 */
public enum SlotStatus {
    PENDING, TENTATIVE, CONFIRMED, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#LINEUP_TRANSITION_INVALID}. */
    public static final Lifecycle<Lineup, SlotStatus> LIFECYCLE = Lifecycle.of(SlotStatus.class, Lineup::status)
            .entity("lineup").table("lineups").code(ProgrammingErrorCode.LINEUP_TRANSITION_INVALID)
            .initial(PENDING, TENTATIVE, CONFIRMED)
            .allow(PENDING, TENTATIVE, CONFIRMED, CANCELLED)
            .allow(TENTATIVE, PENDING, CONFIRMED, CANCELLED)
            .allow(CONFIRMED, TENTATIVE, CANCELLED)
            .build();

    /** Whether the slot still holds its stage and its performer: anything but cancelled. */
    public boolean live() {
        return this != CANCELLED;
    }
}
