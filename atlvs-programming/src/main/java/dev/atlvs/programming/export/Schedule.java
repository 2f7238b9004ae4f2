package dev.atlvs.programming.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A day's schedule as it is handed out: a call sheet, a run of show, a crew member's day. The neutral form that
 * {@link ICalendarExport} and {@link ScheduleDocument} render; the domain's documents are mapped into it.
 *
 * <p>All instants are absolute; {@code zone} is the event's time zone, in which the schedule is printed and its
 * calendar events are written. {@code generatedAt} stamps the output (iCalendar {@code DTSTAMP}, the printed "issued"
 * line, the PDF's dates), so the same schedule always renders to the same bytes.
 *
 * @param title       the heading, such as {@code "Call sheet - Day 2"}
 * @param subtitle    a second line, such as the project's name, if any
 * @param zone        the event's time zone
 * @param day         the day the schedule is for, in {@code zone}
 * @param generatedAt when this revision of the schedule was issued
 * @param location    where it takes place, if one place
 * @param contacts    whom to call, possibly none
 * @param notes       titled text blocks: safety, parking, catering, weather; possibly none
 * @param items       the timed items, uids unique, possibly none
 */
public record Schedule(
        String title,
        Optional<String> subtitle,
        ZoneId zone,
        LocalDate day,
        Instant generatedAt,
        Optional<ScheduleLocation> location,
        List<ScheduleContact> contacts,
        List<ScheduleNote> notes,
        List<ScheduleItem> items) {

    /** Checks every field; the messages name the field and the rule. */
    public Schedule {
        title = Texts.line("schedule.title", title);
        subtitle = Texts.optionalLine("schedule.subtitle", subtitle);
        Objects.requireNonNull(zone, "schedule.zone must not be null");
        Objects.requireNonNull(day, "schedule.day must not be null");
        Objects.requireNonNull(generatedAt, "schedule.generatedAt must not be null");
        Objects.requireNonNull(location, "schedule.location must not be null (use Optional.empty())");
        contacts = Texts.list("schedule.contacts", contacts);
        notes = Texts.list("schedule.notes", notes);
        items = Texts.list("schedule.items", items);
        Set<String> uids = new HashSet<>();
        for (ScheduleItem item : items) {
            if (!uids.add(item.uid())) {
                throw new IllegalArgumentException("schedule.items must have unique uids; " + item.uid() + " appears twice");
            }
        }
    }

    /** A builder: title, zone, day and generatedAt are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Schedule}; every check runs in {@link #build()}. */
    public static final class Builder {
        private String title;
        private Optional<String> subtitle = Optional.empty();
        private ZoneId zone;
        private LocalDate day;
        private Instant generatedAt;
        private Optional<ScheduleLocation> location = Optional.empty();
        private final List<ScheduleContact> contacts = new ArrayList<>();
        private final List<ScheduleNote> notes = new ArrayList<>();
        private final List<ScheduleItem> items = new ArrayList<>();

        private Builder() {
        }

        /** The heading. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The second line. */
        public Builder subtitle(String subtitle) {
            this.subtitle = Optional.of(subtitle);
            return this;
        }

        /** The second line, or none. */
        public Builder subtitle(Optional<String> subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** The event's time zone. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** The day, in the event's time zone. */
        public Builder day(LocalDate day) {
            this.day = day;
            return this;
        }

        /** When this revision was issued. */
        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        /** Where it takes place. */
        public Builder location(ScheduleLocation location) {
            this.location = Optional.of(location);
            return this;
        }

        /** Where it takes place, or no single place. */
        public Builder location(Optional<ScheduleLocation> location) {
            this.location = location;
            return this;
        }

        /** Adds a contact. */
        public Builder addContact(ScheduleContact contact) {
            contacts.add(contact);
            return this;
        }

        /** Adds a note. */
        public Builder addNote(ScheduleNote note) {
            notes.add(note);
            return this;
        }

        /** Adds an item. */
        public Builder addItem(ScheduleItem item) {
            items.add(item);
            return this;
        }

        /** Adds items. */
        public Builder addItems(List<ScheduleItem> items) {
            this.items.addAll(items);
            return this;
        }

        /** The schedule, checked. */
        public Schedule build() {
            return new Schedule(title, subtitle, zone, day, generatedAt, location, contacts, notes, items);
        }
    }
}
