package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.person.PersonStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What candidate matching knows of one person: what the scorer reads, loaded by {@link CandidateMatcher} (or given by a
 * caller that ranks people from elsewhere).
 *
 * @param personId        the person
 * @param name            the name, for the ranking
 * @param status          their status: only an active person is eligible
 * @param levels          their level in each competency they hold, by competency
 * @param certifiedUntil  for each competency, the last day their best certification of it is valid (absent when it never
 *                        expires), among the active certifications; a competency with no active certification is not a key
 * @param availability    whether they are free, held tentatively, or committed in the window
 * @param endorsements    the endorsements they received for the competencies of the role
 * @param dayRate         their day rate, converted to the budget's currency, if known
 */
public record CandidateFacts(UUID personId, String name, PersonStatus status, Map<UUID, CompetencyLevel> levels,
        Map<UUID, Optional<LocalDate>> certifiedUntil, Free availability, List<Endorsement> endorsements, Optional<BigDecimal> dayRate) {

    public CandidateFacts {
        requireNonNull(personId, "personId is null");
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        levels = Map.copyOf(levels);
        certifiedUntil = Map.copyOf(certifiedUntil);
        requireNonNull(availability, "availability is null");
        endorsements = List.copyOf(endorsements);
        requireNonNull(dayRate, "dayRate is null");
    }

    /** How free a person is over the window of the work. */
    public enum Free {
        /** Nothing holds the person's time. */
        FREE,
        /** Only tentative holds, which may still be released. */
        HELD,
        /** A confirmed commitment, or another reason, keeps the person off the work. */
        COMMITTED
    }

    /**
     * An endorsement of the person for one competency.
     *
     * @param competencyId the competency endorsed, or empty for a general endorsement
     * @param verified     whether the endorser worked a completed project with the person
     * @param rating       the endorser's rating, 1 to 5
     */
    public record Endorsement(Optional<UUID> competencyId, boolean verified, int rating) {
        public Endorsement {
            requireNonNull(competencyId, "competencyId is null");
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating must be 1 to 5");
            }
        }
    }
}
