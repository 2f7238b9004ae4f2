package dev.atlvs.core.search;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.entity.EntityRef;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One record that matched a search.
 *
 * @param entityType the name of the record's {@link SearchSource}
 * @param id the record's id
 * @param title the record's title as indexed
 * @param subtitle the record's subtitle as indexed, if it has one
 * @param rank the relevance, higher first: full-text rank (0 to 1) plus spelling similarity of title and subtitle (0
 *        to 1) plus 1 for a title equal to the query, accents and case ignored
 * @param matchedBy how it matched; never empty
 */
public record SearchHit(String entityType, UUID id, String title, Optional<String> subtitle, double rank, Set<SearchMatch> matchedBy) {

    public SearchHit {
        requireNonNull(entityType, "entityType is null");
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(subtitle, "subtitle is null");
        matchedBy = Set.copyOf(matchedBy);
    }

    /** The record as a reference, for comments, attachments, tags and notifications when its type is an entity type. */
    public EntityRef ref() {
        return new EntityRef(entityType, id);
    }
}
