package dev.atlvs.cli;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The state of the {@code atlvs} schema as the schema owner sees it: the server, each module's applied, newest and
 * pending migrations, and the roles. Read only: nothing is created or changed.
 *
 * @param serverVersion the server's {@code server_version}, e.g. {@code 17.6}
 * @param serverMajorVersion the server's major version, e.g. {@code 17}
 * @param schemaPresent whether the schema {@value AtlvsMigrations#SCHEMA} exists
 * @param modules each installed module, in dependency order
 * @param connectionRole the role the tool is connected as
 * @param connectionRoleSafe false when that role is a superuser or {@code BYPASSRLS}
 * @param runtimeRole the run-time role, when one was named
 */
record SchemaReport(String serverVersion, int serverMajorVersion, boolean schemaPresent, List<ModuleState> modules,
        String connectionRole, boolean connectionRoleSafe, Optional<RoleState> runtimeRole) {

    /** The lowest PostgreSQL major version the schema supports. */
    static final int MINIMUM_MAJOR_VERSION = 15;

    SchemaReport {
        requireNonNull(serverVersion, "serverVersion is null");
        modules = List.copyOf(modules);
        requireNonNull(connectionRole, "connectionRole is null");
        requireNonNull(runtimeRole, "runtimeRole is null");
    }

    /**
     * The migrations of one module.
     *
     * @param name the module's name
     * @param currentVersion the newest applied version, if any
     * @param latestVersion the newest version the module's jar holds
     * @param pending the versions not applied yet, oldest first
     * @param failed the versions whose last run failed
     */
    record ModuleState(String name, Optional<String> currentVersion, Optional<String> latestVersion, List<String> pending,
            List<String> failed) {
        ModuleState {
            requireNonNull(name, "name is null");
            requireNonNull(currentVersion, "currentVersion is null");
            requireNonNull(latestVersion, "latestVersion is null");
            pending = List.copyOf(pending);
            failed = List.copyOf(failed);
        }

        boolean upToDate() {
            return pending.isEmpty() && failed.isEmpty();
        }
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

    /** Whether every module is migrated to its newest version and no migration failed. */
    boolean upToDate() {
        return schemaPresent && modules.stream().allMatch(ModuleState::upToDate);
    }

    /** How many migrations wait to be applied, over all modules. */
    int pendingCount() {
        return modules.stream().mapToInt(m -> m.pending().size()).sum();
    }

    /**
     * Refuses a database the commands that read or write ATLVS data cannot work on: a server older than
     * {@value #MINIMUM_MAJOR_VERSION}, no schema, a failed or pending migration, a named run-time role that is missing or
     * holds no grants. Each message says what to run.
     *
     * @throws AtlvsException naming the problem
     */
    void requireReady() {
        if (serverMajorVersion < MINIMUM_MAJOR_VERSION) {
            throw new AtlvsException(SetupCodes.code("SERVER_TOO_OLD"), "the server runs PostgreSQL " + serverVersion
                    + "; the ATLVS schema needs " + MINIMUM_MAJOR_VERSION + " or newer");
        }
        if (!schemaPresent) {
            throw new AtlvsException(SetupCodes.code("SCHEMA_MISSING"), "the database has no schema " + AtlvsMigrations.SCHEMA
                    + ": run `atlvs migrate --runtime-role <role>` first");
        }
        for (ModuleState module : modules) {
            if (!module.failed().isEmpty()) {
                throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "migration " + module.failed().get(0) + " of module "
                        + module.name() + " failed earlier: repair the database, then run `atlvs migrate`");
            }
        }
        if (runtimeRole.isPresent() && !runtimeRole.get().exists()) {
            throw new AtlvsException(SetupCodes.code("RUNTIME_ROLE_MISSING"), "the run-time role " + runtimeRole.get().name()
                    + " does not exist: create it (create role " + runtimeRole.get().name() + " login), then run "
                    + "`atlvs migrate --runtime-role " + runtimeRole.get().name() + "`");
        }
        if (pendingCount() > 0) {
            throw new AtlvsException(SetupCodes.code("MIGRATIONS_PENDING"), pendingCount() + " migrations are pending ("
                    + String.join(", ", modules.stream().filter(m -> !m.pending().isEmpty()).map(ModuleState::name).toList())
                    + "): run `atlvs migrate`");
        }
        if (runtimeRole.isPresent() && !runtimeRole.get().granted()) {
            throw new AtlvsException(SetupCodes.code("RUNTIME_ROLE_GRANTS_MISSING"), "the run-time role " + runtimeRole.get().name()
                    + " holds no privileges on schema " + AtlvsMigrations.SCHEMA + ": run `atlvs migrate --runtime-role "
                    + runtimeRole.get().name() + "`");
        }
    }

    /** Reads the state of the database behind {@code owner}, and of {@code runtimeRole} when one is named. */
    static SchemaReport read(DataSource owner, Optional<String> runtimeRole) {
        try (Connection connection = owner.getConnection()) {
            String version;
            int major;
            boolean present;
            String role;
            boolean safe;
            try (PreparedStatement statement = connection.prepareStatement("""
                    select current_setting('server_version'), current_setting('server_version_num')::int / 10000,
                           to_regnamespace(?) is not null, current_user, not (r.rolsuper or r.rolbypassrls)
                      from pg_roles r where r.rolname = current_user
                    """)) {
                statement.setString(1, AtlvsMigrations.SCHEMA);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    version = row.getString(1);
                    major = row.getInt(2);
                    present = row.getBoolean(3);
                    role = row.getString(4);
                    safe = row.getBoolean(5);
                }
            }
            Optional<RoleState> runtime = runtimeRole.isEmpty() ? Optional.empty() : Optional.of(role(connection, runtimeRole.get()));
            List<ModuleState> modules = new ArrayList<>();
            for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                modules.add(present ? module(owner, module) : unmigrated(owner, module));
            }
            return new SchemaReport(version, major, present, modules, role, safe, runtime);
        } catch (SQLException failure) {
            throw DatabaseOptions.failure(failure, "reading the state of the schema");
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

    private static ModuleState unmigrated(DataSource owner, AtlvsModule module) {
        List<String> available = versions(flyway(owner, module).info().all());
        return new ModuleState(module.name(), Optional.empty(), available.isEmpty() ? Optional.empty() : Optional.of(available.get(available.size() - 1)),
                available, List.of());
    }

    private static ModuleState module(DataSource owner, AtlvsModule module) {
        org.flywaydb.core.api.MigrationInfoService info = flyway(owner, module).info();
        MigrationInfo[] all = info.all();
        MigrationInfo current = info.current();
        Optional<String> currentVersion = current == null || current.getVersion() == null || isBaseline(current)
                ? Optional.empty() : Optional.of(current.getVersion().getVersion());
        List<String> pending = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Optional<MigrationVersion> latest = Optional.empty();
        for (MigrationInfo migration : all) {
            if (migration.getVersion() == null || isBaseline(migration)) {
                continue;
            }
            if (migration.getScript() != null && migration.getState() != MigrationState.MISSING_SUCCESS
                    && migration.getState() != MigrationState.MISSING_FAILED
                    && (latest.isEmpty() || migration.getVersion().compareTo(latest.get()) > 0)) {
                latest = Optional.of(migration.getVersion());
            }
            if (migration.getState() == MigrationState.PENDING) {
                pending.add(migration.getVersion().getVersion());
            } else if (migration.getState().isFailed()) {
                failed.add(migration.getVersion().getVersion());
            }
        }
        return new ModuleState(module.name(), currentVersion, latest.map(MigrationVersion::getVersion), pending, failed);
    }

    private static boolean isBaseline(MigrationInfo migration) {
        return migration.getState() == MigrationState.BASELINE;
    }

    private static List<String> versions(MigrationInfo[] all) {
        return java.util.Arrays.stream(all).filter(m -> m.getVersion() != null && m.getScript() != null)
                .sorted(Comparator.comparing(MigrationInfo::getVersion)).map(m -> m.getVersion().getVersion()).toList();
    }

    /** Flyway as the migrations configure it for {@code module}, for reading its history only. */
    private static Flyway flyway(DataSource owner, AtlvsModule module) {
        return Flyway.configure(SchemaReport.class.getClassLoader())
                .dataSource(owner)
                .schemas(AtlvsMigrations.SCHEMA)
                .defaultSchema(AtlvsMigrations.SCHEMA)
                .createSchemas(false)
                .table(module.historyTable())
                .locations(module.migrationLocation())
                .placeholders(Map.of("runtime_role", ""))
                .cleanDisabled(true)
                .load();
    }
}
