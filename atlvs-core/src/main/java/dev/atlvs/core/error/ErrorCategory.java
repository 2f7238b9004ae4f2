package dev.atlvs.core.error;

/** The few kinds of failure a caller reacts to differently. */
public enum ErrorCategory {
    /** The addressed record does not exist or is not visible to the current tenant. */
    NOT_FOUND,
    /** The input breaks one or more rules; every violation is listed. */
    VALIDATION,
    /** The write collides with existing state: a duplicate, a stale version, an illegal transition. */
    CONFLICT,
    /** The input points at a record that does not exist in the current tenant. */
    REFERENCE_MISSING,
    /** The actor lacks a permission, or the operation crosses a tenant boundary. */
    ACCESS_DENIED,
    /** Two bookings or schedules overlap where they must not. */
    SCHEDULE_CONFLICT,
    /** The database or the SDK's set-up is not usable (connection role, migrations, connectivity). */
    INFRASTRUCTURE
}
