package dev.atlvs.programming.space;

/** What a space is used for. */
public enum SpaceKind {
    STAGE, ROOM, GREEN_ROOM, DRESSING_ROOM, MEETING_ROOM, CLASSROOM, REHEARSAL_ROOM, BACKSTAGE, OFFICE, STORAGE, LOADING_DOCK,
    PARKING, OUTDOOR, VIRTUAL, OTHER
}
