package dev.atlvs.programming.callsheet;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationPriority;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.callsheet.CallSheetEntryRepository.Login;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Call sheets and their calls: writing them, publishing, distributing (with a snapshot of the calls and a notification of
 * exactly the people whose call changed since the last distribution), acknowledging and cancelling.
 *
 * <p>The database holds the rules of a call whichever code writes it (a confirmed booking on the project covers it, the
 * person is on one call at a time, the call lies on the sheet's date) and commits the person's time for it; this service
 * checks the same rules first and reports them under the same names. An edit of a distributed sheet, or of one of its
 * calls, makes the sheet {@link CallSheetStatus#UPDATED} with the next revision; {@link #distribute} sends it again.
 *
 * <pre>{@code
 * CallSheetService sheets = new CallSheetService(tx);
 * CallSheet friday = sheets.create(CallSheet.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .eventId(mainStageFriday.id()).title("Main Stage crew call").callType(CallType.CREW)
 *         .eventDate(LocalDate.of(2026, 7, 10)).callTime(LocalTime.of(8, 0)).build());
 * sheets.call(CallSheetEntry.builder().organizationId(tx.organizationId()).callSheetId(friday.id()).personId(ana.id())
 *         .role("Head rigger").callAt(Instant.parse("2026-07-10T07:00:00Z")).wrapAt(Instant.parse("2026-07-10T19:00:00Z")).build());
 * sheets.publish(friday.id());
 * Distribution sent = sheets.distribute(friday.id());   // everyone called is notified
 * sheets.moveCall(anaCall.id(), later, laterWrap);      // the sheet is updated, revision 2
 * Distribution again = sheets.distribute(friday.id());  // only Ana is notified
 * }</pre>
 */
public final class CallSheetService {

    /** The notification type of a call sheet distributed to a person. */
    public static final String DISTRIBUTED = "call_sheet.distributed";

    /** The notification type of a change of a person's call in a later revision. */
    public static final String CALL_CHANGED = "call_sheet.call_changed";

    /** The notification type of a person removed from a distributed call sheet. */
    public static final String CALL_REMOVED = "call_sheet.call_removed";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final TenantTransaction tx;

    public CallSheetService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * The result of a distribution.
     *
     * @param sheet     the sheet, distributed
     * @param revision  the revision distributed (its snapshot)
     * @param diff      what changed since the previous distribution (everyone added at the first)
     * @param notified  the notifications sent, one per notified person with a login
     */
    public record Distribution(CallSheet sheet, CallSheetRevision revision, RevisionDiff diff, List<Notification> notified) {
        public Distribution {
            notified = List.copyOf(notified);
        }
    }

    private CallSheetRepository sheets() {
        return tx.repository(CallSheetRepository.class);
    }

    private CallSheetEntryRepository entries() {
        return tx.repository(CallSheetEntryRepository.class);
    }

    private CallSheetRevisionRepository revisions() {
        return tx.repository(CallSheetRevisionRepository.class);
    }

    // --- sheets ---

    /** Adds a call sheet (a draft unless said otherwise); its time zone comes from the event when not given. */
    public CallSheet create(CallSheet sheet) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_CREATE);
        return sheets().insert(sheet);
    }

    /**
     * Changes a call sheet's content. A distributed sheet becomes {@link CallSheetStatus#UPDATED} with the next revision;
     * its status is moved only through {@link #publish}, {@link #distribute} and {@link #cancel}.
     */
    public CallSheet update(CallSheet sheet) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_UPDATE);
        CallSheet stored = sheets().get(sheet.id());
        requireEditable(stored);
        if (!sheet.eventDate().equals(stored.eventDate()) || !sheet.timezone().equals(stored.timezone())) {
            java.time.ZoneId zone = sheet.timezone().map(java.time.ZoneId::of).orElse(stored.zone());
            if (entries().ofSheet(sheet.id()).stream().anyMatch(entry -> entry.live()
                    && !LocalDate.ofInstant(entry.callAt(), zone).equals(sheet.eventDate()))) {
                throw ProgrammingRules.CALL_SHEETS_CALLS_ON_DATE.exception();
            }
        }
        sheets().update(ImmutableCallSheet.copyOf(sheet).withStatus(stored.status()).withRevision(stored.revision())
                .withDistributedAt(stored.distributedAt()));
        return sheets().get(sheet.id());
    }

    /** The call sheet. */
    public CallSheet get(UUID callSheetId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return sheets().get(callSheetId);
    }

    /** The live call sheets of a project, by date. */
    public List<CallSheet> ofProject(UUID projectId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return sheets().ofProject(projectId);
    }

    /** Publishes a draft (visible to the production, not yet sent to the people called). */
    public CallSheet publish(UUID callSheetId) {
        return move(callSheetId, CallSheetStatus.PUBLISHED);
    }

    /**
     * Distributes a published or updated sheet: the database snapshots its calls under its revision, and each person whose
     * call changed since the last distribution (everyone at the first one), was added or was removed is notified, and
     * nobody else.
     */
    public Distribution distribute(UUID callSheetId) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_UPDATE);
        CallSheet sheet = CallSheetStatus.LIFECYCLE.require(sheets().get(callSheetId), CallSheetStatus.DISTRIBUTED);
        RevisionDiff diff = diff(sheet);
        sheets().update(ImmutableCallSheet.copyOf(sheet).withStatus(CallSheetStatus.DISTRIBUTED).withDistributedAt(tx.now()));
        CallSheet distributed = sheets().get(callSheetId);
        CallSheetRevision revision = revisions().lastOf(callSheetId).orElseThrow();
        return new Distribution(distributed, revision, diff, notify(distributed, diff));
    }

    /** What the next distribution would send: the calls now against the last distributed revision. */
    public RevisionDiff pendingChanges(UUID callSheetId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return diff(sheets().get(callSheetId));
    }

    /** The diff between two distributed revisions of a sheet. */
    public RevisionDiff diff(UUID callSheetId, int fromRevision, int toRevision) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        List<CallSheetRevision> all = revisions().ofSheet(callSheetId);
        CallSheetRevision from = revision(all, callSheetId, fromRevision);
        CallSheetRevision to = revision(all, callSheetId, toRevision);
        Map<UUID, RevisionDiff.Call> before = calls(from);
        Map<UUID, RevisionDiff.Call> after = calls(to);
        return RevisionDiff.of(fromRevision, before, toRevision, after);
    }

    /** The distributed revisions of a sheet, oldest first. */
    public List<CallSheetRevision> revisions(UUID callSheetId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return revisions().ofSheet(callSheetId);
    }

    /** Cancels a sheet: its calls stop standing and release the people's time. */
    public CallSheet cancel(UUID callSheetId) {
        return move(callSheetId, CallSheetStatus.CANCELLED);
    }

    /** Deletes a sheet (it can be restored); its calls release the people's time. */
    public void delete(UUID callSheetId) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_DELETE);
        sheets().softDelete(sheets().get(callSheetId));
    }

    /** Restores a deleted sheet; its calls stand again, refused if a person has been called elsewhere meanwhile. */
    public CallSheet restore(UUID callSheetId) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_DELETE);
        return sheets().restore(sheets().findIncludingDeleted(callSheetId)
                .orElseThrow(() -> NotFoundException.of("CallSheet", callSheetId)));
    }

    // --- calls ---

    /** The calls of a sheet, by call time. */
    public List<CallSheetEntry> calls(UUID callSheetId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return entries().ofSheet(callSheetId);
    }

    /**
     * Calls a person: refused when no confirmed booking of theirs on the sheet's project covers the call
     * ({@code call_sheet_entries_assignment}), when they are on another call then ({@code call_sheet_entries_one_call}) or
     * when the call does not start on the sheet's date ({@code call_sheet_entries_on_event_date}).
     */
    public CallSheetEntry call(CallSheetEntry entry) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_CREATE);
        tx.validate("CallSheetEntry", entry);
        CallSheet sheet = sheets().get(entry.callSheetId());
        requireEditable(sheet);
        requireCallable(sheet, entry);
        return entries().insert(entry);
    }

    /** Changes a call (its times, role, location, notes), checked as {@link #call}. */
    public CallSheetEntry updateCall(CallSheetEntry entry) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_UPDATE);
        tx.validate("CallSheetEntry", entry);
        CallSheetEntry stored = entries().get(entry.id());
        CallSheet sheet = sheets().get(stored.callSheetId());
        requireEditable(sheet);
        requireCallable(sheet, entry);
        return entries().update(ImmutableCallSheetEntry.builder().from(entry).acknowledgedAt(stored.acknowledgedAt())
                .acknowledgedRevision(stored.acknowledgedRevision()).build());
    }

    /** Moves a call to {@code callAt} until {@code wrapAt}. */
    public CallSheetEntry moveCall(UUID entryId, Instant callAt, Instant wrapAt) {
        CallSheetEntry stored = entries().get(entryId);
        return updateCall(ImmutableCallSheetEntry.copyOf(stored).withCallAt(callAt).withWrapAt(wrapAt));
    }

    /** Removes a call; the person's time is released. */
    public void removeCall(UUID entryId) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_DELETE);
        CallSheetEntry entry = entries().get(entryId);
        requireEditable(sheets().get(entry.callSheetId()));
        entries().delete(entry);
    }

    /**
     * The acting user acknowledges their own call on a distributed sheet, recording the revision they saw (the last
     * distributed one). The actor is the person whose login they are ({@link PersonalDataService#ownPersonId}).
     */
    public CallSheetEntry acknowledge(UUID callSheetId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        UUID person = PersonalDataService.ownPersonId(tx).orElseThrow(() -> ValidationException.of("CallSheetEntry", "personId",
                "NotNull", "the acting user is no person of the organization; name the person acknowledged for"));
        return acknowledgeAs(callSheetId, person);
    }

    /**
     * Acknowledges the call of {@code personId}: the person themselves, or a member holding
     * {@link ProgrammingPermissions#CALL_SHEETS_APPROVE} on their behalf.
     */
    public CallSheetEntry acknowledge(UUID callSheetId, UUID personId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        requireNonNull(personId, "personId is null");
        if (!PersonalDataService.ownPersonId(tx).map(personId::equals).orElse(false)) {
            tx.require(ProgrammingPermissions.CALL_SHEETS_APPROVE, ProgrammingRules.CALL_SHEET_ENTRIES_ACKNOWLEDGE_PERMISSION);
        }
        return acknowledgeAs(callSheetId, personId);
    }

    private CallSheetEntry acknowledgeAs(UUID callSheetId, UUID personId) {
        CallSheet sheet = sheets().get(callSheetId);
        Optional<CallSheetRevision> last = revisions().lastOf(callSheetId);
        if (last.isEmpty() || !sheet.status().sent()) {
            throw new ConflictException(ProgrammingErrorCode.CALL_SHEET_NOT_DISTRIBUTED, "status",
                    "a call is acknowledged once its call sheet has been distributed");
        }
        CallSheetEntry entry = entries().ofPerson(callSheetId, personId)
                .orElseThrow(() -> NotFoundException.of("CallSheetEntry", personId));
        return entries().update(ImmutableCallSheetEntry.builder().from(entry).acknowledgedAt(tx.now())
                .acknowledgedRevision(last.get().revision()).build());
    }

    // --- reading ---

    /** The sheet as people read it: each call in the sheet's time zone and in {@code viewer}'s. */
    public CallSheetView view(UUID callSheetId, ZoneId viewer) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        requireNonNull(viewer, "viewer is null");
        CallSheet sheet = sheets().get(callSheetId);
        int distributed = revisions().lastOf(callSheetId).map(CallSheetRevision::revision).orElse(0);
        return CallSheetView.of(sheet, entries().ofSheet(callSheetId), distributed, viewer);
    }

    // --- internals ---

    private CallSheet move(UUID callSheetId, CallSheetStatus target) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_UPDATE);
        CallSheet sheet = CallSheetStatus.LIFECYCLE.require(sheets().get(callSheetId), target);
        sheets().update(ImmutableCallSheet.copyOf(sheet).withStatus(target));
        return sheets().get(callSheetId);
    }

    private static void requireEditable(CallSheet sheet) {
        if (sheet.status() == CallSheetStatus.CANCELLED) {
            throw CallSheetStatus.LIFECYCLE.refusal(CallSheetStatus.CANCELLED, CallSheetStatus.UPDATED);
        }
    }

    /** The rules of a call that the database holds too, checked first to report them before any write. */
    private void requireCallable(CallSheet sheet, CallSheetEntry entry) {
        if (!LocalDate.ofInstant(entry.callAt(), sheet.zone()).equals(sheet.eventDate())) {
            throw ProgrammingRules.CALL_SHEET_ENTRIES_ON_EVENT_DATE.exception();
        }
        if (new dev.atlvs.programming.travel.TravelService(tx).arrivalOf(entry.personId(), sheet.projectId(), sheet.eventDate())
                .map(arrival -> entry.callAt().isBefore(arrival)).orElse(false)) {
            throw ProgrammingRules.CALL_SHEET_ENTRIES_AFTER_ARRIVAL.exception();
        }
        boolean covered = entries().confirmedPersonBookings(sheet.projectId(), entry.callAt(), entry.wrapAt()).stream()
                .anyMatch(b -> b.personId().equals(entry.personId()) && !b.startAt().isAfter(entry.callAt())
                        && !b.endAt().isBefore(entry.wrapAt()));
        if (!covered) {
            throw ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT.exception();
        }
        boolean elsewhere = entries().callsOf(entry.personId(), entry.callAt(), entry.wrapAt()).stream()
                .anyMatch(other -> !other.id().equals(entry.id()));
        if (elsewhere) {
            throw ProgrammingRules.CALL_SHEET_ENTRIES_ONE_CALL.exception();
        }
    }

    private RevisionDiff diff(CallSheet sheet) {
        List<CallSheetEntry> now = entries().ofSheet(sheet.id());
        return revisions().lastOf(sheet.id())
                .map(last -> RevisionDiff.between(last.revision(), revisions().callsOf(last.id()), sheet.revision(), now))
                .orElseGet(() -> RevisionDiff.first(sheet.revision(), now));
    }

    private Map<UUID, RevisionDiff.Call> calls(CallSheetRevision revision) {
        return revisions().callsOf(revision.id()).stream().collect(Collectors.toMap(
                CallSheetRevisionRepository.DistributedCall::personId,
                call -> new RevisionDiff.Call(call.callAt(), call.wrapAt(), Optional.ofNullable(call.locationNote())),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static CallSheetRevision revision(List<CallSheetRevision> all, UUID callSheetId, int number) {
        return all.stream().filter(r -> r.revision() == number).findFirst()
                .orElseThrow(() -> NotFoundException.of("CallSheetRevision", callSheetId));
    }

    private List<Notification> notify(CallSheet sheet, RevisionDiff diff) {
        if (diff.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> logins = entries().loginsOf(diff.recipients().toArray(UUID[]::new)).stream()
                .collect(Collectors.toMap(Login::personId, Login::userId));
        NotificationService notifications = new NotificationService(tx);
        List<Notification> sent = new ArrayList<>();
        for (RevisionDiff.PersonChange change : diff.changes()) {
            UUID user = logins.get(change.personId());
            if (user == null) {
                continue;
            }
            sent.addAll(notifications.notify(List.of(user), request(sheet, diff, change)));
        }
        return List.copyOf(sent);
    }

    private static NotificationRequest request(CallSheet sheet, RevisionDiff diff, RevisionDiff.PersonChange change) {
        ZoneId zone = sheet.zone();
        String type;
        String title;
        String body;
        switch (change.kind()) {
            case REMOVED -> {
                type = CALL_REMOVED;
                title = "You are no longer called: " + sheet.title();
                body = "Your call on revision " + diff.fromRevision() + " is cancelled.";
            }
            case CHANGED -> {
                type = CALL_CHANGED;
                title = "Your call changed: " + sheet.title();
                body = "Revision " + diff.toRevision() + ": call " + local(change.after().orElseThrow().callAt(), zone)
                        + ", wrap " + local(change.after().orElseThrow().wrapAt(), zone) + " (" + zone.getId() + ").";
            }
            default -> {
                type = DISTRIBUTED;
                title = "Your call: " + sheet.title();
                body = "Call " + local(change.after().orElseThrow().callAt(), zone) + ", wrap "
                        + local(change.after().orElseThrow().wrapAt(), zone) + " (" + zone.getId() + ").";
            }
        }
        String data = "{\"call_sheet_id\": \"" + sheet.id() + "\", \"revision\": " + diff.toRevision() + ", \"change\": \""
                + change.kind().name().toLowerCase(java.util.Locale.ROOT) + "\"}";
        return NotificationRequest.builder().type(type).title(title.length() > 200 ? title.substring(0, 200) : title)
                .body(body).link("/call-sheets/" + sheet.id())
                .entity(EntityTypes.require("call_sheet").ref(sheet.id()))
                .priority(change.kind() == RevisionDiff.Kind.ADDED ? NotificationPriority.MEDIUM : NotificationPriority.HIGH)
                .data(data).build();
    }

    private static String local(Instant instant, ZoneId zone) {
        return ZonedDateTime.ofInstant(instant, zone).format(TIME.withLocale(java.util.Locale.ENGLISH));
    }
}
