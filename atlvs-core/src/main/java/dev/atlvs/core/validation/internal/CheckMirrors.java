package dev.atlvs.core.validation.internal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.internal.Constraints;
import dev.atlvs.core.repository.internal.Constraints.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which single-column CHECK constraint says what a Bean Validation annotation of a value type says, worked
 * out once per schema from the constraints, the {@link Table} declarations and the accessors' annotations:
 * {@code project_tasks_title_check} ({@code btrim(title) <> '' and length(title) <= 500}) mirrors both
 * {@code @NotBlank} and {@code @Size(max = 500)} of {@code Task.title()}. Validation then reports a broken
 * annotation under the constraint's name, the name the database reports it by, so a rule has one identity
 * whoever catches it. An annotation no constraint mirrors (a {@code @Pattern} without a check) keeps its own name.
 *
 * <p>The SDK binds the mirrors of its schema to the thread for the length of each transaction
 * ({@link #during}); {@link dev.atlvs.core.validation.Validation} reads them from there.
 */
public final class CheckMirrors {

    /** One annotation of an accessor and the CHECK constraint that mirrors it. */
    public record Mirror(Table<?, ?> table, Column<?, ?, ?> column, Method accessor, Annotation annotation, String constraint,
            ValidationRules rules) {}

    private static final CheckMirrors NONE = new CheckMirrors(List.of());
    private static final ThreadLocal<CheckMirrors> CURRENT = new ThreadLocal<>();

    private final List<Mirror> mirrors;
    private final Map<Class<?>, Map<String, String>> byType = new HashMap<>();

    private CheckMirrors(List<Mirror> mirrors) {
        this.mirrors = List.copyOf(mirrors);
        for (Mirror mirror : mirrors) {
            byType.computeIfAbsent(mirror.table().type(), k -> new HashMap<>())
                    .putIfAbsent(key(mirror.column().property(), mirror.annotation().annotationType()), mirror.constraint());
        }
    }

    /** No mirrors: every annotation keeps its own name. */
    public static CheckMirrors none() {
        return NONE;
    }

    /** The mirrors of {@code tables} among {@code constraints}. */
    public static CheckMirrors of(Constraints constraints, Collection<? extends Table<?, ?>> tables) {
        Map<String, List<Constraint>> checks = new HashMap<>();
        for (Constraint constraint : constraints.all()) {
            if (constraint.isSingleColumnCheck()) {
                checks.computeIfAbsent(constraint.table() + "." + constraint.columns().get(0), k -> new ArrayList<>()).add(constraint);
            }
        }
        List<Mirror> found = new ArrayList<>();
        for (Table<?, ?> table : tables) {
            for (Column<?, ?, ?> column : table.columns()) {
                List<Constraint> ofColumn = checks.getOrDefault(table.name() + "." + column.name(), List.of());
                if (ofColumn.isEmpty() || !comparable(column)) {
                    continue;
                }
                Method accessor;
                try {
                    accessor = table.type().getMethod(column.property());
                } catch (NoSuchMethodException absent) {
                    continue;
                }
                boolean integral = column.type().sqlType().matches("smallint|integer|bigint|numeric\\(\\d+,0\\)");
                List<Constraint> ordered = ofColumn.stream().sorted(Comparator.comparing(Constraint::name)).toList();
                // A type-use annotation on an accessor is both the method's and its return type's: each counts once.
                for (Annotation annotation : new java.util.LinkedHashSet<>(ValidationRules.annotationsOf(accessor))) {
                    ValidationRules rules = ValidationRules.ofAnnotations(List.of(annotation), integral);
                    for (Constraint constraint : ordered) {
                        if (rules.mirroredBy(ValidationRules.ofCheckConstraints(column.name(), List.of(constraint.definition()), integral))) {
                            found.add(new Mirror(table, column, accessor, annotation, constraint.name(), rules));
                            break;
                        }
                    }
                }
            }
        }
        return new CheckMirrors(found);
    }

    /** The mirrors of {@code tables} in the schema that {@code connection} reaches (for the guardrail suites). */
    public static CheckMirrors load(Connection connection, Collection<? extends Table<?, ?>> tables) throws SQLException {
        return of(Constraints.load(connection), tables);
    }

    /** Text, JSON and numeric columns: those whose annotations a CHECK constraint can mirror. */
    private static boolean comparable(Column<?, ?, ?> column) {
        boolean text = (column.type().sqlType().equals("text") || column.type().sqlType().equals("jsonb"))
                && column.type().enumType().isEmpty() && column.type().javaType() == String.class;
        return text || Number.class.isAssignableFrom(column.type().javaType());
    }

    /** Every mirror found. */
    public List<Mirror> all() {
        return mirrors;
    }

    /**
     * The constraint that mirrors {@code annotation} on {@code property} of a value of {@code type} (the value
     * type of a declared table, or a class implementing it such as its Immutables implementation).
     */
    public Optional<String> constraint(Class<?> type, String property, Class<? extends Annotation> annotation) {
        if (byType.isEmpty()) {
            return Optional.empty();
        }
        String key = key(property, annotation);
        for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate.getSuperclass()) {
            Optional<String> found = declared(candidate, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> declared(Class<?> type, String key) {
        Map<String, String> ofType = byType.get(type);
        if (ofType != null && ofType.containsKey(key)) {
            return Optional.of(ofType.get(key));
        }
        for (Class<?> implemented : type.getInterfaces()) {
            Optional<String> found = declared(implemented, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String key(String property, Class<? extends Annotation> annotation) {
        return property + "@" + annotation.getName();
    }

    /** The mirrors bound to this thread's transaction, or {@link #none()} outside one. */
    public static CheckMirrors current() {
        CheckMirrors bound = CURRENT.get();
        return bound == null ? NONE : bound;
    }

    /** Runs {@code work} with {@code mirrors} bound to this thread, then restores what was bound before. */
    public static <R> R during(CheckMirrors mirrors, Supplier<R> work) {
        requireNonNull(mirrors, "mirrors is null");
        CheckMirrors previous = CURRENT.get();
        CURRENT.set(mirrors);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    @Override
    public String toString() {
        return "CheckMirrors" + mirrors.stream().map(m -> m.table().name() + "." + m.column().name() + " @"
                + m.annotation().annotationType().getSimpleName() + " = " + m.constraint()).toList();
    }
}
