package dev.atlvs.programming.travel;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.Rule;
import java.util.Optional;
import java.util.UUID;

/**
 * One problem {@link ItineraryValidator} found in an itinerary: the traveller it concerns, the segment, the field and the
 * broken rule (the same rule the database raises when the itinerary is written), and a message without personal values.
 *
 * @param personId  the participant concerned
 * @param segmentId the segment concerned
 * @param otherSegmentId the other segment, for an overlap or a short connection
 * @param rule      the broken rule
 */
public record Finding(UUID personId, UUID segmentId, Optional<UUID> otherSegmentId, Rule rule) {

    public Finding {
        requireNonNull(personId, "personId is null");
        requireNonNull(segmentId, "segmentId is null");
        requireNonNull(otherSegmentId, "otherSegmentId is null");
        requireNonNull(rule, "rule is null");
    }

    /** The field of the segment the finding is about ({@code departAt}, {@code personId}). */
    public String field() {
        return rule.field();
    }

    /** The rule's name, such as {@code itinerary_segments_connection}. */
    public String ruleName() {
        return rule.name();
    }

    /** What is wrong, naming no personal value. */
    public String message() {
        return rule.message();
    }
}
