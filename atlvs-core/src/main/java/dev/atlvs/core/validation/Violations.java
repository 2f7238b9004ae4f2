package dev.atlvs.core.validation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the cross-field rules a value breaks, so that its {@code @Value.Check} reports all of them in one
 * {@link ValidationException} rather than the first. Rules are named like the database constraints that
 * hold them, so Java and the database report a broken rule the same way.
 *
 * <pre>{@code
 * @Value.Check
 * default void check() {
 *     Violations.of("Timeline")
 *             .require(endsAt().isAfter(startsAt()), "endsAt", "project_timelines_ends_at_check", "must be after the start")
 *             .throwIfAny();
 * }
 * }</pre>
 */
public final class Violations {
    private final String subject;
    private final List<FieldViolation> violations = new ArrayList<>();

    private Violations(String subject) {
        this.subject = requireNonNull(subject, "subject is null");
    }

    /** Starts collecting the violations of {@code subject} (an entity name such as {@code Task}). */
    public static Violations of(String subject) {
        return new Violations(subject);
    }

    /** Records a violation of {@code rule} on {@code field} unless {@code holds}. */
    public Violations require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new FieldViolation(field, rule, message));
        }
        return this;
    }

    /** Records a violation on {@code laterField} when both are present and {@code later} is before {@code earlier}. */
    public <T extends Temporal & Comparable<? super T>> Violations ordered(Optional<T> earlier, Optional<T> later, String laterField,
            String rule, String message) {
        return require(earlier.isEmpty() || later.isEmpty() || later.get().compareTo(earlier.get()) >= 0, laterField, rule, message);
    }

    /** Throws the {@link ValidationException} listing every recorded violation, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.VALIDATION_FAILED, subject, violations);
        }
    }
}
