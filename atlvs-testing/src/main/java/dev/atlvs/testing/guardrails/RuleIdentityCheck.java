package dev.atlvs.testing.guardrails;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.module.Guardrails.Breach;
import dev.atlvs.core.module.Guardrails.PlatformBreach;
import dev.atlvs.core.module.Guardrails.PlatformProbe;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.module.Guardrails.SqlBreach;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.core.module.Guardrails.TenantProbe;
import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Repository;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.validation.internal.CheckMirrors.Mirror;
import dev.atlvs.core.validation.internal.ValidationRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Breaks a rule once through the SDK and once by raw SQL, each in a tenant transaction that is rolled back, and
 * compares what each path reports with the rule's registered identity: the error code, the field and the rule
 * name. A rule has one identity whoever catches it, so any difference is a finding.
 *
 * <p>Registered rules ({@link dev.atlvs.core.module.AtlvsModule#rules()}) are broken by the probes their module
 * declares ({@link dev.atlvs.core.module.Guardrails.Builder#rule}). The single-column CHECK constraints that
 * mirror a Bean Validation annotation are broken mechanically ({@link #derivedBreak}): the sample row's column
 * gets a value the annotation refuses (one character too many, blanks, a number past the bound), once in a
 * modified value written by the table's repository and once by an SQL {@code update}; both must report
 * {@code VALIDATION_FAILED} on the property, with the constraint as the rule.
 */
public final class RuleIdentityCheck {

    /** What a caught failure says: its code, and the field and rule it names (null when it names none). */
    public record Identity(String code, String field, String rule) {

        /** The identity the registered {@code rule} is reported with. */
        public static Identity of(Rule rule) {
            return new Identity(rule.code().name(), rule.field(), rule.name());
        }

        @Override
        public String toString() {
            return code + " on " + field + " (" + rule + ")";
        }
    }

    /** Thrown by the suite after a break that nothing refused, so that its transaction rolls back all the same. */
    private static final class NotRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRefused() {
            super("the break was not refused", null, false, false);
        }
    }

    private RuleIdentityCheck() {}

    /**
     * Every difference between the registered {@code rule} and what its two breaks report, on the row {@code id} of
     * {@code organization}; empty when both report exactly the registered identity. A probe without an SDK break is
     * checked by raw SQL alone.
     */
    public static List<Finding> check(Rule rule, TenantProbe probe, FixtureOrganization organization, UUID id) {
        requireNonNull(rule, "rule is null");
        requireNonNull(probe, "probe is null");
        List<Finding> findings = new ArrayList<>();
        dev.atlvs.core.user.User actor = probe.actor().of(organization);
        if (probe.sdk().isPresent()) {
            compare(findings, rule.name(), "through the SDK", Identity.of(rule), breakRule(organization, actor, id, probe.sdk().get()));
        }
        if (probe.sql().isPresent()) {
            compare(findings, rule.name(), "by raw SQL", Identity.of(rule), breakRule(organization, actor, id, probe.sql().get()));
            compare(findings, rule.name(), "relayed by Citus", Identity.of(rule),
                    breakRule(organization, actor, id, relayedByCitus(probe.sql().get())));
        }
        return findings;
    }

    /**
     * Every difference between the registered {@code rule} and what the breaks of a platform probe report on the row
     * {@code id}: through the {@code atlvs} platform operations, and by raw SQL on a connection of {@code runtime} (the
     * run-time role), translated by {@link Atlvs#translate}. A probe without an SDK break is checked by raw SQL alone.
     */
    public static List<Finding> check(Rule rule, PlatformProbe probe, Atlvs atlvs, DataSource runtime, SqlContext context, UUID id) {
        requireNonNull(rule, "rule is null");
        requireNonNull(probe, "probe is null");
        List<Finding> findings = new ArrayList<>();
        if (probe.sdk().isPresent()) {
            compare(findings, rule.name(), "through the SDK", Identity.of(rule), breakRule(atlvs, id, probe.sdk().get()));
        }
        compare(findings, rule.name(), "by raw SQL", Identity.of(rule), breakRule(atlvs, runtime, context, id, probe.sql(), false));
        compare(findings, rule.name(), "relayed by Citus", Identity.of(rule), breakRule(atlvs, runtime, context, id, probe.sql(), true));
        return findings;
    }

    /**
     * A finding for every rule among {@code rules} that {@code guardrails} declares no probe for: a registered rule
     * goes unprobed on neither path.
     */
    public static List<Finding> unprobed(Collection<Rule> rules, Guardrails guardrails) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (guardrails.probe(rule.name()).isEmpty()) {
                findings.add(new Finding(rule.name(), "probe declared", "registered rule " + rule.name()
                        + " has no probe: declare one with Guardrails.Builder.rule"));
            }
        }
        return findings;
    }

    /** Every difference between {@code expected} and what the two breaks reported. */
    public static List<Finding> compare(String rule, Identity expected, Optional<RuntimeException> sdk, Optional<RuntimeException> sql) {
        List<Finding> findings = new ArrayList<>();
        compare(findings, rule, "through the SDK", expected, sdk);
        compare(findings, rule, "by raw SQL", expected, sql);
        return findings;
    }

    private static void compare(List<Finding> findings, String rule, String path, Identity expected, Optional<RuntimeException> failure) {
        if (failure.isEmpty()) {
            findings.add(new Finding(rule, "refused " + path, "breaking the rule " + path + " was not refused"));
            return;
        }
        Identity actual = identity(failure.get(), rule);
        if (!actual.equals(expected)) {
            findings.add(new Finding(rule, "one identity " + path, "expected " + expected + " but " + path + " got " + actual
                    + ": " + failure.get()));
        }
    }

    /**
     * {@code breach}, whose refusal reaches the SDK as Citus relays an error raised on a shard that the coordinator
     * reaches over a connection (another node, or its own shards without local execution): the SQLSTATE, message and
     * context only, without the table, column and constraint. A registered rule keeps its identity so too.
     */
    public static Breach relayedByCitus(Breach breach) {
        requireNonNull(breach, "breach is null");
        return (tx, id) -> {
            try {
                breach.apply(tx, id);
                tx.handle().execute("set constraints all immediate");
            } catch (RuntimeException refused) {
                SQLException sql = null;
                for (Throwable t = refused; t != null && sql == null; t = t.getCause()) {
                    sql = t instanceof SQLException found ? found : null;
                }
                if (!(sql instanceof org.postgresql.util.PSQLException psql) || psql.getServerErrorMessage() == null) {
                    throw refused;
                }
                throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(relayed(psql.getServerErrorMessage()), null);
            }
        };
    }

    /** The error {@code server} as Citus relays it from a shard reached over a connection. */
    static org.postgresql.util.PSQLException relayed(org.postgresql.util.ServerErrorMessage server) {
        StringBuilder fields = new StringBuilder();
        fields.append('S').append(server.getSeverity()).append('\0');
        fields.append('C').append(server.getSQLState()).append('\0');
        fields.append('M').append(server.getMessage()).append('\0');
        String relay = "while executing command on localhost:5432";
        fields.append('W').append(server.getWhere() == null ? relay : server.getWhere() + '\n' + relay).append('\0');
        fields.append('R').append("ReportResultError").append('\0');
        return new org.postgresql.util.PSQLException(new org.postgresql.util.ServerErrorMessage(fields.toString()));
    }

    /**
     * Runs {@code breach} on the row {@code id} in a tenant transaction of the organization's owner, checks deferred
     * rules at once, and rolls the transaction back; returns the failure that refused the break, if any.
     */
    public static Optional<RuntimeException> breakRule(FixtureOrganization organization, UUID id, Breach breach) {
        return breakRule(organization, organization.owner(), id, breach);
    }

    /** Like {@link #breakRule(FixtureOrganization, UUID, Breach)}, in a tenant transaction of the member {@code actor}. */
    public static Optional<RuntimeException> breakRule(FixtureOrganization organization, dev.atlvs.core.user.User actor, UUID id,
            Breach breach) {
        requireNonNull(breach, "breach is null");
        try {
            boolean committed = organization.as(actor, tx -> {
                breach.apply(tx, id);
                tx.handle().execute("set constraints all immediate");
                if (!distributed(tx.handle().getConnection())) {
                    throw new NotRefused();
                }
                // Citus does not send SET CONSTRAINTS to the shards: a deferred rule is checked on the shard's node
                // when the transaction commits there. The probe commits; a refusal rolls it back everywhere.
                return true;
            });
            if (committed) {
                return Optional.empty();
            }
            throw new IllegalStateException("the probe transaction was not rolled back");
        } catch (NotRefused accepted) {
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(refused);
        }
    }

    /** Runs a platform breach; returns the failure that refused it, if any. */
    public static Optional<RuntimeException> breakRule(Atlvs atlvs, UUID id, PlatformBreach breach) {
        try {
            breach.apply(atlvs.platform(), id);
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(refused);
        }
    }

    /**
     * Whether the database holds the rule {@code rule}: a constraint of that name in the schema, or a function of the
     * schema that raises it.
     */
    public static boolean heldByTheDatabase(Connection connection, String rule) throws SQLException {
        try (java.sql.PreparedStatement statement = connection.prepareStatement("""
                select exists (select 1 from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                                where n.nspname = 'atlvs' and c.conname = ?)
                    or exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                where n.nspname = 'atlvs' and p.prosrc like '%' || ? || '%')
                """)) {
            statement.setString(1, rule);
            statement.setString(2, "'" + rule + "'");
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /**
     * Runs a raw-SQL breach in a transaction of the run-time role, checks deferred rules at once and rolls back;
     * returns the failure that refused it, translated as the SDK reports database failures, if any.
     */
    public static Optional<RuntimeException> breakRule(Atlvs atlvs, DataSource runtime, SqlContext context, UUID id, SqlBreach breach) {
        return breakRule(atlvs, runtime, context, id, breach, false);
    }

    private static Optional<RuntimeException> breakRule(Atlvs atlvs, DataSource runtime, SqlContext context, UUID id,
            SqlBreach breach, boolean relayedByCitus) {
        try (Connection connection = runtime.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                Guardrails.RawScope scope = new Guardrails.RawScope() {
                    @Override
                    public void organization(UUID organizationId) throws SQLException {
                        context.system(connection, organizationId, null);
                    }

                    @Override
                    public void platform() throws SQLException {
                        context.platform(connection);
                    }
                };
                breach.apply(connection, scope, id);
                statement.execute("set constraints all immediate");
                if (distributed(connection)) {
                    // A deferred rule is checked on the shard's node at commit (see breakRule of a tenant probe).
                    try {
                        connection.commit();
                    } catch (SQLException refusedAtCommit) {
                        throw dev.atlvs.core.error.DatabaseErrors.refusalAtCommit(refusedAtCommit, connection);
                    }
                }
                return Optional.empty();
            } catch (SQLException refused) {
                if (relayedByCitus && refused instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                    return Optional.of(atlvs.translate(relayed(psql.getServerErrorMessage())));
                }
                return Optional.of(atlvs.translate(refused));
            } finally {
                connection.rollback();
            }
        } catch (SQLException unusable) {
            throw new IllegalStateException("cannot open a connection for the raw-SQL break", unusable);
        }
    }

    /** Whether the database is distributed with Citus. */
    private static boolean distributed(Connection connection) {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("select atlvs.citus_installed()")) {
            row.next();
            return row.getBoolean(1);
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot tell whether the database is distributed", unreadable);
        }
    }

    /** What {@code failure} says about the rule {@code rule}: its code, and the field and rule it names. */
    public static Identity identity(Throwable failure, String rule) {
        if (!(failure instanceof AtlvsException atlvs)) {
            return new Identity("not an AtlvsException but " + failure.getClass().getName(), null, null);
        }
        String code = atlvs.code().name();
        if (atlvs instanceof ValidationException validation) {
            FieldViolation violation = validation.violations().stream().filter(v -> v.rule().equals(rule)).findFirst()
                    .orElse(validation.violations().isEmpty() ? null : validation.violations().get(0));
            return violation == null ? new Identity(code, null, null) : new Identity(code, violation.field(), violation.rule());
        }
        if (atlvs instanceof ConflictException conflict) {
            return new Identity(code, conflict.field().orElse(null), conflict.rule().orElse(null));
        }
        if (atlvs instanceof AccessDeniedException denied) {
            return new Identity(code, denied.field().orElse(null), denied.rule().orElse(null));
        }
        if (atlvs instanceof ReferenceMissingException missing) {
            return new Identity(code, missing.field(), null);
        }
        return new Identity(code, null, null);
    }

    // ---- single-column CHECK constraints mirrored by an annotation ----------------------------------------

    /** The identity of breaking the mirrored constraint of {@code mirror}: validation failed on the property, under the constraint. */
    public static Identity expected(Mirror mirror) {
        return new Identity(CoreErrorCode.VALIDATION_FAILED.name(), mirror.column().property(), mirror.constraint());
    }

    /**
     * A value of the mirror's column that its annotation refuses, if one is mechanical (too long, blank, past a bound,
     * JSON of another kind than an object).
     */
    public static Optional<Object> refusedValue(Mirror mirror) {
        ValidationRules rules = mirror.rules();
        Class<?> type = mirror.column().type().javaType();
        if (type == String.class) {
            if (rules.jsonObject()) {
                return Optional.of("[]");
            }
            if (rules.maxLength() != null) {
                return Optional.of("x".repeat(rules.maxLength() + 1));
            }
            if (rules.notBlank()) {
                return Optional.of("   ");
            }
            return Optional.empty();
        }
        if (rules.lower() != null) {
            return number(type, rules.lower().value().subtract(BigDecimal.ONE));
        }
        if (rules.upper() != null) {
            return number(type, rules.upper().value().add(BigDecimal.ONE));
        }
        return Optional.empty();
    }

    private static Optional<Object> number(Class<?> type, BigDecimal value) {
        if (type == BigDecimal.class) {
            return Optional.of(value);
        }
        if (type == Integer.class) {
            return Optional.of(value.intValueExact());
        }
        if (type == Long.class) {
            return Optional.of(value.longValueExact());
        }
        if (type == Short.class) {
            return Optional.of(value.shortValueExact());
        }
        if (type == Double.class) {
            return Optional.of(value.doubleValue());
        }
        return Optional.empty();
    }

    /**
     * The SDK break of a mirrored constraint: the stored row, modified to {@code value} in the mirror's property
     * (the Immutables {@code with*} copy), written by the repository among {@code repositories} that serves the table.
     */
    public static Breach derivedBreak(Mirror mirror, Object value, Collection<Class<?>> repositories) {
        return (tx, id) -> {
            Repository<?> repository = repositoryOf(tx, mirror.table(), repositories);
            update(repository, mirror, id, value);
        };
    }

    /**
     * The raw-SQL break of a mirrored constraint: an {@code update} of the column to {@code value}. When the update
     * passes and the row holds another value afterwards, the database derives the column (a trigger sets it), so raw
     * SQL cannot break the rule at all: {@link DerivedByTheDatabase} is thrown.
     */
    public static Breach derivedSqlBreak(Mirror mirror, Object value) {
        return (tx, id) -> {
            tx.handle()
                    .createUpdate("update " + mirror.table().quotedName() + " set " + mirror.column().quotedName() + " = " + parameter(mirror)
                            + " where id = :id")
                    .bind("value", value)
                    .bind("id", id)
                    .execute();
            boolean kept = tx.handle()
                    .createQuery("select " + mirror.column().quotedName() + " = " + parameter(mirror) + " from " + mirror.table().quotedName()
                            + " where id = :id")
                    .bind("value", value)
                    .bind("id", id)
                    .mapTo(Boolean.class)
                    .one();
            if (!kept) {
                throw new DerivedByTheDatabase(mirror.table().name() + "." + mirror.column().name());
            }
        };
    }

    /** The parameter {@code :value} as the column's type: JSON text is cast, other values are bound as their own type. */
    private static String parameter(Mirror mirror) {
        return mirror.column().type() == ColumnType.JSONB ? "cast(:value as jsonb)" : ":value";
    }

    /** Raw SQL cannot break a mirrored constraint because the database derives the column's value itself. */
    public static final class DerivedByTheDatabase extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DerivedByTheDatabase(String column) {
            super(column + " is derived by the database: raw SQL cannot set it", null, false, false);
        }
    }

    private static Repository<?> repositoryOf(TenantTransaction tx, Table<?, ?> table, Collection<Class<?>> repositories) {
        for (Class<?> type : repositories) {
            if (Repository.class.isAssignableFrom(type)) {
                Repository<?> repository = (Repository<?>) tx.repository(type);
                if (repository.table().name().equals(table.name())) {
                    return repository;
                }
            }
        }
        throw new AssertionError("no repository of the module serves " + table.name());
    }

    @SuppressWarnings("unchecked")
    private static <T extends dev.atlvs.core.repository.Entity> void update(Repository<T> repository, Mirror mirror, UUID id, Object value) {
        T stored = repository.get(id);
        repository.update((T) with(stored, mirror.table(), mirror.column(), value));
    }

    /** {@code value} copied with {@code column}'s property set to {@code newValue}, through its Immutables {@code with*} method. */
    static Object with(Object value, Table<?, ?> table, Column<?, ?, ?> column, Object newValue) {
        String property = column.property();
        String with = "with" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            Class<?> immutable = Class.forName(table.type().getPackageName() + ".Immutable" + table.type().getSimpleName(), true,
                    table.type().getClassLoader());
            Object copy = immutable.getMethod("copyOf", table.type()).invoke(null, value);
            for (Method method : immutable.getMethods()) {
                if (method.getName().equals(with) && method.getParameterCount() == 1 && accepts(method.getParameterTypes()[0], newValue)) {
                    return method.invoke(copy, newValue);
                }
            }
            throw new AssertionError(immutable.getSimpleName() + " has no " + with + " taking a " + newValue.getClass().getSimpleName());
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(thrown.getCause());
        } catch (ReflectiveOperationException unusable) {
            throw new AssertionError("cannot copy a " + table.type().getSimpleName() + " with a new " + property, unusable);
        }
    }

    private static boolean accepts(Class<?> parameter, Object value) {
        if (parameter.isPrimitive()) {
            return (parameter == int.class && value instanceof Integer) || (parameter == long.class && value instanceof Long)
                    || (parameter == short.class && value instanceof Short) || (parameter == double.class && value instanceof Double);
        }
        return parameter != Optional.class && parameter.isInstance(value);
    }
}
