package dev.atlvs.people.matching;

import static java.util.Objects.requireNonNull;

import dev.atlvs.people.competency.CompetencyLevel;
import java.util.UUID;

/**
 * One competency a role requires of a candidate: at least {@code minLevel}, and with a certification valid through the
 * end of the work when {@code certificationRequired}.
 *
 * @param competencyId          the competency
 * @param name                  its name, for explanations
 * @param minLevel              the lowest level that meets it
 * @param certificationRequired whether a certification valid through the end of the work is required
 */
public record Requirement(UUID competencyId, String name, CompetencyLevel minLevel, boolean certificationRequired) {
    public Requirement {
        requireNonNull(competencyId, "competencyId is null");
        requireNonNull(name, "name is null");
        requireNonNull(minLevel, "minLevel is null");
    }
}
