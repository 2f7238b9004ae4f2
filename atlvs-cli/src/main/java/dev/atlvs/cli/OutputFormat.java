package dev.atlvs.cli;

/** How a command prints its result: for people, or as JSON for machines. */
enum OutputFormat {
    /** Aligned text for a terminal. */
    TEXT,
    /** One JSON document on standard output. */
    JSON
}
