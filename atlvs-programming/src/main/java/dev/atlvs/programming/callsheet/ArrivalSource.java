package dev.atlvs.programming.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a person arrives for a project on a date (their travel), so that {@link CallSheetGenerator} never calls a person
 * before they are there. {@link #NONE} knows no arrivals; a host with travel plugs in its own, such as one reading
 * {@code atlvs.person_arrival_at(organization, person, project, on_date)}.
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

    /** When {@code personId} arrives for {@code projectId} on {@code date}, if they travel then. */
    Optional<Instant> arrivalAt(UUID personId, UUID projectId, LocalDate date);
}
