package dev.atlvs.programming.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes schedules as iCalendar (RFC 5545) text: one {@code VCALENDAR} with {@code METHOD:PUBLISH}, a
 * {@code VTIMEZONE} for each time zone used (built from Java's time zone rules) and a
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
 * it as the first occurrence), so such a start or end is written in UTC instead; a fixed offset is written in UTC
 * throughout. Local times and the VTIMEZONE both come from Java's rules: the VTIMEZONE lists the observances from a year
 * before the first item to a year after the last. Lines are folded after 75 characters, or after 25 where that would
 * exceed 75 octets. Instances are immutable and thread-safe.
 *
 * <p>The export never touches the iCalendar library's own time zone registry, which would register a
 * {@link java.time.zone.ZoneRulesProvider} with the whole JVM (adding ids to {@link ZoneId#getAvailableZoneIds()}):
 * a host's own use of time zones is left as it was.
 */
public final class ICalendarExport {
    /** The media type of the output. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    /** The product identifier written when none is given. */
    public static final String DEFAULT_PRODUCT_ID = "-//ATLVS//Programming schedules//EN";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

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
        Window window = Window.of(schedules);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));

        Map<String, VTimeZone> definitions = new TreeMap<>();
        for (Schedule schedule : schedules) {
            definition(schedule.zone(), window).ifPresent(d -> definitions.put(d.zone().getId(), d.component()));
        }
        if (calendarZone != null) {
            definition(calendarZone, window).ifPresent(d -> calendar.add(new XProperty("X-WR-TIMEZONE", d.zone().getId())));
        }
        definitions.values().forEach(calendar::add);

        for (Schedule schedule : schedules) {
            Definition zone = definition(schedule.zone(), window).orElse(null);
            List<ScheduleItem> items = new ArrayList<>(schedule.items());
            items.sort(ScheduleItem.CHRONOLOGICAL);
            for (ScheduleItem item : items) {
                calendar.add(event(schedule, item, zone));
            }
        }

        String text = output(calendar, FoldingWriter.MAX_FOLD_LENGTH);
        if (text.lines().anyMatch(line -> line.getBytes(StandardCharsets.UTF_8).length > FoldingWriter.MAX_FOLD_LENGTH)) {
            // The library folds after a number of characters; RFC 5545 counts octets. A character takes at most
            // three octets in UTF-8, so folding after 25 keeps every line of non-ASCII text within 75 octets.
            text = output(calendar, FoldingWriter.MAX_FOLD_LENGTH / 3);
        }
        return text;
    }

    private static String output(Calendar calendar, int foldLength) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, foldLength).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A zone and its VTIMEZONE, built from Java's rules. */
    private record Definition(ZoneId zone, VTimeZone component) {
    }

    /** The span of time the VTIMEZONE definitions cover: a year either side of the schedules' items. */
    private record Window(Instant from, Instant to) {
        static Window of(List<Schedule> schedules) {
            Instant first = null;
            Instant last = null;
            for (Schedule schedule : schedules) {
                Instant day = schedule.day().atStartOfDay(ZoneOffset.UTC).toInstant();
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
                for (ScheduleItem item : schedule.items()) {
                    first = item.start().isBefore(first) ? item.start() : first;
                    last = item.end().isAfter(last) ? item.end() : last;
                }
            }
            Instant now = first == null ? Instant.EPOCH : first;
            return new Window(now.minus(Duration.ofDays(366)), (last == null ? now : last).plus(Duration.ofDays(366)));
        }
    }

    /**
     * The VTIMEZONE of a region zone, from Java's rules (the same rules the local times are computed with): the
     * observance in force at the window's start, then one observance per transition within the window, each starting at
     * the local time before the transition as RFC 5545 (section 3.6.5) asks. A fixed offset has no definition: its times
     * are written in UTC. Nothing of the iCalendar library's own time zone registry is used, which would register a
     * time zone provider with the whole JVM.
     */
    private static Optional<Definition> definition(ZoneId zone, Window window) {
        if (zone instanceof ZoneOffset) {
            return Optional.empty();
        }
        ZoneRules rules = zone.getRules();
        VTimeZone component = new VTimeZone();
        component.add(new TzId(zone.getId()));
        ZoneOffset offset = rules.getOffset(window.from());
        ZoneOffsetTransition before = rules.previousTransition(window.from());
        LocalDateTime firstStart = before == null
                ? LocalDateTime.of(1970, 1, 1, 0, 0)
                : before.getDateTimeBefore();
        component.add(observance(rules.isDaylightSavings(window.from()), firstStart,
                before == null ? offset : before.getOffsetBefore(), offset));
        ZoneOffsetTransition next = rules.nextTransition(window.from());
        while (next != null && next.getInstant().isBefore(window.to())) {
            component.add(observance(rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(), next.getOffsetBefore(),
                    next.getOffsetAfter()));
            next = rules.nextTransition(next.getInstant());
        }
        return Optional.of(new Definition(zone, component));
    }

    private static net.fortuna.ical4j.model.component.Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from,
            ZoneOffset to) {
        net.fortuna.ical4j.model.component.Observance observance = daylight
                ? new net.fortuna.ical4j.model.component.Daylight()
                : new net.fortuna.ical4j.model.component.Standard();
        observance.add(new DtStart<>(start));
        observance.add(new net.fortuna.ical4j.model.property.TzOffsetFrom(from));
        observance.add(new net.fortuna.ical4j.model.property.TzOffsetTo(to));
        return observance;
    }

    /** The Java zone of a TZID, if Java knows it by that name. */
    private static Optional<ZoneId> javaZone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static VEvent event(Schedule schedule, ScheduleItem item, Definition zone) {
        VEvent event = new VEvent(false);
        event.add(new Uid(item.uid()));
        event.add(new DtStamp(schedule.generatedAt()));
        event.add(time(item.start(), zone, DtStart::new));
        event.add(time(item.end(), zone, DtEnd::new));
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

    private static Optional<String> description(ScheduleItem item) {
        Optional<String> person = item.attendee().filter(a -> a.email().isEmpty()).map(a -> "For: " + a.name());
        if (person.isEmpty()) {
            return item.description();
        }
        return Optional.of(item.description().map(d -> d + "\n" + person.get()).orElse(person.get()));
    }

    /**
     * The instant as local time in the zone (by Java's rules), with its TZID; in UTC instead where local time would
     * not say the same instant: the second occurrence of a repeated hour, or a zone without a definition.
     */
    private static DateProperty<?> time(Instant instant, Definition zone, Function<Temporal, DateProperty<?>> property) {
        if (zone == null) {
            return property.apply(instant);
        }
        ZonedDateTime zoned = instant.atZone(zone.zone());
        boolean firstOccurrence = zoned.withEarlierOffsetAtOverlap().toInstant().equals(instant);
        if (firstOccurrence) {
            DateProperty<?> local = property.apply(zoned);
            local.setTimeZoneRegistry(new JavaZone(zone));
            if (local.getValue().equals(LOCAL.format(zoned))) {
                return local;
            }
        }
        return property.apply(instant);
    }

    /**
     * Resolves the TZID of one written time to Java's zone, so that the library formats the local time by Java's
     * rules rather than by rules it derives from its VTIMEZONE data (which it derives wrongly for zones that have
     * stopped changing their clocks, such as Europe/Moscow).
     */
    private static final class JavaZone implements TimeZoneRegistry {
        private final Definition zone;

        JavaZone(Definition zone) {
            this.zone = zone;
        }

        @Override
        public void register(TimeZone timezone) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void register(TimeZone timezone, boolean update) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public TimeZone getTimeZone(String id) {
            return null;
        }

        @Override
        public Map<String, ZoneRules> getZoneRules() {
            return Map.of(zone.zone().getId(), zone.zone().getRules());
        }

        @Override
        public ZoneId getZoneId(String tzId) {
            if (!zone.zone().getId().equals(tzId)) {
                throw new DateTimeException("Unknown timezone identifier [" + tzId + "]");
            }
            return zone.zone();
        }

        @Override
        public String getTzId(String zoneId) {
            return zone.zone().getId().equals(zoneId) ? zoneId : null;
        }
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
