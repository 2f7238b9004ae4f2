package dev.atlvs.programming.runofshow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The run of show of one stage on one show day: its items in time order (setup, doors, each set with the changeover
 * before it, the end, the curfew, teardown), with instants and local times in the events' time zone. A plain data model:
 * exporters render it as they like, in the venue's zone or, through {@link #inZone(ZoneId)}, in a viewer's.
 *
 * @param spaceId   the stage
 * @param spaceName the stage's name
 * @param date      the show day (the local date of the events' start in their zone)
 * @param zone      the zone of the day's events (the first event's), UTC when the stage has no event that day
 * @param items     the items, ordered by instant and then by {@link ItemKind}
 */
public record RunOfShow(UUID spaceId, String spaceName, LocalDate date, ZoneId zone, List<RunOfShowItem> items) {

    /** The order of items: by instant, then by kind (doors before the first changeover at the same instant). */
    public static final Comparator<RunOfShowItem> ORDER = Comparator.comparing(RunOfShowItem::at)
            .thenComparing(RunOfShowItem::kind);

    public RunOfShow {
        requireNonNull(spaceId, "spaceId is null");
        requireNonNull(spaceName, "spaceName is null");
        requireNonNull(date, "date is null");
        requireNonNull(zone, "zone is null");
        items = items.stream().sorted(ORDER).toList();
    }

    /**
     * An item as a viewer in another zone sees it.
     *
     * @param item  the item
     * @param at    its start in the viewer's zone
     * @param until its end in the viewer's zone, for spans
     */
    public record Viewed(RunOfShowItem item, ZonedDateTime at, Optional<ZonedDateTime> until) {}

    /** The items with their times in {@code viewer}'s zone, in the same order. */
    public List<Viewed> inZone(ZoneId viewer) {
        requireNonNull(viewer, "viewer is null");
        return items.stream().map(i -> new Viewed(i, i.at().atZone(viewer), i.until().map(u -> u.atZone(viewer)))).toList();
    }

    /** The items of one kind, in order. */
    public List<RunOfShowItem> ofKind(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
    /** How long a point of the run of show (doors, end, curfew, end of teardown) lasts in a calendar: one minute. */
    public static final java.time.Duration CUE = java.time.Duration.ofMinutes(1);

    /**
     * The run of show as a schedule for {@link dev.atlvs.programming.export.ICalendarExport} and
     * {@link dev.atlvs.programming.export.ScheduleDocument}: one item per line, in the events' zone. Spans (setup, a
     * changeover, a set) keep their times; points (doors, end, curfew, end of teardown) become one-minute cues. Each
     * item's uid is stable across regenerations (the line's kind and its slot or event), so a calendar that subscribes
     * updates the line instead of adding another.
     *
     * @param generatedAt when the document is made (its DTSTAMP)
     */
    public dev.atlvs.programming.export.Schedule toSchedule(Instant generatedAt) {
        requireNonNull(generatedAt, "generatedAt is null");
        dev.atlvs.programming.export.Schedule.Builder schedule = dev.atlvs.programming.export.Schedule.builder()
                .title("Run of show - " + spaceName).subtitle(date.toString()).zone(zone).day(date).generatedAt(generatedAt);
        for (RunOfShowItem item : items) {
            String kind = item.kind().name().toLowerCase(java.util.Locale.ROOT);
            schedule.addItem(dev.atlvs.programming.export.ScheduleItem.builder()
                    .uid(dev.atlvs.programming.export.ScheduleItem.uid("run-of-show-" + kind, item.slotId().orElse(item.eventId())))
                    .summary(item.title()).location(spaceName).start(item.at()).end(item.until().orElse(item.at().plus(CUE)))
                    .categories(Character.toUpperCase(kind.charAt(0)) + kind.substring(1)).build());
        }
        return schedule.build();
    }
}
