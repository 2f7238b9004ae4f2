package dev.atlvs.programming.callsheet;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.export.ICalendarExport;
import dev.atlvs.programming.export.Schedule;
import dev.atlvs.programming.export.ScheduleAttendee;
import dev.atlvs.programming.export.ScheduleDocument;
import dev.atlvs.programming.export.ScheduleItem;
import dev.atlvs.programming.export.ScheduleLocation;
import dev.atlvs.programming.export.ScheduleNote;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A call sheet for calendars and paper: the whole sheet, or one person's call, as a {@link Schedule} that
 * {@link ICalendarExport} writes as iCalendar (crew calendars subscribe to it) and {@link ScheduleDocument} as printable
 * HTML or PDF. Each call keeps one uid across revisions and carries the sheet's revision as its sequence, so a calendar
 * updates the call when the sheet is redistributed.
 *
 * <pre>{@code
 * CallSheetExports exports = new CallSheetExports(tx);
 * String ics = new ICalendarExport().calendar(exports.callOf(sheet.id(), ana.id()));
 * byte[] pdf = new ScheduleDocument().pdf(exports.sheet(sheet.id()), ZoneId.of("America/New_York"));
 * }</pre>
 */
public final class CallSheetExports {
    private final TenantTransaction tx;

    public CallSheetExports(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The whole sheet: every call, the location and the safety, parking and catering notes. */
    public Schedule sheet(UUID callSheetId) {
        return schedule(callSheetId, entry -> true);
    }

    /** One person's call on the sheet (no item when the sheet does not call them). */
    public Schedule callOf(UUID callSheetId, UUID personId) {
        requireNonNull(personId, "personId is null");
        return schedule(callSheetId, entry -> entry.personId().equals(personId));
    }

    private Schedule schedule(UUID callSheetId, Predicate<CallSheetEntry> included) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        CallSheet sheet = tx.repository(CallSheetRepository.class).get(requireNonNull(callSheetId, "callSheetId is null"));
        ZoneId zone = sheet.zone();
        Schedule.Builder schedule = Schedule.builder().title(sheet.title())
                .subtitle(sheet.callType().name().charAt(0) + sheet.callType().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                        + " call, revision " + sheet.revision())
                .zone(zone).day(sheet.eventDate()).generatedAt(sheet.distributedAt().orElse(tx.now()));
        sheet.locationNote().ifPresent(note -> schedule.location(ScheduleLocation.of(note)));
        sheet.safetyNotes().ifPresent(text -> schedule.addNote(ScheduleNote.safety(text)));
        sheet.parkingInfo().ifPresent(text -> schedule.addNote(ScheduleNote.parking(text)));
        sheet.cateringInfo().ifPresent(text -> schedule.addNote(ScheduleNote.catering(text)));
        PersonService people = new PersonService(tx);
        List<CallSheetEntry> entries = tx.repository(CallSheetEntryRepository.class).ofSheet(callSheetId);
        for (CallSheetEntry entry : entries) {
            if (!included.test(entry)) {
                continue;
            }
            Person person = people.get(entry.personId());
            String what = entry.role().map(role -> role + " call").orElse("Call");
            schedule.addItem(ScheduleItem.builder().uid(ScheduleItem.uid("call-sheet-entry", entry.id())).sequence(sheet.revision())
                    .summary(what + " - " + person.displayName()).description(entry.notes())
                    .location(entry.locationNote().or(sheet::locationNote)).start(entry.callAt()).end(entry.wrapAt())
                    .attendee(ScheduleAttendee.named(person.displayName()))
                    .categories(entry.department().map(List::of).orElse(List.of("Call"))).build());
        }
        return schedule.build();
    }
}
