package dev.atlvs.programming.callsheet;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.callsheet.CallSheetEntryRepository.PersonBooking;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventRepository;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.programming.space.SpaceRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Generates a draft call sheet for an event's date from what is already decided: the people with a confirmed booking on
 * the project covering that date are called, each at the later of the general call and the start of their booking, and
 * wrapped at the earlier of the event's teardown (else its end) and the end of their booking (for a whole project's
 * date: the last teardown of the date's events other than festivals and festival days, which only hold others); nobody is called before
 * they arrive ({@link ArrivalSource}): their call moves to the arrival plus {@link #ARRIVAL_MARGIN}, and the move is
 * reported. The schedule lists the project's events starting on that date; the location is the event's (or its space's).
 *
 * <pre>{@code
 * CallSheetGenerator generator = new CallSheetGenerator(tx, ArrivalSource.NONE);
 * CallSheetGenerator.Generated friday = generator.generate(mainStageFriday.id(), LocalDate.of(2026, 7, 10), CallType.CREW,
 *         LocalTime.of(8, 0));
 * friday.adjustments().forEach(a -> System.out.println(a.personId() + " called at " + a.movedTo() + ": " + a.reason()));
 * }</pre>
 */
public final class CallSheetGenerator {

    /** The time between a person's arrival and their call, at least. */
    public static final Duration ARRIVAL_MARGIN = Duration.ofMinutes(60);

    private final TenantTransaction tx;
    private final ArrivalSource arrivals;

    /** A generator that calls nobody before their arrival on the project's itineraries ({@link ArrivalSource#travel}). */
    public CallSheetGenerator(TenantTransaction tx) {
        this(tx, ArrivalSource.travel(tx));
    }

    /** A generator that calls nobody before their arrival from {@code arrivals}. */
    public CallSheetGenerator(TenantTransaction tx, ArrivalSource arrivals) {
        this.tx = requireNonNull(tx, "tx is null");
        this.arrivals = requireNonNull(arrivals, "arrivals is null");
    }

    /** Why a call was not where the booking and the general call put it. */
    public enum Reason {
        /** The call moved to the person's arrival plus the margin. */
        ARRIVAL,
        /** The person was not called: nothing of their booking is left after the call (or after their arrival). */
        NO_TIME_LEFT,
        /** The person was not called: their booking starts after the sheet's date. */
        NOT_ON_DATE,
        /** The person was not called: they are on another call at that time. */
        ON_ANOTHER_CALL
    }

    /**
     * A call moved from where the booking and the general call put it.
     *
     * @param personId the person
     * @param planned  the call the booking and the general call gave
     * @param movedTo  the call made
     * @param reason   why
     */
    public record Adjustment(UUID personId, Instant planned, Instant movedTo, Reason reason) {}

    /**
     * A person booked but not called.
     *
     * @param personId the person
     * @param reason   why
     */
    public record Skipped(UUID personId, Reason reason) {}

    /**
     * The generated draft.
     *
     * @param sheet       the stored draft call sheet
     * @param calls       its calls, by call time
     * @param adjustments calls moved (after an arrival)
     * @param skipped     people booked but not called
     */
    public record Generated(CallSheet sheet, List<CallSheetEntry> calls, List<Adjustment> adjustments, List<Skipped> skipped) {
        public Generated {
            calls = List.copyOf(calls);
            adjustments = List.copyOf(adjustments);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Generates and stores a draft call sheet of {@code callType} for event {@code eventId} on {@code date} (in the event's
     * time zone) with the general call at {@code generalCall}.
     */
    public Generated generate(UUID eventId, LocalDate date, CallType callType, LocalTime generalCall) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_CREATE);
        Event event = tx.repository(EventRepository.class).get(requireNonNull(eventId, "eventId is null"));
        return generate(event.projectId(), Optional.of(event), event.zone(), date, callType, generalCall);
    }

    /**
     * Generates and stores a draft call sheet of {@code callType} for project {@code projectId} on {@code date} in
     * {@code zone}, wrapping at the last teardown of the date's events other than festivals and festival days (else at
     * midnight).
     */
    public Generated generateForProject(UUID projectId, ZoneId zone, LocalDate date, CallType callType, LocalTime generalCall) {
        tx.require(ProgrammingPermissions.CALL_SHEETS_CREATE);
        return generate(requireNonNull(projectId, "projectId is null"), Optional.empty(), requireNonNull(zone, "zone is null"),
                date, callType, generalCall);
    }

    private Generated generate(UUID projectId, Optional<Event> event, ZoneId zone, LocalDate date, CallType callType,
            LocalTime generalCall) {
        requireNonNull(date, "date is null");
        requireNonNull(callType, "callType is null");
        requireNonNull(generalCall, "generalCall is null");
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Event> ofDate = tx.repository(EventRepository.class).ofProject(projectId).stream()
                .filter(e -> e.status() != EventStatus.CANCELLED)
                .filter(e -> LocalDate.ofInstant(e.startAt(), zone).equals(date))
                .toList();
        Instant limit = event.map(Event::occupiedUntil)
                .orElseGet(() -> ofDate.stream().filter(e -> e.eventType() != EventKind.FESTIVAL).map(Event::occupiedUntil)
                        .max(Comparator.naturalOrder()).orElse(dayEnd));
        Instant call = ZonedDateTime.of(date, generalCall, zone).toInstant();

        CallSheetService service = new CallSheetService(tx);
        CallSheet sheet = service.create(CallSheet.builder().organizationId(tx.organizationId()).projectId(projectId)
                .eventId(event.map(Event::id)).title(title(event, date, callType)).callType(callType).eventDate(date)
                .callTime(generalCall).timezone(zone.getId()).locationId(event.flatMap(this::locationOf))
                .schedule(tx.repository(CallSheetRepository.class).scheduleOf(ofDate.stream().map(Event::id).toArray(UUID[]::new)))
                .build());

        CallSheetEntryRepository entries = tx.repository(CallSheetEntryRepository.class);
        Map<UUID, PersonBooking> byPerson = new LinkedHashMap<>();
        for (PersonBooking booking : entries.confirmedPersonBookings(projectId, dayStart, limit)) {
            byPerson.merge(booking.personId(), booking, (a, b) -> a.endAt().isAfter(b.endAt()) ? a : b);
        }
        List<CallSheetEntry> calls = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (PersonBooking booking : byPerson.values()) {
            Instant planned = booking.startAt().isAfter(call) ? booking.startAt() : call;
            Instant callAt = planned;
            Optional<Instant> arrival = arrivals.arrivalAt(booking.personId(), projectId, date);
            if (arrival.isPresent() && arrival.get().plus(ARRIVAL_MARGIN).isAfter(callAt)) {
                callAt = arrival.get().plus(ARRIVAL_MARGIN);
            }
            Instant wrapAt = booking.endAt().isBefore(limit) ? booking.endAt() : limit;
            if (!callAt.isBefore(dayEnd)) {
                skipped.add(new Skipped(booking.personId(), callAt.equals(planned) ? Reason.NOT_ON_DATE : Reason.NO_TIME_LEFT));
                continue;
            }
            if (!wrapAt.isAfter(callAt)) {
                skipped.add(new Skipped(booking.personId(), Reason.NO_TIME_LEFT));
                continue;
            }
            if (!entries.callsOf(booking.personId(), callAt, wrapAt).isEmpty()) {
                skipped.add(new Skipped(booking.personId(), Reason.ON_ANOTHER_CALL));
                continue;
            }
            if (!callAt.equals(planned)) {
                adjustments.add(new Adjustment(booking.personId(), planned, callAt, Reason.ARRIVAL));
            }
            calls.add(service.call(CallSheetEntry.builder().organizationId(tx.organizationId()).callSheetId(sheet.id())
                    .personId(booking.personId()).role(role(booking.name())).callAt(callAt).wrapAt(wrapAt).build()));
        }
        calls.sort(Comparator.comparing(CallSheetEntry::callAt).thenComparing(CallSheetEntry::personId));
        return new Generated(sheet, calls, adjustments, skipped);
    }

    private Optional<UUID> locationOf(Event event) {
        if (event.locationId().isPresent()) {
            return event.locationId();
        }
        return event.spaceId().flatMap(space -> tx.repository(SpaceRepository.class).find(space)).flatMap(s -> s.locationId());
    }

    private static String title(Optional<Event> event, LocalDate date, CallType callType) {
        String type = callType.name().charAt(0) + callType.name().substring(1).toLowerCase(Locale.ROOT);
        String title = event.map(Event::title).orElse(date.toString()) + " - " + type + " call";
        return title.length() > 200 ? title.substring(0, 200) : title;
    }

    private static String role(String bookingName) {
        String role = bookingName.strip();
        return role.length() > 100 ? role.substring(0, 100) : role;
    }
}
