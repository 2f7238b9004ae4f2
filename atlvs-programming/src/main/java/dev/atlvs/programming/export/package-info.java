/**
 * Schedules for people and paper: a neutral model of a day's schedule ({@link dev.atlvs.programming.export.Schedule}
 * of {@link dev.atlvs.programming.export.ScheduleItem}s, with location, contacts and notes) into which call sheets
 * and the run of show are mapped, written as iCalendar for calendar applications and as printable HTML and PDF.
 *
 * <pre>{@code
 * ZoneId london = ZoneId.of("Europe/London");
 * Schedule day = Schedule.builder().title("Call sheet - Friday").zone(london).day(LocalDate.of(2026, 7, 3))
 *         .generatedAt(issuedAt).location(ScheduleLocation.of("Riverside Park", "Gate C, Riverside Road", "London SE1"))
 *         .addContact(ScheduleContact.of("Production manager", "Alex Kim", "+44 20 7946 0000"))
 *         .addNote(ScheduleNote.safety("Hard hats on the stage deck until doors."))
 *         .addItem(ScheduleItem.builder().uid(ScheduleItem.uid("call-sheet-entry", entryId)).sequence(revision)
 *                 .summary("Crew call - Main Stage").start(call).end(wrap).attendee(ScheduleAttendee.named("Sam Rivera"))
 *                 .categories("Call").build())
 *         .build();
 *
 * String ics = new ICalendarExport().calendar(day);                          // text/calendar, METHOD:PUBLISH
 * String feed = new ICalendarExport().feed("Sam Rivera - Riverside", days);  // several days in one subscription
 * byte[] pdf = new ScheduleDocument().pdf(day, ZoneId.of("America/New_York")); // with a "your time" column
 * }</pre>
 *
 * <p>Every text is checked when the model is built (no control characters, no blank required text) and escaped by the
 * renderers; the same input always gives the same output.
 */
package dev.atlvs.programming.export;
