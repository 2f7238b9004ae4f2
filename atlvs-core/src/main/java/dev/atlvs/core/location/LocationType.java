package dev.atlvs.core.location;

/** What kind of place a location is. */
public enum LocationType {
    VENUE, SITE, BUILDING, FLOOR, ROOM, AREA, WAREHOUSE, STORAGE, VEHICLE, OFFICE
}
