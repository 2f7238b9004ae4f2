package dev.atlvs.programming.callsheet;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A call sheet as people read it: each call and wrap in the sheet's (the event's) time zone and in the viewer's, with the
 * state of each person's acknowledgement. A plain data model (records only) that renderers (a screen, iCalendar, PDF)
 * read; the instants are the stored ones and the local times derive from them through the zone rules, so a call across a
 * daylight-saving change shows the wall-clock time of that instant.
 *
 * <pre>{@code
 * CallSheetView view = new CallSheetService(tx).view(sheet.id(), ZoneId.of("America/New_York"));
 * for (CallSheetView.CallView call : view.calls()) {
 *     System.out.println(call.role().orElse("") + " " + call.callLocal().toLocalTime() + " (" + call.callViewer() + ")");
 * }
 * }</pre>
 *
 * @param callSheetId      the sheet
 * @param title            its title
 * @param callType         who it calls
 * @param status           its status
 * @param eventDate        its date, in {@code zone}
 * @param zone             the sheet's (the event's) time zone
 * @param viewer           the viewer's time zone
 * @param generalCall      the general call in {@code zone}, if set
 * @param generalCallViewer the general call in the viewer's zone, if set
 * @param revision         the sheet's revision
 * @param distributedRevision the last distributed revision (0 before the first distribution)
 * @param calls            the calls, by call time
 */
public record CallSheetView(UUID callSheetId, String title, CallType callType, CallSheetStatus status, LocalDate eventDate,
                            ZoneId zone, ZoneId viewer, Optional<ZonedDateTime> generalCall,
                            Optional<ZonedDateTime> generalCallViewer, int revision, int distributedRevision,
                            List<CallView> calls) {

    public CallSheetView {
        requireNonNull(callSheetId, "callSheetId is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(viewer, "viewer is null");
        calls = List.copyOf(calls);
    }

    /** Whether a person has acknowledged their call, and which revision. */
    public enum Acknowledgement {
        /** Not acknowledged. */
        NONE,
        /** Acknowledged at the last distributed revision. */
        CURRENT,
        /** Acknowledged at an earlier revision: the call has been redistributed since. */
        STALE
    }

    /**
     * One person's call.
     *
     * @param entryId        the call
     * @param personId       the person
     * @param role           their role, if any
     * @param department     their department, if any
     * @param callAt         when they report
     * @param wrapAt         when they wrap
     * @param callLocal      the call in the sheet's zone
     * @param wrapLocal      the wrap in the sheet's zone
     * @param callViewer     the call in the viewer's zone
     * @param wrapViewer     the wrap in the viewer's zone
     * @param wrapsNextDay   whether the wrap falls after midnight of the sheet's date, in the sheet's zone
     * @param locationNote   where they report, if said
     * @param acknowledgement the state of their acknowledgement
     * @param acknowledgedAt when they acknowledged, if they did
     * @param acknowledgedRevision the revision they acknowledged, if they did
     */
    public record CallView(UUID entryId, UUID personId, Optional<String> role, Optional<String> department, Instant callAt,
                           Instant wrapAt, ZonedDateTime callLocal, ZonedDateTime wrapLocal, ZonedDateTime callViewer,
                           ZonedDateTime wrapViewer, boolean wrapsNextDay, Optional<String> locationNote,
                           Acknowledgement acknowledgement, Optional<Instant> acknowledgedAt,
                           Optional<Integer> acknowledgedRevision) {}

    /** The view of {@code sheet} with {@code entries}, {@code distributedRevision} the last distributed (0 if none). */
    public static CallSheetView of(CallSheet sheet, List<CallSheetEntry> entries, int distributedRevision, ZoneId viewer) {
        ZoneId zone = sheet.zone();
        Optional<ZonedDateTime> call = sheet.callTime().map(t -> ZonedDateTime.of(sheet.eventDate(), t, zone));
        List<CallView> calls = entries.stream().map(e -> callView(sheet, e, zone, viewer, distributedRevision)).toList();
        return new CallSheetView(sheet.id(), sheet.title(), sheet.callType(), sheet.status(), sheet.eventDate(), zone, viewer,
                call, call.map(c -> c.withZoneSameInstant(viewer)), sheet.revision(), distributedRevision, calls);
    }

    /** The general call as a local time in the sheet's zone, if set. */
    public Optional<LocalTime> generalCallTime() {
        return generalCall.map(ZonedDateTime::toLocalTime);
    }

    /** The call of {@code personId}, if they are called. */
    public Optional<CallView> callOf(UUID personId) {
        return calls.stream().filter(c -> c.personId().equals(personId)).findFirst();
    }

    private static CallView callView(CallSheet sheet, CallSheetEntry entry, ZoneId zone, ZoneId viewer, int distributedRevision) {
        ZonedDateTime callLocal = entry.callAt().atZone(zone);
        ZonedDateTime wrapLocal = entry.wrapAt().atZone(zone);
        Acknowledgement acknowledgement = entry.acknowledgedRevision()
                .map(r -> r < distributedRevision ? Acknowledgement.STALE : Acknowledgement.CURRENT)
                .orElse(Acknowledgement.NONE);
        return new CallView(entry.id(), entry.personId(), entry.role(), entry.department(), entry.callAt(), entry.wrapAt(),
                callLocal, wrapLocal, entry.callAt().atZone(viewer), entry.wrapAt().atZone(viewer),
                wrapLocal.toLocalDate().isAfter(sheet.eventDate()), entry.locationNote(), acknowledgement,
                entry.acknowledgedAt(), entry.acknowledgedRevision());
    }
}
