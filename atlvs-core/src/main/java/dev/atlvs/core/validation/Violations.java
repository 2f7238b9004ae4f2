package dev.atlvs.core.validation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the cross-field rules a value breaks, so that its {@code @Value.Check} (or a service's check
 * before a write) reports all of them in one {@link ValidationException} rather than the first. A rule the
 * database holds as well is passed as its registered {@link Rule}, so Java and the database report it with
 * the same code, field and rule name.
 *
 * <pre>{@code
 * @Value.Check
 * default void check() {
 *     Violations.of("Timeline")
 *             .require(endsAt().isAfter(startsAt()), ProjectsRules.PROJECT_TIMELINES_ENDS_AT_CHECK)
 *             .require(isBaseline() == snapshot().isPresent(), ProjectsRules.PROJECT_TIMELINES_BASELINE_SNAPSHOT_CHECK)
 *             .throwIfAny();
 * }
 * }</pre>
 *
 * <p>The exception's code is the one given to {@link #of(String, ErrorCode)}; without one, it is the code of
 * the registered rules recorded when they all share one (so a single broken rule keeps its identity), and
 * {@link CoreErrorCode#VALIDATION_FAILED} otherwise.
 */
public final class Violations {
    private final String subject;
    private final ErrorCode code;
    private final List<FieldViolation> violations = new ArrayList<>();
    private final List<ErrorCode> ruleCodes = new ArrayList<>();
    private boolean unregistered;

    private Violations(String subject, ErrorCode code) {
        this.subject = requireNonNull(subject, "subject is null");
        this.code = code;
    }

    /** Starts collecting the violations of {@code subject} (an entity name such as {@code Task}). */
    public static Violations of(String subject) {
        return new Violations(subject, null);
    }

    /**
     * Starts collecting the violations of {@code subject}, to be reported with {@code code} (of category
     * validation) whatever rules were broken.
     */
    public static Violations of(String subject, ErrorCode code) {
        requireNonNull(code, "code is null");
        if (code.category() != ErrorCategory.VALIDATION) {
            throw new IllegalArgumentException(code.name() + " is not a validation code");
        }
        return new Violations(subject, code);
    }

    /** Records a violation of the registered {@code rule} (of category validation) unless {@code holds}. */
    public Violations require(boolean holds, Rule rule) {
        requireNonNull(rule, "rule is null");
        if (rule.code().category() != ErrorCategory.VALIDATION) {
            throw new IllegalArgumentException("rule " + rule.name() + " is a " + rule.code().category()
                    + " rule; throw rule.exception() instead of collecting it");
        }
        if (!holds) {
            violations.add(rule.violation());
            ruleCodes.add(rule.code());
        }
        return this;
    }

    /**
     * Records a violation of {@code rule} on {@code field} unless {@code holds}: for a rule that only Java
     * holds (a rule the database holds as well is registered, see {@link #require(boolean, Rule)}).
     */
    public Violations require(boolean holds, String field, String rule, String message) {
        if (!holds) {
            violations.add(new FieldViolation(field, rule, message));
            unregistered = true;
        }
        return this;
    }

    /** Records a violation of the registered {@code rule} on {@code laterField} when both are present and {@code later} is before {@code earlier}. */
    public <T extends Temporal & Comparable<? super T>> Violations ordered(Optional<T> earlier, Optional<T> later, Rule rule) {
        return require(earlier.isEmpty() || later.isEmpty() || later.get().compareTo(earlier.get()) >= 0, rule);
    }

    /** Records a violation on {@code laterField} when both are present and {@code later} is before {@code earlier}. */
    public <T extends Temporal & Comparable<? super T>> Violations ordered(Optional<T> earlier, Optional<T> later, String laterField,
            String rule, String message) {
        return require(earlier.isEmpty() || later.isEmpty() || later.get().compareTo(earlier.get()) >= 0, laterField, rule, message);
    }

    /** Whether no violation was recorded. */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Throws the {@link ValidationException} listing every recorded violation, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(code(), subject, violations);
        }
    }

    private ErrorCode code() {
        if (code != null) {
            return code;
        }
        if (!unregistered && !ruleCodes.isEmpty() && ruleCodes.stream().distinct().count() == 1) {
            return ruleCodes.get(0);
        }
        return CoreErrorCode.VALIDATION_FAILED;
    }
}
