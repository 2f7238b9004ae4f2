package dev.atlvs.programming.export;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The person a schedule item is for (a crew member's call, an artist's set). With an e-mail address it becomes the
 * event's iCalendar {@code ATTENDEE}; without one its name is printed in the description.
 *
 * @param name  the person's name as printed
 * @param email their e-mail address, if any
 */
public record ScheduleAttendee(String name, Optional<String> email) {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+");

    /** Checks the name and that an e-mail address has the form {@code local@domain}. */
    public ScheduleAttendee {
        name = Texts.line("attendee.name", name);
        email = Texts.optionalLine("attendee.email", email);
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            throw new IllegalArgumentException("attendee.email must be an e-mail address of the form local@domain");
        }
    }

    /** A person known by name only. */
    public static ScheduleAttendee named(String name) {
        return new ScheduleAttendee(name, Optional.empty());
    }
}
