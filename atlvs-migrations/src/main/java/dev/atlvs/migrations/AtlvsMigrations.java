package dev.atlvs.migrations;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the ATLVS schema migrations to a PostgreSQL database.
 *
 * <p>Everything lives in the {@value #SCHEMA} schema, and Flyway's history is kept in its own table
 * ({@value #HISTORY_TABLE}) inside that schema, so the SDK coexists with a host that runs Flyway for
 * its own tables.
 *
 * <p>Migrations run as the role that will own the schema. When the application connects at run time
 * as another role, name it with {@link #runtimeRole(String)}: the migrations grant that role exactly
 * the privileges the SDK needs and nothing more (it never owns a table, so it cannot disable
 * row-level security).
 */
public final class AtlvsMigrations {

    /** The schema that holds every ATLVS table, view and function. */
    public static final String SCHEMA = "atlvs";

    /** Flyway's history table, inside {@link #SCHEMA}. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    /** Classpath location of the migration scripts. */
    public static final String LOCATION = "classpath:db/atlvs";

    private final DataSource dataSource;
    private String runtimeRole;

    private AtlvsMigrations(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
    }

    /** Migrations for the database behind {@code dataSource}, connected as the schema owner. */
    public static AtlvsMigrations on(DataSource dataSource) {
        return new AtlvsMigrations(dataSource);
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

    /** Applies every pending migration and returns how many were applied. */
    public int migrate() {
        MigrateResult result = flyway().migrate();
        return result.migrationsExecuted;
    }

    /** The version of the newest applied migration, if any. */
    public Optional<String> currentVersion() {
        var current = flyway().info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private Flyway flyway() {
        return Flyway.configure(AtlvsMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .placeholders(Map.of("runtime_role", runtimeRole == null ? "" : runtimeRole))
                .placeholderReplacement(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
