package dev.atlvs.core;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.internal.JdbiSetup;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.repository.internal.Constraints;
import dev.atlvs.core.repository.internal.SqlErrors;
import dev.atlvs.core.repository.internal.TransactionScope;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.tenancy.ContextProofs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the SDK, built from the host's {@link DataSource}:
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource).clock(Clock.systemUTC()).strict(true).build();
 * atlvs.migrate();
 * var created = atlvs.platform().createOrganization(Organization.builder().name("Acme Live").slug("acme-live").build(), ownerId);
 * List<Location> venues = atlvs.inTenant(created.organization().id(), ownerId,
 *         tx -> tx.repository(LocationRepository.class).page(PageRequest.sortedBy("name")).items());
 * }</pre>
 *
 * <p>Every tenant transaction checks that the acting user is an active member, sets tenant and actor
 * for that transaction only, and retries serialization failures a bounded number of times. The database
 * accepts the tenant and actor only when signed or proved with the {@link ContextKey} (the host's, given to
 * {@link Builder#contextKey}, or else the database's own, read once through the schema owner's pool),
 * and checks on every statement that they were not rewritten since. At start-up the connection role is
 * checked: a superuser or {@code BYPASSRLS} role would see every tenant, so it is reported as a warning,
 * and refused in strict mode.
 */
public final class Atlvs {
    private static final Logger LOG = LoggerFactory.getLogger(Atlvs.class);

    private final DataSource dataSource;
    private final DataSource migrationDataSource;
    private final String runtimeRole;
    private final Clock clock;
    private final int maxAttempts;
    private final TransactionIsolationLevel isolation;
    private final java.util.function.Supplier<UUID> correlationIds;
    private final ContextKey configuredKey;
    private final dev.atlvs.core.crypto.FieldKeys fieldKeys;
    private final dev.atlvs.core.observe.AtlvsObserver observer;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private volatile Jdbi jdbi;
    private volatile Jdbi replicaJdbi;
    private final DataSource readReplica;
    private volatile ContextProofs proofs;

    private Atlvs(Builder builder) {
        this.dataSource = builder.dataSource;
        this.migrationDataSource = builder.migrationDataSource == null ? builder.dataSource : builder.migrationDataSource;
        this.runtimeRole = builder.runtimeRole;
        this.clock = builder.clock;
        this.maxAttempts = builder.maxAttempts;
        this.isolation = builder.isolation;
        this.correlationIds = builder.correlationIds;
        this.configuredKey = builder.contextKey;
        this.fieldKeys = builder.fieldKeys;
        this.readReplica = builder.readReplica;
        this.observer = builder.observer;
        AtlvsModules.installed();
        checkConnectionRole(builder.strict);
    }

    /** Starts building an SDK instance over {@code dataSource}, the pool the application uses at run time. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Applies pending schema migrations and returns how many ran; then installs the configured
     * {@link Builder#contextKey context key}, if any (installing it again changes nothing).
     *
     * @throws AtlvsException ({@link CoreErrorCode#MIGRATION_FAILED}) when a migration fails, or when the
     *         configured key's id is installed with another secret
     */
    public int migrate() {
        AtlvsMigrations migrations = AtlvsMigrations.on(migrationDataSource);
        if (runtimeRole != null) {
            migrations.runtimeRole(runtimeRole);
        }
        int applied = migrations.migrate().applied();
        if (configuredKey != null) {
            installContextKey(configuredKey);
        }
        jdbi = null;
        replicaJdbi = null;
        return applied;
    }

    /**
     * The state of the database: server version, schema, each installed module's applied, pending and failed
     * migrations, and whether the run-time connection's role is safe. Read through the owner's pool
     * ({@link Builder#migrateAs}), else the run-time pool; for a health check or an operator's {@code info}.
     *
     * @throws AtlvsException {@link CoreErrorCode#DATABASE_UNREACHABLE} when no connection opens
     */
    public dev.atlvs.core.migration.SchemaStatus schemaStatus() {
        dev.atlvs.core.migration.SchemaStatus status = AtlvsMigrations.on(migrationDataSource).status();
        if (migrationDataSource == dataSource) {
            return status;
        }
        java.util.Map.Entry<String, Boolean> runtimeRole = runtimeRoleRow();
        return new dev.atlvs.core.migration.SchemaStatus(status.serverVersion(), status.serverVersionNumber(), status.database(),
                status.schemaPresent(), status.modules(), runtimeRole.getKey(), runtimeRole.getValue());
    }

    /**
     * Checks that this instance can serve: the server is PostgreSQL 15 or newer, the schema exists with no failed or
     * pending migration, and the run-time pool's role may use it. For a start-up probe or a readiness check; the first
     * transaction checks the same (cheaply) by itself. Returns the status read.
     *
     * @throws AtlvsException with the code of the first problem found, its message saying what to run:
     *         {@link CoreErrorCode#DATABASE_UNREACHABLE}, {@link CoreErrorCode#SERVER_TOO_OLD},
     *         {@link CoreErrorCode#SCHEMA_MISSING}, {@link CoreErrorCode#MIGRATION_FAILED},
     *         {@link CoreErrorCode#MIGRATIONS_PENDING}, {@link CoreErrorCode#RUNTIME_ROLE_GRANTS_MISSING}
     */
    public dev.atlvs.core.migration.SchemaStatus checkReady() {
        dev.atlvs.core.migration.SchemaStatus status = schemaStatus();
        dev.atlvs.core.migration.internal.SetupChecks.requireReady(status);
        try (Connection connection = dev.atlvs.core.migration.internal.SetupChecks.connect(dataSource, "the run-time pool")) {
            requireServable(connection);
        } catch (SQLException failure) {
            throw dev.atlvs.core.migration.internal.SetupChecks.databaseFailure("checking the run-time role's privileges", failure);
        }
        return status;
    }

    /** The start-up check, reading the migration histories through the owner's pool when one was given. */
    private void requireServable(Connection runtime) throws SQLException {
        if (migrationDataSource == dataSource) {
            dev.atlvs.core.migration.internal.SetupChecks.requireServable(runtime, AtlvsModules.installed());
            return;
        }
        try (Connection owner = dev.atlvs.core.migration.internal.SetupChecks.connect(migrationDataSource, "the owner's pool")) {
            dev.atlvs.core.migration.internal.SetupChecks.requireServable(runtime, owner, AtlvsModules.installed());
        }
    }

    /** The run-time pool's role, and whether row-level security applies to it (neither superuser nor BYPASSRLS). */
    private java.util.Map.Entry<String, Boolean> runtimeRoleRow() {
        try (Connection connection = dev.atlvs.core.migration.internal.SetupChecks.connect(dataSource, "the run-time pool");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select current_user, not (rolsuper or rolbypassrls) from pg_roles where rolname = current_user")) {
            row.next();
            return java.util.Map.entry(row.getString(1), row.getBoolean(2));
        } catch (SQLException failure) {
            throw dev.atlvs.core.migration.internal.SetupChecks.databaseFailure("reading the run-time role", failure);
        }
    }

    private void installContextKey(ContextKey key) {
        try (Connection connection = migrationDataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement("select atlvs.install_context_key(?, ?)")) {
            statement.setString(1, key.id());
            statement.setBytes(2, key.secret());
            statement.executeQuery().close();
        } catch (SQLException failure) {
            throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the context key " + key.id() + " could not be installed ("
                    + failure.getSQLState() + "): an id is never reused with another secret, and installing needs the schema owner",
                    failure);
        }
    }

    /**
     * The signed contexts and proofs of this instance's transaction openings, made with the configured key or,
     * without one, with the database's {@code default} key read once through the owner's pool.
     */
    private ContextProofs proofs() {
        ContextProofs current = proofs;
        if (current == null) {
            // The schema is checked first, so that an unmigrated database is reported as such.
            jdbi();
            synchronized (this) {
                current = proofs;
                if (current == null) {
                    current = new ContextProofs(configuredKey != null ? configuredKey : defaultContextKey());
                    proofs = current;
                }
            }
        }
        return current;
    }

    private ContextKey defaultContextKey() {
        String problem = "no context key to open transactions with: configure the host's key with Atlvs.Builder.contextKey "
                + "(Atlvs.migrate installs it), or give the schema owner's pool to Atlvs.Builder.migrateAs so that the "
                + "database's default key can be read";
        try (Connection connection = migrationDataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select secret from atlvs.context_keys where key_id = 'default' and retired_at is null")) {
            if (!row.next()) {
                throw new AtlvsException(CoreErrorCode.CONTEXT_KEY_MISSING, problem + " (the default key is retired)");
            }
            return ContextKey.of("default", row.getBytes(1));
        } catch (SQLException failure) {
            throw new AtlvsException(CoreErrorCode.CONTEXT_KEY_MISSING, problem + " (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /**
     * Creates the monthly audit partitions from the current month through {@code through}, as the schema
     * owner (the pool given to {@link Builder#migrateAs}, else the run-time pool). Returns the partitions
     * created; run it on a schedule, e.g. monthly, a few months ahead.
     */
    public java.util.List<String> createAuditPartitions(java.time.LocalDate through) {
        requireNonNull(through, "through is null");
        return ownerQuery("select atlvs.create_audit_partitions(?)", statement -> statement.setObject(1, through));
    }

    /**
     * Detaches the audit partition of {@code month} for archival: its rows leave the audit trail and
     * stay in a table of their own ({@code atlvs.audit_logs_yYYYYmMM}) for the operator to export and drop.
     * Returns the table's name, if the month had a partition.
     */
    public java.util.Optional<String> detachAuditPartition(java.time.YearMonth month) {
        requireNonNull(month, "month is null");
        return ownerQuery("select atlvs.detach_audit_partition(?)", statement -> statement.setObject(1, month.atDay(1)))
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private java.util.List<String> ownerQuery(String sql, SqlBinder binder) {
        try (Connection connection = migrationDataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            java.util.List<String> names = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException failure) {
            throw SqlErrors.translate(failure, Constraints.none());
        }
    }

    @FunctionalInterface
    private interface SqlBinder {
        void bind(java.sql.PreparedStatement statement) throws SQLException;
    }

    /**
     * Translates a failure of SQL the host ran on its own connection to the SDK's database into the
     * {@link AtlvsException} the SDK reports for it: a registered rule with its code, field and name, a
     * duplicate with its fields, and so on, without the values the server's message quotes.
     */
    public AtlvsException translate(Throwable failure) {
        requireNonNull(failure, "failure is null");
        return SqlErrors.translate(failure, constraints());
    }

    /** The SDK's clock. */
    public Clock clock() {
        return clock;
    }

    /** Cross-tenant platform operations: users, organizations, memberships. */
    public Platform platform() {
        return new Platform(this);
    }

    /**
     * Runs {@code work} in a transaction of {@code organizationId} on behalf of {@code actorId}, who must be
     * an active member; commits when it returns, rolls back when it throws.
     *
     * @throws AccessDeniedException when the actor is not an active member
     */
    public <R> R inTenant(UUID organizationId, UUID actorId, TenantWork<R> work) {
        return inTenant(organizationId, actorId, null, work);
    }

    /**
     * Runs {@code work} in a transaction of the organization of an authenticated API key
     * ({@link dev.atlvs.core.apikey.ApiKeys#authenticate}), acting as the key's member; the member's
     * permissions inside are bounded by the key's scopes ({@link TenantTransaction#permissions()}).
     *
     * @throws AccessDeniedException when the key's member is no longer an active member
     */
    public <R> R inTenant(dev.atlvs.core.apikey.ApiKeyPrincipal principal, TenantWork<R> work) {
        requireNonNull(principal, "principal is null");
        return inTenant(principal.organizationId(), principal.userId(), principal.scopes(), work);
    }

    /** The API keys: authentication of presented keys, before any tenant is known. */
    public dev.atlvs.core.apikey.ApiKeys apiKeys() {
        return new dev.atlvs.core.apikey.ApiKeys(systemTransactions());
    }

    /**
     * Runs read-only {@code work} (reports, exports, dashboards: {@code AgingReport}, {@code TrialBalance} and the like)
     * in a read-only transaction of {@code organizationId} on behalf of {@code actorId}: on the read replica when one is
     * configured ({@link Builder#readReplica}), else on the primary. The tenant, the actor's membership and row-level
     * security hold as in {@link #inTenant(UUID, UUID, TenantWork)}; a write inside is refused
     * ({@link CoreErrorCode#READ_ONLY_TRANSACTION}). A replica may lag behind the primary: work that must see its own
     * writes belongs in {@link #inTenant(UUID, UUID, TenantWork)}.
     *
     * @throws AccessDeniedException when the actor is not an active member
     */
    public <R> R readInTenant(UUID organizationId, UUID actorId, TenantWork<R> work) {
        return inTenant(organizationId, actorId, null, true, work);
    }

    /** Whether read-only work ({@link #readInTenant}) goes to a read replica. */
    public boolean hasReadReplica() {
        return readReplica != null;
    }

    private <R> R inTenant(UUID organizationId, UUID actorId, java.util.Set<String> scopes, TenantWork<R> work) {
        return inTenant(organizationId, actorId, scopes, false, work);
    }

    private <R> R inTenant(UUID organizationId, UUID actorId, java.util.Set<String> scopes, boolean readOnly, TenantWork<R> work) {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(actorId, "actorId is null");
        requireNonNull(work, "work is null");
        ContextProofs opening = proofs();
        dev.atlvs.core.observe.AtlvsObserver.Observation observation = observer == dev.atlvs.core.observe.AtlvsObserver.NONE ? null
                : observer.start(new dev.atlvs.core.observe.AtlvsObserver.Operation(readOnly
                        ? dev.atlvs.core.observe.AtlvsObserver.Kind.READ_TRANSACTION : dev.atlvs.core.observe.AtlvsObserver.Kind.TENANT_TRANSACTION,
                        dev.atlvs.core.observe.AtlvsObserver.Operation.NONE, dev.atlvs.core.observe.AtlvsObserver.Operation.NONE));
        return observed(observation, () -> outermost(() -> withRetries(() -> transaction(readOnly, handle -> {
            if (readOnly) {
                handle.execute("set transaction read only");
            }
            handle.getConfig(TransactionScope.class).tenant(organizationId, actorId);
            UUID correlationId = correlationIds.get();
            String membership = beginTenantTransaction(opening, handle, organizationId, actorId, correlationId);
            if (membership == null || !membership.startsWith("active:")) {
                throw new AccessDeniedException(CoreErrorCode.NOT_A_MEMBER, null,
                        "the acting user is not an active member of the organization");
            }
            MemberRole role = DatabaseEnum.fromDatabase(MemberRole.class, membership.substring("active:".length()));
            TenantTransaction tx = new TenantTransaction(handle, organizationId, actorId, role, clock, correlationId, scopes);
            tx.observe(observer, observation);
            handle.getConfig(TransactionScope.class).transaction(tx);
            try {
                return work.run(tx);
            } finally {
                tx.close();
            }
        }))));
    }

    /** Runs {@code work} under {@code observation} (none when null), stopped with its failure if it fails. */
    private static <R> R observed(dev.atlvs.core.observe.AtlvsObserver.Observation observation, java.util.function.Supplier<R> work) {
        if (observation == null) {
            return work.get();
        }
        R result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            observation.stop(failure);
            throw failure;
        }
        observation.stop(null);
        return result;
    }

    /**
     * Sets the signed context with tenant, actor and correlation id and reads the actor's membership under it, in
     * the transaction's first round trip ({@link ContextProofs#beginTenant}). Plain JDBC on the handle's connection:
     * it runs before every tenant transaction, where the statement machinery of Jdbi (named-parameter parsing,
     * argument and mapper look-up) is measurable.
     */
    private static String beginTenantTransaction(ContextProofs opening, Handle handle, UUID organizationId, UUID actorId,
            UUID correlationId) {
        try {
            return opening.beginTenant(handle.getConnection(), organizationId, actorId, correlationId);
        } catch (SQLException failure) {
            throw openingFailure(failure);
        }
    }

    /** A refused context as an {@link AccessDeniedException} with the database's reason; anything else as Jdbi would throw it. */
    private static RuntimeException openingFailure(SQLException failure) {
        if ("42501".equals(failure.getSQLState())) {
            String reason = failure instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    ? psql.getServerErrorMessage().getMessage() : "the transaction context was refused";
            return new AccessDeniedException(CoreErrorCode.CONTEXT_REFUSED, null, reason, failure);
        }
        return new org.jdbi.v3.core.statement.UnableToExecuteStatementException(failure, null);
    }

    /** Like {@link #inTenant(UUID, UUID, TenantWork)} for work without a result. */
    public void useTenant(UUID organizationId, UUID actorId, java.util.function.Consumer<TenantTransaction> work) {
        inTenant(organizationId, actorId, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * A platform transaction: scoped to {@code organizationId} when given (no membership check), else to
     * the platform tenant that owns platform-wide rows, with the optional {@code actorId} recorded on
     * changes. Used by {@link Platform} only.
     */
    <R> R inSystem(UUID organizationId, UUID actorId, Function<Handle, R> work) {
        ContextProofs opening = proofs();
        dev.atlvs.core.observe.AtlvsObserver.Observation observation = null;
        if (observer != dev.atlvs.core.observe.AtlvsObserver.NONE) {
            String[] operation = dev.atlvs.core.observe.internal.Operations.outermostService()
                    .orElse(new String[] {dev.atlvs.core.observe.AtlvsObserver.Operation.NONE, dev.atlvs.core.observe.AtlvsObserver.Operation.NONE});
            observation = observer.start(new dev.atlvs.core.observe.AtlvsObserver.Operation(
                    dev.atlvs.core.observe.AtlvsObserver.Kind.SYSTEM_TRANSACTION, operation[0], operation[1]));
        }
        return observed(observation, () -> outermost(() -> withRetries(() -> transaction(handle -> {
            handle.getConfig(TransactionScope.class).tenant(organizationId, actorId);
            try {
                opening.beginSystem(handle.getConnection(), organizationId, actorId, correlationIds.get());
            } catch (SQLException failure) {
                throw openingFailure(failure);
            }
            return work.apply(handle);
        }))));
    }

    /**
     * Creates the monthly partitions of the webhook attempt log ({@code webhook_logs}) from the current
     * month through {@code through}, as the schema owner; run it beside {@link #createAuditPartitions}.
     */
    public java.util.List<String> createWebhookLogPartitions(java.time.LocalDate through) {
        requireNonNull(through, "through is null");
        return ownerQuery("select atlvs.create_webhook_log_partitions(?)", statement -> statement.setObject(1, through));
    }

    /**
     * The maintenance of the partitioned logs (the audit trail and the webhook attempt log): partitions ahead,
     * per-organization retention, archives to files and their restore. It works as the schema owner (the pool given
     * to {@link Builder#migrateAs}, else the run-time pool) and opens a context of each organization it handles.
     */
    public dev.atlvs.core.maintenance.Maintenance maintenance() {
        return dev.atlvs.core.maintenance.Maintenance.of(migrationDataSource, proofs());
    }

    private dev.atlvs.core.internal.SystemTransactions systemTransactions() {
        Atlvs self = this;
        return new dev.atlvs.core.internal.SystemTransactions() {
            @Override
            public <R> R withoutTenant(Function<Handle, R> work) {
                return self.outermost(() -> self.withRetries(() -> self.transaction(work::apply)));
            }

            @Override
            public <R> R inOrganization(UUID organizationId, Function<Handle, R> work) {
                requireNonNull(organizationId, "organizationId is null");
                return self.inSystem(organizationId, null, work);
            }

            @Override
            public Clock clock() {
                return self.clock;
            }

            @Override
            public DataSource dataSource() {
                return self.dataSource;
            }
        };
    }

    static {
        dev.atlvs.core.internal.SystemTransactions.Access.install(Atlvs::systemTransactions);
    }

    /**
     * One transaction at the configured isolation level. Without one, the connection's default applies
     * (READ COMMITTED on PostgreSQL) and no round trip is spent reading or restoring the level.
     */
    private <R> R transaction(org.jdbi.v3.core.HandleCallback<R, RuntimeException> callback) {
        return transaction(false, callback);
    }

    /** Like {@link #transaction(org.jdbi.v3.core.HandleCallback)}, on the read replica for read-only work when one is configured. */
    private <R> R transaction(boolean readOnly, org.jdbi.v3.core.HandleCallback<R, RuntimeException> callback) {
        Jdbi target = readOnly && readReplica != null ? replicaJdbi() : jdbi();
        return isolation == null ? target.inTransaction(callback) : target.inTransaction(isolation, callback);
    }

    private Jdbi replicaJdbi() {
        Jdbi current = replicaJdbi;
        if (current == null) {
            synchronized (this) {
                current = replicaJdbi;
                if (current == null) {
                    // The replica holds the primary's schema: the constraints read from the primary describe it.
                    current = JdbiSetup.create(readReplica, constraints(), fieldKeys);
                    replicaJdbi = current;
                }
            }
        }
        return current;
    }

    /**
     * Runs a transaction that must not be nested in another of this instance on the same thread: Jdbi
     * would join the open one, so the inner call would silently change the outer transaction's tenant
     * and actor. A nested call is refused instead.
     */
    private <R> R outermost(java.util.function.Supplier<R> transaction) {
        if (inTransaction.get()) {
            throw new AtlvsException(CoreErrorCode.NESTED_TRANSACTION,
                    "a transaction is already open on this thread; finish it before opening another");
        }
        inTransaction.set(true);
        try {
            // Validation inside the transaction names a broken annotation after the CHECK constraint that mirrors it.
            return dev.atlvs.core.validation.internal.CheckMirrors.during(jdbi().getConfig(TransactionScope.class).checkMirrors(),
                    transaction);
        } finally {
            inTransaction.remove();
        }
    }

    private <R> R withRetries(java.util.function.Supplier<R> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (tries < maxAttempts && SqlErrors.isRetryable(failure)) {
                    LOG.debug("transaction collided with a concurrent one; retrying (attempt {} of {})", tries + 1, maxAttempts);
                    backOff(tries);
                    continue;
                }
                if (failure instanceof AtlvsException atlvs) {
                    throw atlvs;
                }
                if (failure instanceof JdbiException) {
                    throw SqlErrors.translate(failure, constraints());
                }
                throw failure;
            }
        }
    }

    private static void backOff(int tries) {
        long bound = Math.min(200, 5L << tries);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AtlvsException(CoreErrorCode.CONCURRENT_UPDATE, "interrupted while retrying a transaction", interrupted);
        }
    }

    Jdbi jdbi() {
        Jdbi current = jdbi;
        if (current == null) {
            synchronized (this) {
                current = jdbi;
                if (current == null) {
                    current = JdbiSetup.create(dataSource, loadConstraints(), fieldKeys);
                    jdbi = current;
                }
            }
        }
        return current;
    }

    private Constraints constraints() {
        return jdbi().getConfig(TransactionScope.class).constraints();
    }

    private Constraints loadConstraints() {
        try (Connection connection = dev.atlvs.core.migration.internal.SetupChecks.connect(dataSource, "the run-time pool")) {
            requireServable(connection);
            return Constraints.load(connection);
        } catch (SQLException failure) {
            throw SqlErrors.translate(failure, Constraints.none());
        }
    }

    private void checkConnectionRole(boolean strict) {
        try (Connection connection = dev.atlvs.core.migration.internal.SetupChecks.connect(dataSource, "the run-time pool");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select current_user, rolsuper, rolbypassrls, current_setting('server_version'), "
                        + "current_setting('server_version_num')::int from pg_roles where rolname = current_user")) {
            row.next();
            dev.atlvs.core.migration.internal.SetupChecks.requireSupportedServer(row.getString(4), row.getInt(5));
            if (row.getBoolean(2) || row.getBoolean(3)) {
                String problem = "the connection role " + row.getString(1) + " is "
                        + (row.getBoolean(2) ? "a superuser" : "BYPASSRLS")
                        + ": row-level security does not apply to it, so tenant isolation rests on the SDK alone";
                if (strict) {
                    throw new AtlvsException(CoreErrorCode.UNSAFE_CONNECTION_ROLE, problem + "; refusing to start in strict mode");
                }
                LOG.warn("{}; connect as a role that is neither", problem);
            }
        } catch (SQLException failure) {
            throw dev.atlvs.core.migration.internal.SetupChecks.databaseFailure("checking the run-time role", failure);
        }
    }

    /** Builds an {@link Atlvs}. */
    public static final class Builder {
        private final DataSource dataSource;
        private DataSource migrationDataSource;
        private DataSource readReplica;
        private String runtimeRole;
        private Clock clock = Clock.systemUTC();
        private boolean strict;
        private int maxAttempts = 5;
        private TransactionIsolationLevel isolation;
        private java.util.function.Supplier<UUID> correlationIds = dev.atlvs.core.repository.Ids::newId;
        private ContextKey contextKey;
        private dev.atlvs.core.crypto.FieldKeys fieldKeys;
        private dev.atlvs.core.observe.AtlvsObserver observer = dev.atlvs.core.observe.AtlvsObserver.NONE;

        private Builder(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource is null");
        }

        /** The clock used for business time (expiry of grants, lifecycle stamps). Default: system UTC. */
        public Builder clock(Clock newClock) {
            this.clock = requireNonNull(newClock, "clock is null");
            return this;
        }

        /** Refuse to start when the connection role is a superuser or {@code BYPASSRLS}. Default: warn only. */
        public Builder strict(boolean newStrict) {
            this.strict = newStrict;
            return this;
        }

        /**
         * Migrate through another pool, connected as the schema owner, and grant the run-time role
         * {@code runtimeRole} its privileges.
         */
        public Builder migrateAs(DataSource ownerDataSource, String newRuntimeRole) {
            this.migrationDataSource = requireNonNull(ownerDataSource, "ownerDataSource is null");
            this.runtimeRole = requireNonNull(newRuntimeRole, "runtimeRole is null");
            return this;
        }

        /** How many times a transaction runs at most when it collides with concurrent ones. Default 5. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 50) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 50");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * The isolation level of every transaction, tenant and platform alike. Default: the connection's own
         * (READ COMMITTED on PostgreSQL), which spares the round trips of reading and restoring the level.
         *
         * <p>Offered: {@link TransactionIsolationLevel#READ_COMMITTED READ_COMMITTED},
         * {@link TransactionIsolationLevel#REPEATABLE_READ REPEATABLE_READ} and
         * {@link TransactionIsolationLevel#SERIALIZABLE SERIALIZABLE}. The database's rules hold at each of
         * them, including those decided by reading rows a concurrent transaction may be writing: an
         * organization keeps an active owner, project dependencies and every tree (locations, sub-tasks,
         * accounts) form no cycle, a person or asset is not booked beyond 100 %, budgets (and forecasts,
         * fiscal periods) of one scope do not overlap, an approval does not take a budget past its amount,
         * payments settle no more than is open on an invoice, document numbers are gap-free, and storage stays
         * within the quota. Under READ COMMITTED the second of two concurrent deciders waits for the first
         * and then reads what it committed; under REPEATABLE READ and SERIALIZABLE it fails with a
         * serialization failure, and the transaction runs again on a fresh snapshot, up to
         * {@link #maxAttempts} times in all. Under the two stricter levels a work function must therefore be
         * safe to run more than once (no side effects outside the database), and a host with many writers
         * of the same records should raise {@link #maxAttempts}.
         *
         * @throws IllegalArgumentException for {@code READ_UNCOMMITTED} (PostgreSQL runs it as READ
         *         COMMITTED; ask for that), {@code NONE} and {@code UNKNOWN}
         */
        public Builder isolation(TransactionIsolationLevel level) {
            requireNonNull(level, "level is null");
            if (level != TransactionIsolationLevel.READ_COMMITTED && level != TransactionIsolationLevel.REPEATABLE_READ
                    && level != TransactionIsolationLevel.SERIALIZABLE) {
                throw new IllegalArgumentException("isolation must be READ_COMMITTED, REPEATABLE_READ or SERIALIZABLE, the levels "
                        + "at which the database's rules are proven to hold; " + level + " is not offered");
            }
            this.isolation = level;
            return this;
        }

        /**
         * Where each transaction's correlation id comes from, e.g. the host's request id; recorded on every
         * audit row the transaction writes. Default: a new time-ordered id per transaction.
         */
        public Builder correlationIds(java.util.function.Supplier<UUID> supplier) {
            this.correlationIds = requireNonNull(supplier, "supplier is null");
            return this;
        }

        /**
         * The host's context key, kept in its secret store: transaction openings are proved with it, and
         * {@link Atlvs#migrate()} installs it. Without one, the SDK reads the database's {@code default}
         * key once, at the first transaction, through the owner's pool ({@link #migrateAs}, else the
         * run-time pool); a run-time role that is not the owner cannot read it, so such a host must
         * configure a key or the owner's pool.
         */
        public Builder contextKey(ContextKey key) {
            this.contextKey = requireNonNull(key, "key is null");
            return this;
        }

        /**
         * The keys of the encrypted columns ({@code @Db.Encrypted}): without them, writing or reading a present
         * encrypted value fails with {@code ENCRYPTION_KEY_MISSING}. Default: none.
         */
        public Builder fieldKeys(dev.atlvs.core.crypto.FieldKeys keys) {
            this.fieldKeys = requireNonNull(keys, "keys is null");
            return this;
        }

        /**
         * A pool on a read replica of the database (a streaming standby, connected as the same run-time role), where
         * {@link Atlvs#readInTenant} runs read-only work such as reports; the primary keeps everything else. Default:
         * none, and read-only work runs on the primary.
         */
        public Builder readReplica(DataSource replica) {
            this.readReplica = requireNonNull(replica, "replica is null");
            return this;
        }

        /**
         * Who watches the SDK's work: timers ({@link dev.atlvs.core.observe.MicrometerObserver}), spans
         * ({@link dev.atlvs.core.observe.OpenTelemetryObserver}) or both ({@link dev.atlvs.core.observe.AtlvsObserver#composite}).
         * Default: none, and nothing is spent on it.
         */
        public Builder observer(dev.atlvs.core.observe.AtlvsObserver newObserver) {
            this.observer = requireNonNull(newObserver, "observer is null");
            return this;
        }

        public Atlvs build() {
            return new Atlvs(this);
        }
    }
}
