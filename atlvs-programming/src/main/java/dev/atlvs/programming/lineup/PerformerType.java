package dev.atlvs.programming.lineup;

/** What kind of act performs a slot. */
public enum PerformerType {
    ARTIST, BAND, DJ, SPEAKER, HOST, COMEDIAN, DANCER, OTHER
}
