package dev.atlvs.people.network;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.UUID;

/**
 * A connection as seen from one person: {@code personId} is {@code type} of {@code otherPersonId} ("Ana is mentor of
 * Ben"), whatever order the row is stored in.
 *
 * @param personId      the person the connection is seen from
 * @param otherPersonId the person they are connected to
 * @param type          what {@code personId} is to {@code otherPersonId}
 * @param strength      how close, 1 to 5
 * @param notes         notes on the connection
 */
public record Relationship(UUID personId, UUID otherPersonId, RelationshipType type, int strength, Optional<String> notes) {
    public Relationship {
        requireNonNull(personId, "personId is null");
        requireNonNull(otherPersonId, "otherPersonId is null");
        requireNonNull(type, "type is null");
        requireNonNull(notes, "notes is null");
    }

    /** The connection {@code row} seen from {@code person}, one of its two people. */
    public static Relationship of(Connection row, UUID person) {
        boolean forward = row.personId().equals(person);
        return new Relationship(person, forward ? row.connectedPersonId() : row.personId(),
                forward ? row.relationshipType() : row.relationshipType().inverse(), row.strength(), row.notes());
    }
}
