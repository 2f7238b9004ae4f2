package dev.atlvs.core.error;

/** Two bookings, allocations or schedule entries overlap where they must not. */
public class ScheduleConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ScheduleConflictException(ErrorCode code, String field, String message, Throwable cause) {
        super(code, field, message, cause);
    }
}
