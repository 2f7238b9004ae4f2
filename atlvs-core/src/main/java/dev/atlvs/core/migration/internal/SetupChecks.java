package dev.atlvs.core.migration.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.SchemaStatus;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * The checks behind the set-up errors: each failure of a migration or of the start-up becomes an
 * {@link AtlvsException} with a stable code and a message that says what to run.
 */
public final class SetupChecks {

    /** How to migrate, told by every message that asks for it. */
    public static final String HOW_TO_MIGRATE = "run Atlvs.migrate() with the schema owner's pool (Atlvs.Builder.migrateAs(owner, runtimeRole)), "
            + "or java -jar atlvs-cli.jar migrate --url <jdbc-url> --user <owner> --runtime-role <runtime role>";

    private SetupChecks() {
    }

    /** A connection of {@code dataSource}, or {@link CoreErrorCode#DATABASE_UNREACHABLE} saying which pool failed. */
    public static Connection connect(DataSource dataSource, String which) {
        try {
            return dataSource.getConnection();
        } catch (SQLException failure) {
            throw databaseFailure("opening a connection of " + which, failure);
        }
    }

    /**
     * A failure of JDBC during set-up: {@link CoreErrorCode#DATABASE_UNREACHABLE} for connection and authentication
     * failures, else {@link CoreErrorCode#DATABASE_ERROR} with the SQLSTATE.
     */
    public static AtlvsException databaseFailure(String doing, SQLException failure) {
        String state = failure.getSQLState();
        if (failure instanceof SQLTransientConnectionException || state == null || state.startsWith("08") || state.startsWith("28")
                || state.equals("3D000")) {
            return new AtlvsException(CoreErrorCode.DATABASE_UNREACHABLE, "no connection to the database while " + doing
                    + (state == null ? "" : " (SQLSTATE " + state + ")") + ": " + firstLine(failure.getMessage())
                    + "; check the JDBC URL, the credentials, that the database exists and that the server accepts connections",
                    failure);
        }
        return new AtlvsException(CoreErrorCode.DATABASE_ERROR, "the database failed while " + doing + " (SQLSTATE " + state + ")",
                failure);
    }

    /** {@link CoreErrorCode#SERVER_TOO_OLD} unless the server is PostgreSQL 15 or newer. */
    public static void requireSupportedServer(String version, int versionNumber) {
        if (versionNumber < SchemaStatus.MINIMUM_SERVER_VERSION_NUMBER) {
            throw new AtlvsException(CoreErrorCode.SERVER_TOO_OLD, "the server runs PostgreSQL " + version
                    + ", and the SDK needs PostgreSQL 15 or newer (security_invoker views, MERGE, NULLS NOT DISTINCT): "
                    + "upgrade the server, or point the SDK at one that is");
        }
    }

    /**
     * {@link CoreErrorCode#OWNER_POOL_TOO_SMALL} when {@code dataSource} is a pool (it has {@code getMaximumPoolSize()},
     * as HikariCP's has) allowing fewer than {@code minimum} connections: a migration holds one connection for Flyway's
     * lock while it migrates through another, so such a pool would wait for ever.
     */
    public static void requirePoolOfAtLeast(DataSource dataSource, int minimum) {
        Integer size = maximumPoolSize(dataSource);
        if (size != null && size > 0 && size < minimum) {
            throw new AtlvsException(CoreErrorCode.OWNER_POOL_TOO_SMALL, "the migrating pool allows " + size + " connection"
                    + (size == 1 ? "" : "s") + " and a migration needs " + minimum + " at once (Flyway keeps one for its lock): "
                    + "set its maximum pool size to at least " + minimum + " (HikariConfig.setMaximumPoolSize)");
        }
    }

    private static Integer maximumPoolSize(DataSource dataSource) {
        try {
            Method getter = dataSource.getClass().getMethod("getMaximumPoolSize");
            Object value = getter.invoke(dataSource);
            return value instanceof Integer size ? size : null;
        } catch (ReflectiveOperationException | RuntimeException notAPool) {
            return null;
        }
    }

    /** A failed migration of {@code module}: unreachable database, or {@link CoreErrorCode#MIGRATION_FAILED} with Flyway's reason. */
    public static AtlvsException migrationFailed(String module, FlywayException failure) {
        SQLException sql = sqlCause(failure);
        if (sql != null && (sql instanceof SQLTransientConnectionException || sql.getSQLState() == null
                || sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
            return databaseFailure("migrating module " + module, sql);
        }
        String reason = firstLine(failure.getMessage());
        if (sql != null && sql.getMessage() != null && !reason.contains(firstLine(sql.getMessage()))) {
            reason = reason + ": " + firstLine(sql.getMessage());
        }
        String advice;
        if (failure.getClass().getSimpleName().contains("Validate")) {
            advice = "a migration applied to this database differs from the SDK's (released migrations never change): "
                    + "deploy the SDK version that migrated it, or a newer one";
        } else if (sql != null && "42501".equals(sql.getSQLState())) {
            advice = "the migrating role lacks a privilege: migrate as the role that owns the schema atlvs, with CREATE on the "
                    + "database for the first migration (see docs/production-setup.md)";
        } else {
            advice = "the failed migration rolled back; fix the cause and migrate again (" + HOW_TO_MIGRATE + ")";
        }
        return new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the migrations of module " + module + " failed"
                + (sql != null && sql.getSQLState() != null ? " (SQLSTATE " + sql.getSQLState() + ")" : "") + ": " + reason
                + "; " + advice, failure);
    }

    /** The migration history of {@code module} could not be read through the pool given. */
    public static AtlvsException statusUnreadable(String module, FlywayException failure) {
        SQLException sql = sqlCause(failure);
        if (sql != null && "42501".equals(sql.getSQLState())) {
            return new AtlvsException(CoreErrorCode.RUNTIME_ROLE_GRANTS_MISSING, "the migration history of module " + module
                    + " cannot be read through this pool (permission denied): read the status through the schema owner's pool "
                    + "(Atlvs.Builder.migrateAs)", failure);
        }
        if (sql != null) {
            return databaseFailure("reading the migration history of module " + module, sql);
        }
        return new AtlvsException(CoreErrorCode.DATABASE_ERROR, "the migration history of module " + module + " cannot be read: "
                + firstLine(failure.getMessage()), failure);
    }

    /**
     * Throws what keeps the SDK from serving on a database in {@code status}: an old server, a missing schema,
     * failed or pending migrations.
     */
    public static void requireReady(SchemaStatus status) {
        requireSupportedServer(status.serverVersion(), status.serverVersionNumber());
        if (!status.schemaPresent()) {
            throw schemaMissing(status.database());
        }
        for (SchemaStatus.ModuleStatus module : status.modules()) {
            if (!module.failed().isEmpty()) {
                throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the migration history of module " + module.name()
                        + " in database " + status.database() + " records failed migrations " + module.failed()
                        + ": restore the database from the backup taken before the upgrade, or remove the failed rows from "
                        + "atlvs.flyway_schema_history_" + module.name()
                        + " once their effects are undone, and migrate again");
            }
        }
        java.util.List<String> pending = status.modules().stream().filter(module -> !module.pending().isEmpty())
                .map(module -> module.name() + " " + module.pending().stream().map(v -> "V" + v).toList())
                .toList();
        if (!pending.isEmpty()) {
            throw new AtlvsException(CoreErrorCode.MIGRATIONS_PENDING, "the database " + status.database()
                    + " is behind the SDK on the class path: pending migrations of " + String.join(", ", pending) + "; "
                    + HOW_TO_MIGRATE);
        }
    }

    /**
     * Checks, through a connection of the run-time pool, that the SDK can serve on this database: the schema exists,
     * the connection's role may use it, and no installed module has migrations its history does not record as applied
     * (for each history the role may read; the newest version available is read once per JVM from the class path).
     * Two round trips, three when the role can read a history.
     */
    public static void requireServable(Connection connection, dev.atlvs.core.module.AtlvsModules modules) throws SQLException {
        requireServable(connection, null, modules);
    }

    /**
     * Like {@link #requireServable(Connection, dev.atlvs.core.module.AtlvsModules)}, reading the migration histories
     * through {@code historyReader} (the schema owner's connection) when one is given.
     */
    public static void requireServable(Connection connection, Connection historyReader, dev.atlvs.core.module.AtlvsModules modules)
            throws SQLException {
        Connection histories = historyReader == null ? connection : historyReader;
        String database;
        String role;
        java.util.List<dev.atlvs.core.module.AtlvsModule> readable = new java.util.ArrayList<>();
        java.util.List<dev.atlvs.core.module.AtlvsModule> unmigrated = new java.util.ArrayList<>();
        java.util.List<dev.atlvs.core.module.AtlvsModule> installed = modules.inDependencyOrder();
        java.util.Map<String, Boolean> historyTables = new java.util.HashMap<>();
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("select current_database(), current_user, n.oid is not null, "
                        + "coalesce(has_schema_privilege(current_user, n.oid, 'usage'), false) "
                        + "from (select 1) one left join pg_catalog.pg_namespace n on n.nspname = 'atlvs'")) {
            row.next();
            database = row.getString(1);
            role = row.getString(2);
            if (!row.getBoolean(3)) {
                throw schemaMissing(database);
            }
            if (!row.getBoolean(4)) {
                throw grantsMissing(database, role);
            }
        }
        try (java.sql.Statement statement = histories.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select c.relname, has_table_privilege(current_user, c.oid, 'select') "
                        + "from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'atlvs' and c.relname like 'flyway_schema_history_%'")) {
            while (rows.next()) {
                historyTables.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        for (dev.atlvs.core.module.AtlvsModule module : installed) {
            Boolean canRead = historyTables.get(module.historyTable());
            if (canRead == null) {
                unmigrated.add(module);
            } else if (canRead) {
                readable.add(module);
            }
        }
        java.util.List<String> behind = new java.util.ArrayList<>();
        for (dev.atlvs.core.module.AtlvsModule module : unmigrated) {
            AvailableMigrations.latest(module).ifPresent(latest -> behind.add(module.name() + " (nothing applied, the jar holds up to V" + latest + ")"));
        }
        if (!readable.isEmpty()) {
            StringBuilder applied = new StringBuilder();
            for (dev.atlvs.core.module.AtlvsModule module : readable) {
                if (applied.length() > 0) {
                    applied.append(" union all ");
                }
                applied.append("(select '").append(module.name()).append("', version from atlvs.").append(module.historyTable())
                        .append(" where success and version is not null and type <> 'BASELINE' order by installed_rank desc limit 1)");
            }
            java.util.Map<String, String> current = new java.util.HashMap<>();
            try (java.sql.Statement statement = histories.createStatement(); java.sql.ResultSet rows = statement.executeQuery(applied.toString())) {
                while (rows.next()) {
                    current.put(rows.getString(1), rows.getString(2));
                }
            }
            for (dev.atlvs.core.module.AtlvsModule module : readable) {
                java.util.Optional<String> latest = AvailableMigrations.latest(module);
                String now = current.get(module.name());
                if (latest.isPresent() && (now == null || org.flywaydb.core.api.MigrationVersion.fromVersion(now)
                        .compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(latest.get())) < 0)) {
                    behind.add(module.name() + " (applied " + (now == null ? "nothing" : "V" + now) + ", the jar holds up to V" + latest.get() + ")");
                }
            }
        }
        if (!behind.isEmpty()) {
            throw new AtlvsException(CoreErrorCode.MIGRATIONS_PENDING, "the database " + database
                    + " is behind the SDK on the class path: " + String.join(", ", behind) + "; " + HOW_TO_MIGRATE);
        }
    }

    /** {@link CoreErrorCode#SCHEMA_MISSING} for {@code database}. */
    public static AtlvsException schemaMissing(String database) {
        return new AtlvsException(CoreErrorCode.SCHEMA_MISSING, "the database " + database
                + " has no schema atlvs: nothing was migrated there yet; " + HOW_TO_MIGRATE);
    }

    /** {@link CoreErrorCode#RUNTIME_ROLE_GRANTS_MISSING} for {@code role} in {@code database}. */
    public static AtlvsException grantsMissing(String database, String role) {
        return new AtlvsException(CoreErrorCode.RUNTIME_ROLE_GRANTS_MISSING, "the role " + role + " has no privileges on the schema atlvs of "
                + "database " + database + ": the migrations grant them to the run-time role named when they run "
                + "(Atlvs.Builder.migrateAs(owner, runtimeRole), or atlvs-cli migrate --runtime-role); connect as that role, "
                + "or make " + role + " a member of it (grant <runtime role> to " + role + "); see docs/production-setup.md");
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
