package dev.atlvs.testing.guardrails;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.module.LifecycleProbe;
import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * Compares a {@link Lifecycle} with the database:
 * <ul>
 *   <li>{@link #states}: its states are exactly the values of the status column's CHECK constraint
 *       ({@code <table>_<column>_check});</li>
 *   <li>{@link #transitions}: where a database trigger guards the moves (a function raises the lifecycle's
 *       rule {@code <table>_<column>_transition}, see {@link #enforcedByDatabase}), every move between two
 *       different states is tried with raw SQL on a sample row, which is first brought into the move's
 *       starting state along allowed moves; the database must refuse, with that rule, exactly the moves the
 *       lifecycle refuses. Everything runs in one tenant transaction of the organization's owner, as the
 *       run-time role, inside savepoints that are rolled back;</li>
 *   <li>{@link #undeclaredStatusColumns}: every status column of a module (an enum column named
 *       {@code status} or {@code *_status}) has a declared lifecycle of its enum, or is declared free.</li>
 * </ul>
 *
 * <pre>{@code
 * assertThat(LifecycleCheck.states(connection, ExpenseStatus.LIFECYCLE)).isEmpty();
 * UUID row = FinanceGuardrails.guardrails().sample("expenses").orElseThrow().insert(org);
 * assertThat(LifecycleCheck.transitions(org, probe, row)).isEmpty();
 * }</pre>
 */
public final class LifecycleCheck {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'::text");

    private LifecycleCheck() {}

    /** The differences between the lifecycle's states and the value set of its column's CHECK constraint. */
    public static List<Finding> states(Connection connection, Lifecycle<?, ?> lifecycle) throws SQLException {
        String object = lifecycle.table() + "." + lifecycle.column();
        String constraint = lifecycle.table() + "_" + lifecycle.column() + "_check";
        Optional<String> definition = Optional.empty();
        try (PreparedStatement statement = connection.prepareStatement("""
                select pg_get_constraintdef(con.oid)
                  from pg_constraint con
                  join pg_class c on c.oid = con.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'atlvs' and c.relname = ? and con.conname = ? and con.contype = 'c'
                """)) {
            statement.setString(1, lifecycle.table());
            statement.setString(2, constraint);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    definition = Optional.of(rows.getString(1));
                }
            }
        }
        if (definition.isEmpty()) {
            return List.of(new Finding(object, "lifecycle states", "the table has no CHECK constraint " + constraint
                    + " listing the values of its status column"));
        }
        Set<String> database = new TreeSet<>();
        Matcher matcher = QUOTED.matcher(definition.get());
        while (matcher.find()) {
            database.add(matcher.group(1));
        }
        Set<String> java = values(lifecycle.states());
        if (java.equals(database)) {
            return List.of();
        }
        return List.of(new Finding(object, "lifecycle states", "the lifecycle of " + lifecycle.type().getSimpleName() + " has "
                + java + " but " + constraint + " allows " + database));
    }

    /** Whether a function of the schema raises the lifecycle's rule: the database guards its moves. */
    public static boolean enforcedByDatabase(Connection connection, Lifecycle<?, ?> lifecycle) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                where n.nspname = 'atlvs' and strpos(p.prosrc, ?) > 0)
                """)) {
            statement.setString(1, "'" + lifecycle.rule() + "'");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** How many moves {@link #transitions} tries: every ordered pair of two different states. */
    public static int moves(Lifecycle<?, ?> lifecycle) {
        int states = lifecycle.states().size();
        return states * (states - 1);
    }

    /**
     * Tries every move between two different states of the probe's lifecycle on the row {@code row} of its table
     * in {@code organization}, and returns each move where the database and the lifecycle disagree. Nothing is
     * kept: every change is rolled back.
     */
    public static <S extends Enum<S>> List<Finding> transitions(FixtureOrganization organization, LifecycleProbe<S> probe, UUID row) {
        requireNonNull(organization, "organization is null");
        requireNonNull(probe, "probe is null");
        requireNonNull(row, "row is null");
        return organization.asOwner(tx -> {
            try {
                Connection connection = tx.handle().getConnection();
                Savepoint untouched = connection.setSavepoint();
                try {
                    return new Prober<>(connection, probe, row).probe();
                } finally {
                    connection.rollback(untouched);
                }
            } catch (SQLException failure) {
                throw new IllegalStateException("the probe of " + probe.lifecycle().table() + " failed", failure);
            }
        });
    }

    /**
     * The status columns of {@code tables} (enum columns named {@code status} or ending in {@code _status}) that
     * {@code guardrails} neither gives a lifecycle nor declares free, and the declared lifecycles whose enum is
     * not the column's.
     */
    public static List<Finding> undeclaredStatusColumns(Collection<? extends Table<?, ?>> tables, Guardrails guardrails) {
        List<Finding> findings = new ArrayList<>();
        for (Table<?, ?> table : tables) {
            for (Column<?, ?, ?> column : table.columns()) {
                Optional<Class<? extends Enum<?>>> type = column.type().enumType();
                if (type.isEmpty() || !(column.name().equals("status") || column.name().endsWith("_status"))) {
                    continue;
                }
                String object = table.name() + "." + column.name();
                Optional<LifecycleProbe<?>> declared = guardrails.lifecycle(table.name(), column.name());
                if (declared.isPresent()) {
                    Class<?> lifecycleType = declared.get().lifecycle().type();
                    if (!lifecycleType.equals(type.get())) {
                        findings.add(new Finding(object, "status lifecycle", "the declared lifecycle is of " + lifecycleType.getSimpleName()
                                + " but the column holds " + type.get().getSimpleName()));
                    }
                } else if (!guardrails.isFreeStatus(table.name(), column.name())) {
                    findings.add(new Finding(object, "status lifecycle", "the status column (" + type.get().getSimpleName()
                            + ") has no lifecycle declared in the module's guardrails, and is not declared free"));
                }
            }
        }
        return findings;
    }

    private static <S extends Enum<S>> Set<String> values(Collection<S> states) {
        Set<String> values = new TreeSet<>();
        states.forEach(state -> values.add(DatabaseEnum.toDatabase(state)));
        return values;
    }

    /** One run of the probe over one row. */
    private static final class Prober<S extends Enum<S>> {
        private final Connection connection;
        private final LifecycleProbe<S> probe;
        private final Lifecycle<?, S> lifecycle;
        private final UUID row;
        private final String object;
        private final List<Finding> findings = new ArrayList<>();

        Prober(Connection connection, LifecycleProbe<S> probe, UUID row) {
            this.connection = connection;
            this.probe = probe;
            this.lifecycle = probe.lifecycle();
            this.row = row;
            this.object = lifecycle.table() + "." + lifecycle.column();
        }

        List<Finding> probe() throws SQLException {
            Optional<S> start = current();
            if (start.isEmpty()) {
                findings.add(new Finding(object, "lifecycle transitions", "the sample row is absent, or in a state the lifecycle does not know"));
                return findings;
            }
            for (S from : lifecycle.states()) {
                Optional<List<S>> path = path(start.get(), from);
                if (path.isEmpty()) {
                    findings.add(new Finding(object, "lifecycle transitions", name(from) + " cannot be reached from the sample's state "
                            + name(start.get()) + " along allowed moves; probe a sample that starts where it can be reached"));
                    continue;
                }
                Savepoint atStart = connection.setSavepoint();
                try {
                    if (reached(start.get(), path.get())) {
                        for (S to : lifecycle.states()) {
                            if (to != from) {
                                compare(from, to);
                            }
                        }
                    }
                } finally {
                    connection.rollback(atStart);
                }
            }
            return findings;
        }

        /** Moves the row along {@code path}; false (and a finding) when the database refuses a step. */
        private boolean reached(S start, List<S> path) throws SQLException {
            S at = start;
            for (S step : path) {
                Optional<String> refused = move(step);
                if (refused.isPresent()) {
                    findings.add(new Finding(object, "lifecycle transitions", "bringing the sample from " + name(at) + " to " + name(step)
                            + ", a move the lifecycle allows, was refused (" + refused.get() + "); declare the column values the move needs"
                            + " with alsoSet, or a sample that can make it"));
                    return false;
                }
                at = step;
            }
            return true;
        }

        private void compare(S from, S to) throws SQLException {
            Savepoint before = connection.setSavepoint();
            Optional<String> refused;
            try {
                refused = move(to);
            } finally {
                connection.rollback(before);
            }
            String move = name(from) + " -> " + name(to);
            boolean allowed = lifecycle.allows(from, to);
            if (allowed && refused.isPresent()) {
                findings.add(new Finding(object, "lifecycle transitions", refused.get().equals(lifecycle.rule())
                        ? "the lifecycle allows " + move + " but the database refuses it (" + lifecycle.rule() + ")"
                        : "the lifecycle allows " + move + " but the database refused the probe for another rule (" + refused.get()
                                + "): the probe needs more column values for " + name(to) + " (alsoSet)"));
            } else if (!allowed && refused.isEmpty()) {
                findings.add(new Finding(object, "lifecycle transitions", "the lifecycle refuses " + move + " but the database accepts it"));
            } else if (!allowed && !refused.get().equals(lifecycle.rule())) {
                findings.add(new Finding(object, "lifecycle transitions", "the lifecycle refuses " + move + "; the database refuses it for "
                        + refused.get() + " instead of " + lifecycle.rule()));
            }
        }

        /** Sets the row's status to {@code target}; the rule the database refused it for, if it did. */
        private Optional<String> move(S target) throws SQLException {
            String sql = "update atlvs." + lifecycle.table() + " set " + lifecycle.column() + " = ?"
                    + probe.alsoSet(target).map(assignments -> ", " + assignments).orElse("") + " where id = ?";
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, DatabaseEnum.toDatabase(target));
                statement.setObject(2, row);
                if (statement.executeUpdate() != 1) {
                    throw new IllegalStateException("the sample row of " + lifecycle.table() + " is not visible to its organization");
                }
                connection.releaseSavepoint(before);
                return Optional.empty();
            } catch (SQLException refused) {
                connection.rollback(before);
                return Optional.of(rule(refused));
            }
        }

        private Optional<S> current() throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + lifecycle.column() + "::text from atlvs." + lifecycle.table() + " where id = ?")) {
                statement.setObject(1, row);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String value = rows.getString(1);
                    return lifecycle.states().stream().filter(state -> name(state).equals(value)).findFirst();
                }
            }
        }

        /** The shortest list of allowed moves from {@code start} to {@code goal} (empty when they are the same). */
        private Optional<List<S>> path(S start, S goal) {
            Map<S, S> cameFrom = new EnumMap<>(lifecycle.type());
            Deque<S> queue = new ArrayDeque<>();
            queue.add(start);
            cameFrom.put(start, start);
            while (!queue.isEmpty()) {
                S at = queue.poll();
                if (at == goal) {
                    List<S> path = new ArrayList<>();
                    for (S step = goal; step != start; step = cameFrom.get(step)) {
                        path.add(0, step);
                    }
                    return Optional.of(path);
                }
                for (S next : lifecycle.targets(at)) {
                    if (!cameFrom.containsKey(next)) {
                        cameFrom.put(next, at);
                        queue.add(next);
                    }
                }
            }
            return Optional.empty();
        }

        private static String rule(SQLException refused) {
            Optional<String> constraint = dev.atlvs.core.error.DatabaseErrors.constraint(refused);
            if (constraint.isPresent()) {
                return constraint.get();
            }
            return "SQLSTATE " + refused.getSQLState() + ": " + refused.getMessage();
        }

        private static String name(Enum<?> state) {
            return DatabaseEnum.toDatabase(state);
        }
    }
}
