package dev.atlvs.people.person;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.UUID;

/**
 * What erasing a person did: per table, how many rows were deleted or detached from the person (the person's own row
 * in {@code people}, anonymized, counts one).
 *
 * @param personId the erased person
 * @param records  the rows affected, by table
 */
public record Erasure(UUID personId, Map<String, Long> records) {
    public Erasure {
        requireNonNull(personId, "personId is null");
        records = Map.copyOf(records);
    }
}
