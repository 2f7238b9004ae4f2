package dev.atlvs.programming.space;

/** Who may enter a space; accreditation zones name these levels. */
public enum AccessLevel {
    PUBLIC, RESTRICTED, STAFF_ONLY, TALENT_ONLY, CREW_ONLY, VIP, PRIVATE
}
