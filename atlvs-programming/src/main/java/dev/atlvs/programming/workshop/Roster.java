package dev.atlvs.programming.workshop;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Who is in a workshop: the registrations holding a seat (registered, attended, no-show) in order of registration, and
 * the waitlist in order of position.
 *
 * @param workshop the workshop
 * @param seated the registrations holding a seat
 * @param waitlist the waitlisted registrations, first in line first
 */
public record Roster(Workshop workshop, List<WorkshopRegistration> seated, List<WorkshopRegistration> waitlist) {

    public Roster {
        requireNonNull(workshop, "workshop is null");
        seated = List.copyOf(seated);
        waitlist = List.copyOf(waitlist);
    }

    /** The seats still free. */
    public int freeSeats() {
        return Math.max(0, workshop.maxParticipants() - seated.size());
    }
}
