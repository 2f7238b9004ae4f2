package dev.atlvs.programming.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes schedules as iCalendar (RFC 5545) text: one {@code VCALENDAR} with {@code METHOD:PUBLISH}, a
 * {@code VTIMEZONE} for each time zone used (from the iCalendar library's bundled time zone data) and a
 * {@code VEVENT} per item, its start and end in the schedule's zone.
 *
 * <pre>{@code
 * ICalendarExport ics = new ICalendarExport();
 * String day = ics.calendar(schedule);                               // one day, to attach to an e-mail
 * String feed = ics.feed("Sam Rivera - Riverside 2026", schedules); // a crew member's subscription
 * }</pre>
 *
 * <p>Each event carries {@code UID} (the item's uid), {@code SEQUENCE} (its revision), {@code DTSTAMP} (the schedule's
 * generated-at instant), {@code STATUS}, {@code SUMMARY} and, when present, {@code DESCRIPTION}, {@code LOCATION}
 * (the item's, else the schedule's), {@code CATEGORIES} and {@code ATTENDEE}. The output depends only on the
 * schedules: the same input gives the same text. Lines end in CRLF and are folded and escaped by the library.
 *
 * <p>A time that falls in the repeated hour when clocks go back cannot be told apart in local time (RFC 5545 reads
 * it as the first occurrence), so such a start or end is written in UTC instead; a zone the library has no
 * definition for, or a fixed offset, is written in UTC throughout. Instances are immutable and thread-safe.
 */
public final class ICalendarExport {
    /** The media type of the output. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    /** The product identifier written when none is given. */
    public static final String DEFAULT_PRODUCT_ID = "-//ATLVS//Programming schedules//EN";

    private final String productId;

    /** An export that names itself {@value #DEFAULT_PRODUCT_ID}. */
    public ICalendarExport() {
        this(DEFAULT_PRODUCT_ID);
    }

    /**
     * An export that names the host application in {@code PRODID}.
     *
     * @param productId a globally unique product identifier, such as {@code "-//Example Productions//Crew app//EN"}
     */
    public ICalendarExport(String productId) {
        this.productId = Texts.line("productId", productId);
    }

    /** The schedule as an iCalendar object named after its title. */
    public String calendar(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        return write(schedule.title(), List.of(schedule), schedule.zone());
    }

    /**
     * Several schedules (a crew member's days, every stage of a festival) as one iCalendar object, for a calendar
     * subscription. Item uids must be unique across the schedules.
     *
     * @param name      the calendar's name, shown by calendar applications ({@code X-WR-CALNAME})
     * @param schedules the schedules, possibly in different zones; possibly none
     */
    public String feed(String name, List<Schedule> schedules) {
        String calendarName = Texts.line("name", name);
        List<Schedule> all = Texts.list("schedules", schedules);
        Set<String> uids = new HashSet<>();
        for (Schedule schedule : all) {
            for (ScheduleItem item : schedule.items()) {
                if (!uids.add(item.uid())) {
                    throw new IllegalArgumentException("schedules must have unique item uids; " + item.uid() + " appears twice");
                }
            }
        }
        return write(calendarName, all, null);
    }

    /** {@link #calendar(Schedule)} as UTF-8 bytes. */
    public byte[] calendarBytes(Schedule schedule) {
        return calendar(schedule).getBytes(StandardCharsets.UTF_8);
    }

    private String write(String name, List<Schedule> schedules, ZoneId calendarZone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));

        Set<String> zoneIds = new TreeSet<>();
        for (Schedule schedule : schedules) {
            if (definition(registry, schedule.zone()) != null) {
                zoneIds.add(schedule.zone().getId());
            }
        }
        if (calendarZone != null && zoneIds.contains(calendarZone.getId())) {
            calendar.add(new XProperty("X-WR-TIMEZONE", calendarZone.getId()));
        }
        for (String zoneId : zoneIds) {
            calendar.add(definition(registry, ZoneId.of(zoneId)));
        }

        for (Schedule schedule : schedules) {
            boolean local = definition(registry, schedule.zone()) != null;
            List<ScheduleItem> items = new ArrayList<>(schedule.items());
            items.sort(ScheduleItem.CHRONOLOGICAL);
            for (ScheduleItem item : items) {
                calendar.add(event(schedule, item, local));
            }
        }

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VTimeZone definition(TimeZoneRegistry registry, ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return null;
        }
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        return timeZone == null ? null : timeZone.getVTimeZone();
    }

    private static VEvent event(Schedule schedule, ScheduleItem item, boolean local) {
        VEvent event = new VEvent(false);
        event.add(new Uid(item.uid()));
        event.add(new DtStamp(schedule.generatedAt()));
        event.add(new DtStart<>(time(item.start(), schedule.zone(), local)));
        event.add(new DtEnd<>(time(item.end(), schedule.zone(), local)));
        event.add(new Sequence(item.sequence()));
        event.add(status(item.status()));
        event.add(new Summary(item.summary()));
        description(item).ifPresent(text -> event.add(new Description(text)));
        item.location().or(() -> schedule.location().map(ScheduleLocation::oneLine))
                .ifPresent(where -> event.add(new Location(where)));
        if (!item.categories().isEmpty()) {
            event.add(new Categories(new TextList(item.categories())));
        }
        item.attendee().flatMap(a -> a.email().map(email -> attendee(a.name(), email)))
                .ifPresent(event::add);
        return event;
    }

    private static java.util.Optional<String> description(ScheduleItem item) {
        java.util.Optional<String> person = item.attendee().filter(a -> a.email().isEmpty()).map(a -> "For: " + a.name());
        if (person.isEmpty()) {
            return item.description();
        }
        return java.util.Optional.of(item.description().map(d -> d + "\n" + person.get()).orElse(person.get()));
    }

    /**
     * The instant as local time in the zone, unless that local time is the second occurrence in an overlap (or the
     * zone has no definition), in which case it is written in UTC.
     */
    private static Temporal time(Instant instant, ZoneId zone, boolean local) {
        if (!local) {
            return instant;
        }
        ZonedDateTime zoned = instant.atZone(zone);
        if (!zoned.withEarlierOffsetAtOverlap().toInstant().equals(instant)) {
            return instant;
        }
        return zoned;
    }

    private static Status status(ScheduleItemStatus status) {
        switch (status) {
            case TENTATIVE:
                return ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED:
                return ImmutableStatus.VEVENT_CANCELLED;
            default:
                return ImmutableStatus.VEVENT_CONFIRMED;
        }
    }

    private static Attendee attendee(String name, String email) {
        try {
            // A double quote cannot stand in a parameter value (RFC 5545 section 3.2).
            ParameterList parameters = new ParameterList(List.of(new Cn(name.replace('"', '\''))));
            return new Attendee(parameters, new URI("mailto", email, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("attendee.email is not a valid address", e);
        }
    }
}
