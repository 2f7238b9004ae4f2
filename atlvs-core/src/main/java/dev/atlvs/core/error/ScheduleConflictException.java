package dev.atlvs.core.error;

/** Two bookings, allocations or schedule entries overlap where they must not. */
public class ScheduleConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ScheduleConflictException(ErrorCode code, String field, String message, Throwable cause) {
        super(code, field, message, cause);
    }

    /** An overlap that breaks the named rule {@code rule} (see {@link Rule}); {@code field} and {@code rule} may be null. */
    public ScheduleConflictException(ErrorCode code, String field, String rule, String message, Throwable cause) {
        super(code, field, rule, message, cause);
    }
}
