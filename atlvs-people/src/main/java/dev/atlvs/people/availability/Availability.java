package dev.atlvs.people.availability;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What holds a person's time in a window, from {@code from} (inclusive) to {@code to} (exclusive): every commitment
 * overlapping it (bookings, leave, and what other modules commit), and the credential problems that would keep the
 * person off the work (an expired mandatory certification), each with its reason.
 *
 * @param personId    the person
 * @param from        the start of the window
 * @param to          the end of the window
 * @param commitments the commitments overlapping the window, by start
 * @param blockers    the reasons other than commitments that keep the person off the work in the window
 */
public record Availability(UUID personId, Instant from, Instant to, List<Commitment> commitments, List<String> blockers) {

    public Availability {
        requireNonNull(personId, "personId is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        commitments = List.copyOf(commitments);
        blockers = List.copyOf(blockers);
    }

    /** The confirmed commitments overlapping the window. */
    public List<Commitment> confirmed() {
        return commitments.stream().filter(c -> c.status() == CommitmentStatus.CONFIRMED).toList();
    }

    /** The tentative commitments overlapping the window: holds that may still be released. */
    public List<Commitment> tentative() {
        return commitments.stream().filter(c -> c.status() == CommitmentStatus.TENTATIVE).toList();
    }

    /** Whether nothing confirmed overlaps the window and nothing else keeps the person off the work. */
    public boolean isFree() {
        return confirmed().isEmpty() && blockers.isEmpty();
    }

    /** Whether the person is free apart from tentative holds. */
    public boolean isFreeButHeld() {
        return isFree() && !tentative().isEmpty();
    }
}
