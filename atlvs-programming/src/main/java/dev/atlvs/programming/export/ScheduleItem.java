package dev.atlvs.programming.export;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One timed line of a schedule: a call, a set, a changeover, doors, curfew. It becomes one iCalendar {@code VEVENT}
 * and one row of the printed schedule.
 *
 * <p>The {@code uid} identifies the item across revisions of the schedule: a calendar that subscribed to an earlier
 * export replaces the event with the same uid when its {@code sequence} is higher. Derive it from the record the item
 * comes from with {@link #uid(String, UUID)}, and put the record's revision in {@code sequence}, not in the uid.
 *
 * @param uid         the stable, globally unique identifier (no white space, at most 255 characters)
 * @param summary     the one-line title, such as {@code "Crew call - Main Stage"}
 * @param description more detail, if any; it may span lines
 * @param location    where it happens, if not where the schedule is (a stage, a gate), as one line
 * @param start       when it starts
 * @param end         when it ends, after {@code start}
 * @param categories  labels such as {@code "Call"} or {@code "Set"}, possibly none; a repeated label is kept once
 * @param attendee    the person it is for, if any
 * @param sequence    the revision number, 0 for the first issue
 * @param status      whether it takes place
 */
public record ScheduleItem(
        String uid,
        String summary,
        Optional<String> description,
        Optional<String> location,
        Instant start,
        Instant end,
        List<String> categories,
        Optional<ScheduleAttendee> attendee,
        int sequence,
        ScheduleItemStatus status) {

    /** Start, then end, then uid: the order in which items are written and printed. */
    public static final Comparator<ScheduleItem> CHRONOLOGICAL = Comparator.comparing((ScheduleItem item) -> item.start())
            .thenComparing(item -> item.end()).thenComparing(item -> item.uid());

    /** The longest uid accepted. */
    public static final int MAX_UID_LENGTH = 255;
    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    /** Checks every field; the messages name the field and the rule. */
    public ScheduleItem {
        uid = Texts.line("item.uid", uid);
        if (uid.length() > MAX_UID_LENGTH || uid.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("item.uid must have no white space and at most " + MAX_UID_LENGTH + " characters");
        }
        summary = Texts.line("item.summary", summary);
        description = Texts.optionalBlock("item.description", description);
        location = Texts.optionalLine("item.location", location);
        Objects.requireNonNull(start, "item.start must not be null");
        Objects.requireNonNull(end, "item.end must not be null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("item.end must be after item.start (uid " + uid + ")");
        }
        categories = List.copyOf(new LinkedHashSet<>(Texts.lines("item.categories", categories)));
        Objects.requireNonNull(attendee, "item.attendee must not be null (use Optional.empty())");
        if (sequence < 0) {
            throw new IllegalArgumentException("item.sequence must not be negative");
        }
        Objects.requireNonNull(status, "item.status must not be null");
    }

    /**
     * A uid for an item derived from a record: {@code <source>-<id>@atlvs}, the same for every revision of the record.
     *
     * @param source the kind of record, lower case letters, digits and hyphens, such as {@code "call-sheet-entry"}
     * @param id     the record's id
     */
    public static String uid(String source, UUID id) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(id, "id must not be null");
        if (!SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("source must be lower case letters, digits and hyphens, starting with a letter");
        }
        return source + "-" + id + "@atlvs";
    }

    /** A builder: uid, summary, start and end are required; the item is confirmed, revision 0, unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this item's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().uid(uid).summary(summary).description(description).location(location).start(start).end(end)
                .categories(categories).attendee(attendee).sequence(sequence).status(status);
    }

    /** Builds a {@link ScheduleItem}; every check runs in {@link #build()}. */
    public static final class Builder {
        private String uid;
        private String summary;
        private Optional<String> description = Optional.empty();
        private Optional<String> location = Optional.empty();
        private Instant start;
        private Instant end;
        private List<String> categories = List.of();
        private Optional<ScheduleAttendee> attendee = Optional.empty();
        private int sequence;
        private ScheduleItemStatus status = ScheduleItemStatus.CONFIRMED;

        private Builder() {
        }

        /** The stable uid. */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /** The one-line title. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** More detail. */
        public Builder description(String description) {
            return description(Optional.of(description));
        }

        /** More detail, or none. */
        public Builder description(Optional<String> description) {
            this.description = description;
            return this;
        }

        /** Where it happens. */
        public Builder location(String location) {
            return location(Optional.of(location));
        }

        /** Where it happens, or nowhere in particular. */
        public Builder location(Optional<String> location) {
            this.location = location;
            return this;
        }

        /** When it starts. */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** When it ends. */
        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /** The labels. */
        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        /** The labels. */
        public Builder categories(String... categories) {
            return categories(List.of(categories));
        }

        /** The person it is for. */
        public Builder attendee(ScheduleAttendee attendee) {
            return attendee(Optional.of(attendee));
        }

        /** The person it is for, or nobody in particular. */
        public Builder attendee(Optional<ScheduleAttendee> attendee) {
            this.attendee = attendee;
            return this;
        }

        /** The revision number. */
        public Builder sequence(int sequence) {
            this.sequence = sequence;
            return this;
        }

        /** Whether it takes place. */
        public Builder status(ScheduleItemStatus status) {
            this.status = status;
            return this;
        }

        /** The item, checked. */
        public ScheduleItem build() {
            return new ScheduleItem(uid, summary, description, location, start, end, categories, attendee, sequence, status);
        }
    }
}
