package dev.atlvs.core.search;

/** How a {@link SearchHit} matched its query. */
public enum SearchMatch {
    /**
     * The words of the query, in the organization's text search configuration (stemmed in its language, accents
     * ignored), are in the title, subtitle or body.
     */
    WORDS,
    /** The query is spelled like a part of the title or subtitle (pg_trgm word similarity): typos, prefixes. */
    SPELLING
}
