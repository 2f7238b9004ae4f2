package dev.atlvs.programming.export;

import dev.atlvs.testing.property.Gen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Schedules for the export tests: one fixed festival day and seeded random ones. */
final class Schedules {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate FRIDAY = LocalDate.of(2026, 7, 3);
    static final Instant ISSUED = Instant.parse("2026-06-28T16:45:00Z");

    /** Text pieces that break naive writers: separators, escapes, markup, non-Latin scripts, surrogate pairs. */
    private static final String[] PIECES = {
        "a", "Z", "7", " ", "é", "ß", "Ø", "日本", "Ж", "ع", "😀", "🎸", "e\u0301", "\u00A0", "\u202E",
        "<", ">", "&", "&amp;", "\"", "'", ",", ";", ":", "\\", "\\n", "{{title}}", "<script>", "]]>", "=", "`",
        "BEGIN:VEVENT", "END:VCALENDAR", "x".repeat(90)
    };

    private Schedules() {
    }

    static ZonedDateTime friday(int hour, int minute) {
        return FRIDAY.atTime(hour, minute).atZone(BERLIN);
    }

    /** A Friday on a festival's main stage: calls, a set, a changeover, a tentative and a cancelled item. */
    static Schedule festivalFriday() {
        return Schedule.builder()
                .title("Call sheet - Friday")
                .subtitle("Riverside Festival 2026")
                .zone(BERLIN)
                .day(FRIDAY)
                .generatedAt(ISSUED)
                .location(ScheduleLocation.of("Riverside Park", "Gate C, Uferstraße 12", "10115 Berlin"))
                .addContact(ScheduleContact.of("Production manager", "Alex Kim", "+49 30 1234 5678"))
                .addContact(new ScheduleContact("Site medic", "Dr. Jo Weiß", Optional.empty(), Optional.of("medic@example.org")))
                .addNote(ScheduleNote.safety("Hard hats on the stage deck until doors.\nNo one under the rig during flying."))
                .addNote(ScheduleNote.parking("Crew parking at Gate C; show your pass."))
                .addNote(ScheduleNote.catering("Lunch 12:30-14:00 in the crew tent."))
                .addNote(ScheduleNote.weather("Dry, 24 °C, wind up to 30 km/h after 18:00."))
                .addItem(ScheduleItem.builder().uid("call-sheet-entry-1@atlvs").summary("Crew call - Main Stage")
                        .start(friday(8, 0).toInstant()).end(friday(9, 0).toInstant())
                        .attendee(new ScheduleAttendee("Sam Rivera", Optional.of("sam@example.org")))
                        .categories("Call").location("Main Stage, load-in ramp").build())
                .addItem(ScheduleItem.builder().uid("run-of-show-2@atlvs").summary("Doors")
                        .start(friday(16, 0).toInstant()).end(friday(16, 30).toInstant()).categories("Doors").build())
                .addItem(ScheduleItem.builder().uid("run-of-show-3@atlvs").summary("The Lumens, headline set")
                        .description("Set 75 min; encore 10 min.\nPyro cue at 22:50, cleared with the fire officer.")
                        .start(friday(21, 30).toInstant()).end(friday(22, 55).toInstant())
                        .categories("Set", "Headliner").sequence(3).build())
                .addItem(ScheduleItem.builder().uid("run-of-show-4@atlvs").summary("Changeover")
                        .start(friday(20, 45).toInstant()).end(friday(21, 30).toInstant()).categories("Changeover")
                        .status(ScheduleItemStatus.TENTATIVE).build())
                .addItem(ScheduleItem.builder().uid("run-of-show-5@atlvs").summary("Silent disco")
                        .start(friday(23, 0).toInstant()).end(FRIDAY.plusDays(1).atTime(1, 0).atZone(BERLIN).toInstant())
                        .attendee(ScheduleAttendee.named("Jamie Lee")).status(ScheduleItemStatus.CANCELLED).sequence(1).build())
                .build();
    }

    /** Text of 1 to {@code maxPieces} pieces, starting with a letter so it is never blank. */
    static String text(Gen gen, int maxPieces, boolean multiline) {
        StringBuilder text = new StringBuilder(gen.oneOf("Crew", "Set", "Ü", "日", "Load-in"));
        int pieces = gen.intBetween(0, maxPieces);
        for (int i = 0; i < pieces; i++) {
            text.append(multiline && gen.chance(0.08) ? gen.oneOf("\n", "\t", "\n\n") : gen.oneOf(PIECES));
        }
        return text.toString();
    }

    /**
     * Every zone id of this Java runtime, in a fixed order so that a seed replays; without the ids the iCalendar
     * library registers for itself (prefixed {@code ical4j}, some without rules, their names random per JVM).
     */
    static List<String> zoneIds() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> !id.startsWith("ical4j")).sorted().toList();
    }

    /**
     * A random schedule in a random zone; half the time on a day when the clocks change there, with items around
     * the change.
     */
    static Schedule random(Gen gen) {
        ZoneId zone = ZoneId.of(gen.oneOf(zoneIds().toArray(String[]::new)));
        Instant base = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(gen.longBetween(0, 2L * 365 * 86_400));
        Instant anchor = base;
        if (gen.chance(0.5)) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(base);
            if (transition != null && transition.getInstant().isBefore(Instant.parse("2027-06-01T00:00:00Z"))) {
                anchor = transition.getInstant();
            }
        }
        LocalDate day = anchor.atZone(zone).toLocalDate();
        List<ScheduleItem> items = new ArrayList<>();
        int count = gen.intBetween(0, 8);
        for (int i = 0; i < count; i++) {
            // Minutes around the anchor, so that on a transition day items start in, before and after the change.
            Instant start = anchor.plusSeconds(60L * gen.intBetween(-300, 300));
            Instant end = start.plusSeconds(60L * gen.intBetween(1, 600));
            ScheduleItem.Builder item = ScheduleItem.builder()
                    .uid(ScheduleItem.uid(gen.oneOf("call-sheet-entry", "run-of-show-slot"), new UUID(gen.random().nextLong(), i)))
                    .summary(text(gen, 30, false))
                    .start(start).end(end)
                    .sequence(gen.intBetween(0, 20))
                    .status(gen.oneOf(ScheduleItemStatus.class));
            if (gen.chance(0.6)) {
                item.description(text(gen, 60, true));
            }
            if (gen.chance(0.5)) {
                item.location(text(gen, 10, false));
            }
            if (gen.chance(0.5)) {
                item.categories(gen.listOf(1, 3, () -> text(gen, 4, false)));
            }
            if (gen.chance(0.3)) {
                item.attendee(gen.chance(0.5) ? ScheduleAttendee.named(text(gen, 5, false))
                        : new ScheduleAttendee(text(gen, 5, false), Optional.of("crew" + i + "@example.org")));
            }
            items.add(item.build());
        }
        Schedule.Builder schedule = Schedule.builder()
                .title(text(gen, 20, false))
                .zone(zone)
                .day(day)
                .generatedAt(anchor.minusSeconds(gen.longBetween(0, 30L * 86_400)))
                .addItems(items);
        if (gen.chance(0.5)) {
            schedule.subtitle(text(gen, 10, false));
        }
        if (gen.chance(0.5)) {
            schedule.location(new ScheduleLocation(text(gen, 6, false), gen.listOf(0, 3, () -> text(gen, 8, false))));
        }
        if (gen.chance(0.5)) {
            schedule.addContact(new ScheduleContact(text(gen, 4, false), text(gen, 4, false), Optional.of("+1 555 0100"), Optional.empty()));
        }
        if (gen.chance(0.5)) {
            schedule.addNote(new ScheduleNote(text(gen, 4, false), text(gen, 40, true)));
        }
        return schedule.build();
    }
}
