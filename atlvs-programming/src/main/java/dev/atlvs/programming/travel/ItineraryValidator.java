package dev.atlvs.programming.travel;

import static java.util.Objects.requireNonNull;

import dev.atlvs.programming.ProgrammingRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Validates an itinerary per participant and returns every problem at once, so that a travel coordinator sees all of them
 * before confirming: overlapping transport segments ({@code itinerary_segments_overlap}), overlapping hotel stays
 * ({@code itinerary_segments_hotel_overlap}), connections shorter than the itinerary's minimum
 * ({@code itinerary_segments_connection}), a missing, expired or too short passport on an international segment
 * ({@code itinerary_segments_passport_valid}) and a missing visa where a segment requires one
 * ({@code itinerary_segments_visa_valid}). The rules are the ones the database holds on writes; the validator also
 * reports what became wrong since (a passport renewed for a shorter time, a margin raised). It looks at the one
 * itinerary: clashes with a traveller's other itineraries are refused by the database when written
 * ({@code itinerary_segments_overlap}, {@code itinerary_participants_schedule}).
 *
 * <pre>{@code
 * List<Finding> findings = new ItineraryValidator().validate(itinerary, participants, segments, documents);
 * }</pre>
 */
public final class ItineraryValidator {

    /** The findings for every participant of {@code itinerary}, by participant and then departure. */
    public List<Finding> validate(Itinerary itinerary, List<ItineraryParticipant> participants, List<ItinerarySegment> segments,
            TravelDocuments documents) {
        requireNonNull(itinerary, "itinerary is null");
        requireNonNull(participants, "participants is null");
        requireNonNull(segments, "segments is null");
        requireNonNull(documents, "documents is null");
        List<Finding> findings = new ArrayList<>();
        Duration connection = Duration.ofMinutes(itinerary.minConnectionMinutes());
        for (ItineraryParticipant participant : participants) {
            UUID person = participant.personId();
            List<ItinerarySegment> own = segments.stream().filter(s -> s.carries(person))
                    .sorted(Comparator.comparing(ItinerarySegment::departAt).thenComparing(ItinerarySegment::arriveAt)).toList();
            schedule(person, own.stream().filter(ItinerarySegment::isTransport).toList(), connection, true, findings);
            schedule(person, own.stream().filter(s -> s.kind() == SegmentKind.HOTEL).toList(), Duration.ZERO, false, findings);
            for (ItinerarySegment segment : own) {
                LocalDate tripEnd = tripEnd(itinerary, segment);
                if (segment.isInternational()) {
                    LocalDate needed = tripEnd.plusMonths(itinerary.passportMarginMonths());
                    Optional<LocalDate> expires = documents.passportExpiresOn(person);
                    if (expires.isEmpty() || expires.get().isBefore(needed)) {
                        findings.add(new Finding(person, segment.id(), Optional.empty(), ProgrammingRules.ITINERARY_SEGMENTS_PASSPORT_VALID));
                    }
                }
                if (segment.visaRequired() && documents.visaExpiries(person).stream()
                        .noneMatch(expiry -> expiry.map(e -> !e.isBefore(tripEnd)).orElse(true))) {
                    findings.add(new Finding(person, segment.id(), Optional.empty(), ProgrammingRules.ITINERARY_SEGMENTS_VISA_VALID));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The later of the itinerary's end date and the segment's arrival date (UTC), as the database reads it. */
    static LocalDate tripEnd(Itinerary itinerary, ItinerarySegment segment) {
        LocalDate arrival = segment.arriveAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return arrival.isAfter(itinerary.endDate()) ? arrival : itinerary.endDate();
    }

    private static void schedule(UUID person, List<ItinerarySegment> sorted, Duration connection, boolean transport,
            List<Finding> findings) {
        for (int i = 1; i < sorted.size(); i++) {
            ItinerarySegment current = sorted.get(i);
            for (int j = 0; j < i; j++) {
                ItinerarySegment earlier = sorted.get(j);
                if (earlier.arriveAt().isAfter(current.departAt())) {
                    findings.add(new Finding(person, current.id(), Optional.of(earlier.id()), transport
                            ? ProgrammingRules.ITINERARY_SEGMENTS_OVERLAP : ProgrammingRules.ITINERARY_SEGMENTS_HOTEL_OVERLAP));
                } else if (transport && j == i - 1 && Duration.between(earlier.arriveAt(), current.departAt()).compareTo(connection) < 0) {
                    findings.add(new Finding(person, current.id(), Optional.of(earlier.id()), ProgrammingRules.ITINERARY_SEGMENTS_CONNECTION));
                }
            }
        }
    }
}
