package dev.atlvs.people.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.UUID;

/**
 * The shortest chain of connections from one person to another: who introduces whom. {@link #people()} runs from the
 * first person to the last; {@link #hops()} has one entry per connection on the way.
 *
 * @param people the people on the path, first to last, with their names
 * @param hops   the connections between consecutive people
 */
public record IntroductionPath(List<PathPerson> people, List<Hop> hops) {

    /**
     * A person on the path.
     *
     * @param personId the person
     * @param name     the name as shown on lists (first and last name)
     */
    public record PathPerson(UUID personId, String name) {
        public PathPerson {
            requireNonNull(personId, "personId is null");
            requireNonNull(name, "name is null");
        }
    }

    /**
     * One step of the path: {@code fromPersonId} is {@code relationship} of {@code toPersonId}.
     *
     * @param fromPersonId the person who introduces
     * @param toPersonId   the person introduced to next
     * @param relationship what {@code fromPersonId} is to {@code toPersonId}
     */
    public record Hop(UUID fromPersonId, UUID toPersonId, RelationshipType relationship) {
        public Hop {
            requireNonNull(fromPersonId, "fromPersonId is null");
            requireNonNull(toPersonId, "toPersonId is null");
            requireNonNull(relationship, "relationship is null");
        }
    }

    public IntroductionPath {
        people = List.copyOf(people);
        hops = List.copyOf(hops);
        if (people.isEmpty() || hops.size() != people.size() - 1) {
            throw new IllegalArgumentException("a path has one hop fewer than people, and at least one person");
        }
    }

    /** The degrees of separation: the number of connections on the path (0 from a person to themselves). */
    public int degrees() {
        return hops.size();
    }

    /** The ids of the people on the path, first to last. */
    public List<UUID> personIds() {
        return people.stream().map(PathPerson::personId).toList();
    }
}
