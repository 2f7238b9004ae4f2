package dev.atlvs.core.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.repository.DatabaseEnum;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The transition table of one aggregate's status: which states exist, which a new record starts in, and
 * which moves between them are allowed. It is the one place a lifecycle is written in Java; services call
 * {@link #require(Object, Enum)} before they write a new status, and the generated guardrail suites compare
 * it with the database (the value set of the status column, and the transition trigger where there is one).
 *
 * <p>A refused move is a {@link ConflictException} with the aggregate's own code
 * ({@code <AGGREGATE>_TRANSITION_INVALID} of its module, category {@link ErrorCategory#CONFLICT}), the
 * status field, and the rule {@code <table>_<column>_transition}: the name a database trigger that guards
 * the same table raises, so a move refused by Java and by the database carries the same rule. The message
 * names the entity and the two states, never a value of the record.
 *
 * <pre>{@code
 * public enum TaskStatus {
 *     TODO, IN_PROGRESS, DONE, CANCELLED;
 *
 *     public static final Lifecycle<Task, TaskStatus> LIFECYCLE = Lifecycle.of(TaskStatus.class, Task::status)
 *             .entity("task").table("project_tasks").code(ProjectsErrorCode.TASK_TRANSITION_INVALID)
 *             .initial(TODO)
 *             .allow(TODO, IN_PROGRESS, CANCELLED)
 *             .allow(IN_PROGRESS, DONE, CANCELLED)
 *             .allow(DONE, IN_PROGRESS)
 *             .build();
 * }
 *
 * Task current = TaskStatus.LIFECYCLE.require(tasks.get(id), TaskStatus.DONE);
 * }</pre>
 *
 * <p>A lifecycle is immutable and safe to share; each aggregate holds its own in a constant.
 *
 * @param <E> the entity whose status the lifecycle governs
 * @param <S> the status enum
 */
public final class Lifecycle<E, S extends Enum<S>> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Class<S> type;
    private final Function<? super E, S> status;
    private final String entity;
    private final String table;
    private final String column;
    private final ErrorCode code;
    private final Set<S> initial;
    private final Map<S, Set<S>> targets;

    private Lifecycle(Builder<E, S> builder) {
        this.type = builder.type;
        this.status = builder.status;
        this.entity = builder.entity;
        this.table = builder.table;
        this.column = builder.column;
        this.code = builder.code;
        this.initial = Collections.unmodifiableSet(EnumSet.copyOf(builder.initial));
        Map<S, Set<S>> moves = new EnumMap<>(type);
        for (S state : type.getEnumConstants()) {
            Set<S> to = builder.targets.get(state);
            moves.put(state, Collections.unmodifiableSet(to == null ? EnumSet.noneOf(type) : EnumSet.copyOf(to)));
        }
        this.targets = Collections.unmodifiableMap(moves);
    }

    /**
     * Starts the lifecycle of the states of {@code type}, whose entity {@code E} tells its current state
     * through {@code status} (for example {@code Task::status}).
     */
    public static <E, S extends Enum<S>> Builder<E, S> of(Class<S> type, Function<? super E, S> status) {
        return new Builder<>(type, status);
    }

    /** The status enum. */
    public Class<S> type() {
        return type;
    }

    /** The name of the entity in messages, for example {@code task}. */
    public String entity() {
        return entity;
    }

    /** The table whose status column the lifecycle governs, without the schema, for example {@code project_tasks}. */
    public String table() {
        return table;
    }

    /** The status column of {@link #table()}, {@code status} unless declared otherwise. */
    public String column() {
        return column;
    }

    /** The field a refusal names: the Java property of {@link #column()}, for example {@code status}. */
    public String field() {
        return dev.atlvs.core.repository.Column.propertyName(column);
    }

    /** The error code of a refused move: the aggregate's {@code <AGGREGATE>_TRANSITION_INVALID}. */
    public ErrorCode code() {
        return code;
    }

    /**
     * The rule a refused move breaks, {@code <table>_<column>_transition} (for example
     * {@code expenses_status_transition}): the constraint name a database transition trigger of the same
     * table raises.
     */
    public String rule() {
        return table + "_" + column + "_transition";
    }

    /** Every state, in the enum's order. */
    public Set<S> states() {
        return Collections.unmodifiableSet(EnumSet.allOf(type));
    }

    /** The states a new record may start in. */
    public Set<S> initial() {
        return initial;
    }

    /** Whether a new record may start in {@code state}. */
    public boolean isInitial(S state) {
        return initial.contains(requireNonNull(state, "state is null"));
    }

    /** The states {@code from} may move to; empty for a terminal state. Staying in a state is not a move. */
    public Set<S> targets(S from) {
        return targets.get(requireNonNull(from, "from is null"));
    }

    /** Whether the lifecycle allows the move from {@code from} to {@code to}. */
    public boolean allows(S from, S to) {
        requireNonNull(to, "to is null");
        return targets(from).contains(to);
    }

    /** Whether {@code state} has no move out of it. */
    public boolean isTerminal(S state) {
        return targets(state).isEmpty();
    }

    /** The states with no move out of them, in the enum's order. */
    public Set<S> terminal() {
        EnumSet<S> terminal = EnumSet.noneOf(type);
        targets.forEach((state, to) -> {
            if (to.isEmpty()) {
                terminal.add(state);
            }
        });
        return Collections.unmodifiableSet(terminal);
    }

    /**
     * Checks the move from {@code from} to {@code to}.
     *
     * @throws ConflictException ({@link #code()}, field {@link #field()}, rule {@link #rule()}) when the lifecycle
     *         does not allow it
     */
    public void require(S from, S to) {
        if (!allows(from, to)) {
            throw refusal(from, to);
        }
    }

    /**
     * Checks that {@code entity} may move from its current state to {@code target}, and returns it.
     *
     * @throws ConflictException ({@link #code()}, field {@link #field()}, rule {@link #rule()}) when the lifecycle
     *         does not allow the move
     */
    public <T extends E> T require(T entity, S target) {
        requireNonNull(entity, "entity is null");
        require(statusOf(entity), target);
        return entity;
    }

    /** The current state of {@code entity}. */
    public S statusOf(E entity) {
        return requireNonNull(status.apply(requireNonNull(entity, "entity is null")), "the entity's status is null");
    }

    /**
     * The exception of refusing the move from {@code from} to {@code to}, for a service that finds a move
     * refused by other means (a conditional update that changed no row).
     */
    public ConflictException refusal(S from, S to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        String allowed = isTerminal(from) ? DatabaseEnum.toDatabase(from) + " is final"
                : "from " + DatabaseEnum.toDatabase(from) + " it moves to "
                        + targets(from).stream().map(DatabaseEnum::toDatabase).collect(Collectors.joining(", "));
        String refused = from == to ? " is " + DatabaseEnum.toDatabase(from) + " already"
                : " cannot move from " + DatabaseEnum.toDatabase(from) + " to " + DatabaseEnum.toDatabase(to);
        return ConflictException.ofRule(code, field(), rule(), capitalized(entity) + refused + " (" + allowed + ")");
    }

    @Override
    public String toString() {
        return "Lifecycle[" + table + "." + column + ": " + targets.entrySet().stream()
                .map(e -> DatabaseEnum.toDatabase(e.getKey()) + " -> " + e.getValue().stream().map(DatabaseEnum::toDatabase)
                        .collect(Collectors.joining(", ", "{", "}")))
                .collect(Collectors.joining("; ")) + "]";
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * Declares a {@link Lifecycle}: the entity's name, its table, the error code, the initial states and
     * the allowed moves are required; the column is {@code status} unless declared.
     *
     * @param <E> the entity
     * @param <S> the status enum
     */
    public static final class Builder<E, S extends Enum<S>> {
        private final Class<S> type;
        private final Function<? super E, S> status;
        private String entity;
        private String table;
        private String column = "status";
        private ErrorCode code;
        private final EnumSet<S> initial;
        private final Map<S, EnumSet<S>> targets;

        private Builder(Class<S> type, Function<? super E, S> status) {
            this.type = requireNonNull(type, "type is null");
            this.status = requireNonNull(status, "status is null");
            this.initial = EnumSet.noneOf(type);
            this.targets = new EnumMap<>(type);
        }

        /** The entity's name in messages, in lower case: {@code task}, {@code webhook delivery}. */
        public Builder<E, S> entity(String name) {
            requireNonNull(name, "name is null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("the entity name is blank");
            }
            this.entity = name;
            return this;
        }

        /** The table the lifecycle governs, without the schema: {@code project_tasks}. */
        public Builder<E, S> table(String name) {
            this.table = sqlName(name, "table");
            return this;
        }

        /** The status column, when it is not {@code status}. */
        public Builder<E, S> column(String name) {
            this.column = sqlName(name, "column");
            return this;
        }

        /** The code of a refused move: the aggregate's {@code <AGGREGATE>_TRANSITION_INVALID}, a conflict. */
        public Builder<E, S> code(ErrorCode transitionCode) {
            requireNonNull(transitionCode, "transitionCode is null");
            if (transitionCode.category() != ErrorCategory.CONFLICT) {
                throw new IllegalArgumentException("the transition code " + transitionCode.name() + " is not a conflict");
            }
            this.code = transitionCode;
            return this;
        }

        /** The states a new record may start in. */
        @SafeVarargs
        public final Builder<E, S> initial(S first, S... more) {
            initial.add(requireNonNull(first, "first is null"));
            for (S state : more) {
                initial.add(requireNonNull(state, "initial state is null"));
            }
            return this;
        }

        /** Allows the moves from {@code from} to each of {@code to}. */
        @SafeVarargs
        public final Builder<E, S> allow(S from, S... to) {
            requireNonNull(from, "from is null");
            EnumSet<S> moves = targets.computeIfAbsent(from, s -> EnumSet.noneOf(type));
            for (S target : to) {
                requireNonNull(target, "target is null");
                if (target == from) {
                    throw new IllegalArgumentException("staying in " + from + " is not a move");
                }
                moves.add(target);
            }
            return this;
        }

        /**
         * The lifecycle.
         *
         * @throws IllegalStateException when the entity, table, code or initial states are missing
         */
        public Lifecycle<E, S> build() {
            if (entity == null || table == null || code == null) {
                throw new IllegalStateException("a lifecycle of " + type.getSimpleName() + " needs its entity, table and code");
            }
            if (initial.isEmpty()) {
                throw new IllegalStateException("a lifecycle of " + type.getSimpleName() + " needs at least one initial state");
            }
            return new Lifecycle<>(this);
        }

        private static String sqlName(String name, String what) {
            requireNonNull(name, what + " is null");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("the " + what + " name " + name + " is not a lower-case SQL name");
            }
            return name;
        }
    }
}
