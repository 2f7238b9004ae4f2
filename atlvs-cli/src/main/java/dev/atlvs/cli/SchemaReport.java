package dev.atlvs.cli;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.migration.SchemaStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The state of the {@code atlvs} schema as the schema owner sees it ({@link AtlvsMigrations#status()}: the server, each
 * module's applied, newest and pending migrations, the connection's role), and the run-time role named to the tool.
 * Read only: nothing is created or changed.
 *
 * @param status the schema's status, read through the owner's connection
 * @param runtimeRole the run-time role, when one was named
 */
record SchemaReport(SchemaStatus status, Optional<RoleState> runtimeRole) {

    SchemaReport {
        requireNonNull(status, "status is null");
        requireNonNull(runtimeRole, "runtimeRole is null");
    }

    /**
     * The run-time role named to the tool.
     *
     * @param name its name
     * @param exists whether the role exists
     * @param safe false when it is a superuser or {@code BYPASSRLS} (or does not exist)
     * @param granted whether it may use the schema {@value AtlvsMigrations#SCHEMA}
     */
    record RoleState(String name, boolean exists, boolean safe, boolean granted) {}

    /** How many migrations wait to be applied, over all modules. */
    int pendingCount() {
        return status.modules().stream().mapToInt(module -> module.pending().size()).sum();
    }

    /**
     * Refuses a database the commands that read or write ATLVS data cannot work on: a server older than PostgreSQL 15,
     * no schema, a failed or pending migration, a named run-time role that is missing or holds no grants. Each message
     * says which command to run.
     *
     * @throws AtlvsException naming the problem
     */
    void requireReady() {
        if (!status.serverSupported()) {
            throw new AtlvsException(CoreErrorCode.SERVER_TOO_OLD, "the server runs PostgreSQL " + status.serverVersion()
                    + "; the ATLVS schema needs PostgreSQL 15 or newer: upgrade the server, or point the tool at one that is");
        }
        if (!status.schemaPresent()) {
            throw new AtlvsException(CoreErrorCode.SCHEMA_MISSING, "the database " + status.database() + " has no schema "
                    + AtlvsMigrations.SCHEMA + ": run `atlvs migrate --runtime-role <role>` first");
        }
        for (SchemaStatus.ModuleStatus module : status.modules()) {
            if (!module.failed().isEmpty()) {
                throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "migration V" + module.failed().get(0) + " of module "
                        + module.name() + " failed earlier: restore the database or undo the migration's effects and remove its "
                        + "row from " + AtlvsMigrations.SCHEMA + "." + "flyway_schema_history_" + module.name()
                        + ", then run `atlvs migrate`");
            }
        }
        if (runtimeRole.isPresent() && !runtimeRole.get().exists()) {
            throw new AtlvsException(CoreErrorCode.RUNTIME_ROLE_MISSING, "the run-time role " + runtimeRole.get().name()
                    + " does not exist: create it (create role " + runtimeRole.get().name() + " login), then run "
                    + "`atlvs migrate --runtime-role " + runtimeRole.get().name() + "`");
        }
        if (pendingCount() > 0) {
            throw new AtlvsException(CoreErrorCode.MIGRATIONS_PENDING, pendingCount() + " migrations are pending ("
                    + String.join(", ", status.modules().stream().filter(module -> !module.pending().isEmpty())
                            .map(SchemaStatus.ModuleStatus::name).toList())
                    + "): run `atlvs migrate`");
        }
        if (runtimeRole.isPresent() && !runtimeRole.get().granted()) {
            throw new AtlvsException(CoreErrorCode.RUNTIME_ROLE_GRANTS_MISSING, "the run-time role " + runtimeRole.get().name()
                    + " holds no privileges on schema " + AtlvsMigrations.SCHEMA + ": run `atlvs migrate --runtime-role "
                    + runtimeRole.get().name() + "`");
        }
    }

    /** Reads the state of the database behind {@code owner}, and of {@code runtimeRole} when one is named. */
    static SchemaReport read(DataSource owner, Optional<String> runtimeRole) {
        SchemaStatus status = AtlvsMigrations.on(owner).status();
        if (runtimeRole.isEmpty()) {
            return new SchemaReport(status, Optional.empty());
        }
        try (Connection connection = owner.getConnection()) {
            return new SchemaReport(status, Optional.of(role(connection, runtimeRole.get())));
        } catch (SQLException failure) {
            throw DatabaseOptions.failure(failure, "reading the run-time role");
        }
    }

    private static RoleState role(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select not (r.rolsuper or r.rolbypassrls),
                       to_regnamespace(?) is not null and has_schema_privilege(r.oid, to_regnamespace(?), 'usage')
                  from pg_roles r where r.rolname = ?
                """)) {
            statement.setString(1, AtlvsMigrations.SCHEMA);
            statement.setString(2, AtlvsMigrations.SCHEMA);
            statement.setString(3, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new RoleState(name, true, row.getBoolean(1), row.getBoolean(2)) : new RoleState(name, false, false, false);
            }
        }
    }
}
