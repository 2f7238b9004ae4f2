package dev.atlvs.programming.workshop;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * The outcome of registering for a workshop: the registration written, and whether it holds a seat or waits on the
 * waitlist at a position.
 *
 * @param registration the registration as stored
 */
public record Registration(WorkshopRegistration registration) {

    public Registration {
        requireNonNull(registration, "registration is null");
    }

    /** Whether the registration holds a seat. */
    public boolean seated() {
        return registration.status().seated();
    }

    /** The place in line (1 is next) when waitlisted. */
    public OptionalInt waitlistPosition() {
        return registration.waitlistPosition().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
