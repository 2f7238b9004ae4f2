package dev.atlvs.programming.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a person arrives for a project on a date (their travel), so that {@link CallSheetGenerator} never calls a person
 * before they are there. {@link #travel} reads the itineraries of the travel module (the generator's default);
 * {@link #NONE} knows no arrivals; a host with travel of its own plugs in its own source.
 *
 * <pre>{@code
 * ArrivalSource flights = (person, project, date) -> Optional.of(Instant.parse("2026-07-10T08:40:00Z"));
 * Generated sheet = new CallSheetGenerator(tx, flights).generate(fridayMainStage.id(), friday, CallType.CREW, LocalTime.of(8, 0));
 * }</pre>
 */
@FunctionalInterface
public interface ArrivalSource {

    /** No arrivals known: nobody's call moves. */
    ArrivalSource NONE = (person, project, date) -> Optional.empty();

    /**
     * The arrivals of the travel module: the end of each person's inbound journey on the project's itineraries
     * ({@link dev.atlvs.programming.travel.TravelService#arrivalOf}), the same the database holds calls to
     * ({@code call_sheet_entries_after_arrival}).
     */
    static ArrivalSource travel(dev.atlvs.core.TenantTransaction tx) {
        dev.atlvs.programming.travel.TravelService travel = new dev.atlvs.programming.travel.TravelService(tx);
        return travel::arrivalOf;
    }

    /** When {@code personId} arrives for {@code projectId} on {@code date}, if they travel then. */
    Optional<Instant> arrivalAt(UUID personId, UUID projectId, LocalDate date);
}
