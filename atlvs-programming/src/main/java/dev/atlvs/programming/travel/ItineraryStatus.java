package dev.atlvs.programming.travel;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.programming.ProgrammingErrorCode;

/**
 * The lifecycle of an itinerary: a draft is confirmed (or back to draft), a confirmed itinerary is under way and then
 * completed; anything not completed may be cancelled. A draft commits its travellers' time tentatively, a confirmed,
 * running or completed one confirms it, a cancelled one releases it.
 */
public enum ItineraryStatus {
    DRAFT, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The transition table; a refused move is {@link ProgrammingErrorCode#ITINERARY_TRANSITION_INVALID}. */
    public static final Lifecycle<Itinerary, ItineraryStatus> LIFECYCLE = Lifecycle.of(ItineraryStatus.class, Itinerary::status)
            .entity("itinerary").table("itineraries").code(ProgrammingErrorCode.ITINERARY_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, CONFIRMED, CANCELLED)
            .allow(CONFIRMED, DRAFT, IN_PROGRESS, CANCELLED)
            .allow(IN_PROGRESS, COMPLETED, CANCELLED)
            .build();
}
