package dev.atlvs.core.migration;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.migration.internal.SetupChecks;
import dev.atlvs.core.module.AtlvsModules;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies the schema migrations of the installed modules to a PostgreSQL database.
 *
 * <p>Everything lives in the {@value #SCHEMA} schema. Each module keeps its own Flyway history table
 * inside that schema ({@link AtlvsModule#historyTable()}, e.g. {@code flyway_schema_history_projects}),
 * so its versions are its own: modules developed side by side never collide, and a module added to a
 * host later is migrated on its own line. Modules are migrated in dependency order (core first), so a
 * module's migrations always find the tables of the modules it depends on. A host that embeds only
 * {@code atlvs-core} gets only the core schema.
 *
 * <p>Migrations run as the role that will own the schema. When the application connects at run time
 * as another role, name it with {@link #runtimeRole(String)}: the migrations grant that role exactly
 * the privileges the SDK needs and nothing more (it never owns a table, so it cannot disable
 * row-level security).
 */
public final class AtlvsMigrations {

    /** The schema that holds every ATLVS table, view and function. */
    public static final String SCHEMA = "atlvs";

    private final DataSource dataSource;
    private final AtlvsModules modules;
    private String runtimeRole;

    private AtlvsMigrations(DataSource dataSource, AtlvsModules modules) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.modules = requireNonNull(modules, "modules is null");
    }

    /** Migrations of the modules on the class path, for the database behind {@code dataSource}, connected as the schema owner. */
    public static AtlvsMigrations on(DataSource dataSource) {
        return new AtlvsMigrations(dataSource, AtlvsModules.installed());
    }

    /** Migrations of exactly {@code modules}, for the database behind {@code dataSource}. */
    public static AtlvsMigrations on(DataSource dataSource, AtlvsModules modules) {
        return new AtlvsMigrations(dataSource, modules);
    }

    /**
     * The role the application connects as at run time, when it is not the migrating role. It must
     * exist already; the migrations grant it usage of the schema and row privileges on its tables.
     */
    public AtlvsMigrations runtimeRole(String role) {
        requireNonNull(role, "role is null");
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("runtime role must be a lower-case SQL identifier");
        }
        this.runtimeRole = role;
        return this;
    }

    /**
     * Applies every pending migration of every module, in dependency order.
     *
     * @throws AtlvsException ({@link CoreErrorCode#MIGRATION_FAILED}) naming the module whose migration
     *         failed; the modules before it stay migrated
     */
    public MigrationReport migrate() {
        checkBeforeMigrating();
        Map<String, Integer> applied = new LinkedHashMap<>();
        for (AtlvsModule module : modules.inDependencyOrder()) {
            try {
                applied.put(module.name(), migrate(module));
                distributeSchema(module);
            } catch (FlywayException failure) {
                throw SetupChecks.migrationFailed(module.name(), failure);
            }
        }
        revokeDefinerFunctionsFromPublic();
        letRuntimeRoleReadHistories();
        return new MigrationReport(applied);
    }

    /**
     * Applies the pending migrations of {@code module}. Where Citus is installed, a released migration with a
     * {@link CitusForm} is applied in that form (the migrations before it first), and its history row then carries the
     * released script's checksum.
     */
    private int migrate(AtlvsModule module) {
        int executed = 0;
        List<CitusForm> forms = CitusForm.of(module);
        if (!forms.isEmpty() && citusInstalled()) {
            for (CitusForm form : forms) {
                MigrationInfo[] pending = flyway(module).info().pending();
                Optional<MigrationInfo> released = Arrays.stream(pending)
                        .filter(migration -> migration.getVersion() != null && migration.getVersion().getVersion().equals(form.version()))
                        .findFirst();
                if (released.isEmpty()) {
                    continue;
                }
                Optional<MigrationVersion> before = Arrays.stream(pending).map(MigrationInfo::getVersion)
                        .filter(version -> version != null && version.compareTo(released.get().getVersion()) < 0)
                        .max(Comparator.naturalOrder());
                if (before.isPresent()) {
                    executed += flyway(module, configuration -> configuration.target(before.get())).migrate().migrationsExecuted;
                }
                executed += flyway(module, configuration -> configuration.resourceProvider(form.resources(module))
                        .validateOnMigrate(false)).migrate().migrationsExecuted;
                recordChecksum(module, form.version(), released.get().getChecksum());
            }
        }
        return executed + flyway(module).migrate().migrationsExecuted;
    }

    private boolean citusInstalled() {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(
                        "select exists (select 1 from pg_catalog.pg_extension where extname = 'citus')")) {
            row.next();
            return row.getBoolean(1);
        } catch (java.sql.SQLException failure) {
            throw SetupChecks.databaseFailure("checking whether Citus is installed", failure);
        }
    }

    private void recordChecksum(AtlvsModule module, String version, Integer checksum) {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.PreparedStatement statement = connection.prepareStatement(
                "update " + SCHEMA + "." + module.historyTable() + " set checksum = ? where version = ? and success")) {
            statement.setObject(1, checksum, java.sql.Types.INTEGER);
            statement.setString(2, version);
            statement.executeUpdate();
        } catch (java.sql.SQLException failure) {
            throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the checksum of migration " + version + " of module "
                    + module.name() + " could not be recorded (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /**
     * Where Citus is installed, distributes the tables a module's migrations registered that registration could not
     * distribute at once (a key a later migration of the module replaced); elsewhere, and before core's distribution
     * migration, nothing happens.
     */
    private void distributeSchema(AtlvsModule module) {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    begin
                        if pg_catalog.to_regprocedure('atlvs.distribute_schema()') is not null then
                            perform atlvs.distribute_schema();
                        end if;
                    end
                    $$
                    """);
        } catch (java.sql.SQLException failure) {
            throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the tables of module " + module.name()
                    + " could not be distributed (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /**
     * PostgreSQL lets {@code PUBLIC} execute every new function; a function that runs with the owner's rights must not
     * be, whichever module's migration created it. Each module grants the run-time role the ones it calls.
     */
    private void revokeDefinerFunctionsFromPublic() {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    declare
                        definer regprocedure;
                    begin
                        for definer in select p.oid::regprocedure
                                         from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
                                        where n.nspname = 'atlvs' and p.prosecdef
                                          and pg_catalog.has_function_privilege('public', p.oid, 'execute') loop
                            execute pg_catalog.format('revoke execute on function %s from public', definer);
                        end loop;
                    end
                    $$
                    """);
        } catch (java.sql.SQLException failure) {
            throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED,
                    "the functions with the owner's rights could not be revoked from PUBLIC (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /**
     * Checks what would make the migrations fail or hang, before any runs: the server's version, the run-time role's
     * existence, and the pool's size (Flyway holds one connection for its lock while it migrates through another).
     */
    private void checkBeforeMigrating() {
        SetupChecks.requirePoolOfAtLeast(dataSource, 2);
        try (java.sql.Connection connection = SetupChecks.connect(dataSource, "the migrating role's pool");
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "select current_setting('server_version'), current_setting('server_version_num')::int, current_database(), "
                        + "current_user, exists (select 1 from pg_catalog.pg_roles where rolname = ?)")) {
            statement.setString(1, runtimeRole == null ? "" : runtimeRole);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                SetupChecks.requireSupportedServer(row.getString(1), row.getInt(2));
                if (runtimeRole != null && !runtimeRole.equals(row.getString(4)) && !row.getBoolean(5)) {
                    throw new AtlvsException(CoreErrorCode.RUNTIME_ROLE_MISSING, "the run-time role " + runtimeRole
                            + " does not exist in the server of database " + row.getString(3) + ": create it first, e.g. "
                            + "create role " + runtimeRole + " login password '...' (see docs/production-setup.md), then migrate again");
                }
            }
        } catch (java.sql.SQLException failure) {
            throw SetupChecks.databaseFailure("checking the server before migrating", failure);
        }
    }

    /**
     * The state of the database: server, schema, and each installed module's applied, pending and failed
     * migrations, read through this instance's connection (the schema owner's, or a role that may read the
     * migration history tables).
     *
     * @throws AtlvsException {@link CoreErrorCode#DATABASE_UNREACHABLE} when no connection opens
     */
    public SchemaStatus status() {
        String serverVersion;
        int serverVersionNumber;
        String database;
        boolean schemaPresent;
        String role;
        boolean roleSafe;
        try (java.sql.Connection connection = SetupChecks.connect(dataSource, "the pool");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(
                        "select current_setting('server_version'), current_setting('server_version_num')::int, current_database(), "
                        + "exists (select 1 from pg_catalog.pg_namespace where nspname = '" + SCHEMA + "'), current_user, "
                        + "not (r.rolsuper or r.rolbypassrls) from pg_catalog.pg_roles r where r.rolname = current_user")) {
            row.next();
            serverVersion = row.getString(1);
            serverVersionNumber = row.getInt(2);
            database = row.getString(3);
            schemaPresent = row.getBoolean(4);
            role = row.getString(5);
            roleSafe = row.getBoolean(6);
        } catch (java.sql.SQLException failure) {
            throw SetupChecks.databaseFailure("reading the schema's status", failure);
        }
        java.util.List<SchemaStatus.ModuleStatus> moduleStates = new java.util.ArrayList<>();
        if (serverVersionNumber >= SchemaStatus.MINIMUM_SERVER_VERSION_NUMBER) {
            for (AtlvsModule module : modules.inDependencyOrder()) {
                moduleStates.add(moduleStatus(module, schemaPresent));
            }
        }
        return new SchemaStatus(serverVersion, serverVersionNumber, database, schemaPresent, moduleStates, role, roleSafe);
    }

    private SchemaStatus.ModuleStatus moduleStatus(AtlvsModule module, boolean schemaPresent) {
        org.flywaydb.core.api.MigrationInfoService info;
        try {
            info = flyway(module).info();
        } catch (FlywayException failure) {
            throw SetupChecks.statusUnreadable(module.name(), failure);
        }
        java.util.List<String> pending = new java.util.ArrayList<>();
        java.util.List<String> failed = new java.util.ArrayList<>();
        String latest = null;
        for (MigrationInfo migration : info.all()) {
            if (migration.getVersion() == null || migration.getType().isBaseline()) {
                continue;
            }
            String version = migration.getVersion().getVersion();
            if (migration.getState().isFailed()) {
                failed.add(version);
            } else if (!migration.getState().isApplied() && migration.getState().isResolved()) {
                pending.add(version);
            }
            if (migration.getState().isResolved()) {
                latest = version;
            }
        }
        MigrationInfo current = schemaPresent ? info.current() : null;
        Optional<String> currentVersion = current == null || current.getVersion() == null || current.getType().isBaseline()
                ? Optional.empty() : Optional.of(current.getVersion().getVersion());
        return new SchemaStatus.ModuleStatus(module.name(), currentVersion, Optional.ofNullable(latest), pending, failed);
    }

    /**
     * The run-time role reads each module's migration history, and only reads it: the SDK checks at start-up that no
     * migration is pending, and a history table created after the schema's default privileges would otherwise be
     * writable by it (or, core's, unreadable).
     */
    private void letRuntimeRoleReadHistories() {
        if (runtimeRole == null) {
            return;
        }
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            for (AtlvsModule module : modules.inDependencyOrder()) {
                statement.execute(("do $$ begin "
                        + "if '%1$s' <> current_user and pg_catalog.to_regclass('%2$s.%3$s') is not null then "
                        + "execute 'revoke all on %2$s.%3$s from %1$s'; "
                        + "execute 'grant select on %2$s.%3$s to %1$s'; "
                        + "end if; end $$").formatted(runtimeRole, SCHEMA, module.historyTable()));
            }
        } catch (java.sql.SQLException failure) {
            throw new AtlvsException(CoreErrorCode.MIGRATION_FAILED, "the run-time role " + runtimeRole
                    + " could not be granted the reading of the migration histories (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /** The version of the newest applied migration of {@code module}, if any. */
    public Optional<String> currentVersion(String module) {
        AtlvsModule found = modules.named(module)
                .orElseThrow(() -> new IllegalArgumentException("no installed module is named " + module));
        MigrationInfo current = flyway(found).info().current();
        return current == null || current.getVersion() == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private Flyway flyway(AtlvsModule module) {
        return flyway(module, configuration -> configuration);
    }

    private Flyway flyway(AtlvsModule module, UnaryOperator<FluentConfiguration> adjust) {
        boolean core = module.name().equals(AtlvsModule.CORE);
        return adjust.apply(Flyway.configure(AtlvsMigrations.class.getClassLoader())
                .dataSource(new MigrationSessions(dataSource))
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(core)
                .table(module.historyTable())
                .locations(module.migrationLocation())
                // The schema already holds core's tables when a module's own history starts: its line
                // begins at version 0, below its first migration.
                .baselineOnMigrate(!core)
                .baselineVersion("0")
                .baselineDescription("module " + module.name())
                .placeholders(Map.of("runtime_role", runtimeRole == null ? "" : runtimeRole))
                .placeholderReplacement(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true))
                .load();
    }
}
