package dev.atlvs.programming.callsheet;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of a call sheet: a draft is published, then distributed to the people it calls; an edit of a distributed
 * sheet (or of one of its calls) makes it {@link #UPDATED} with the next revision, which is distributed again. Any sheet
 * may be cancelled, which releases the time of everyone it calls. The database moves a distributed sheet to
 * {@code updated} itself when its content or calls change, whichever code writes them.
 */
public enum CallSheetStatus {
    DRAFT, PUBLISHED, DISTRIBUTED, UPDATED, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#CALL_SHEET_TRANSITION_INVALID}. */
    public static final Lifecycle<CallSheet, CallSheetStatus> LIFECYCLE = Lifecycle.of(CallSheetStatus.class, CallSheet::status)
            .entity("call sheet").table("call_sheets").code(ProgrammingErrorCode.CALL_SHEET_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, PUBLISHED, CANCELLED)
            .allow(PUBLISHED, DISTRIBUTED, CANCELLED)
            .allow(DISTRIBUTED, UPDATED, CANCELLED)
            .allow(UPDATED, DISTRIBUTED, CANCELLED)
            .build();

    /** Whether the sheet's calls stand (commit people's time): anything but cancelled. */
    public boolean live() {
        return this != CANCELLED;
    }

    /** Whether the sheet has been sent to the people it calls (distributed, or updated since). */
    public boolean sent() {
        return this == DISTRIBUTED || this == UPDATED;
    }
}
