package dev.atlvs.programming.export;

import java.util.Optional;

/**
 * Someone to call about the schedule.
 *
 * @param role  what they answer for, such as {@code "Production manager"} or {@code "Site medic"}
 * @param name  their name
 * @param phone a phone number as printed, if any
 * @param email an e-mail address, if any
 */
public record ScheduleContact(String role, String name, Optional<String> phone, Optional<String> email) {

    /** Checks the texts. */
    public ScheduleContact {
        role = Texts.line("contact.role", role);
        name = Texts.line("contact.name", name);
        phone = Texts.optionalLine("contact.phone", phone);
        email = Texts.optionalLine("contact.email", email);
    }

    /** A contact with a phone number and no e-mail address. */
    public static ScheduleContact of(String role, String name, String phone) {
        return new ScheduleContact(role, name, Optional.of(phone), Optional.empty());
    }
}
