package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * Two companies that are likely the same: {@code first} was created before {@code second} (by id, which is
 * time-ordered), with the reason they match.
 *
 * @param first the older company
 * @param second the newer company
 * @param reason why they are likely the same
 */
public record DuplicatePair(UUID first, UUID second, Reason reason) {

    /** Why two companies are likely duplicates, strongest first. */
    public enum Reason {
        /** The same tax id. */
        SAME_TAX_ID,
        /** The same name once normalized ({@link CompanyNames#normalize}). */
        SAME_NAME,
        /** The same web domain ({@link CompanyNames#domain}). */
        SAME_DOMAIN,
        /** Names whose trigram similarity reaches the threshold asked for. */
        SIMILAR_NAME
    }

    public DuplicatePair {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        requireNonNull(reason, "reason is null");
    }
}
