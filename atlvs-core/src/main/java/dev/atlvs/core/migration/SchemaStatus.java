package dev.atlvs.core.migration;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The state of an ATLVS database as seen from one connection: the server, the schema, each installed module's
 * migrations, and the connection's role. Read it with {@link AtlvsMigrations#status()} or
 * {@code Atlvs.schemaStatus()}; {@code Atlvs.checkReady()} turns what is wrong into an exception saying what to run.
 *
 * @param serverVersion the server's version as it reports it ({@code server_version}), e.g. {@code 17.6}
 * @param serverVersionNumber the server's version as a number ({@code server_version_num}), e.g. {@code 170006}
 * @param database the database's name
 * @param schemaPresent whether the {@value AtlvsMigrations#SCHEMA} schema exists
 * @param modules each installed module's migrations, in dependency order
 * @param connectionRole the role of the connection the status was read through
 * @param connectionRoleSafe false when that role is a superuser or {@code BYPASSRLS}: row-level security does not
 *        apply to it
 */
public record SchemaStatus(String serverVersion, int serverVersionNumber, String database, boolean schemaPresent,
        List<ModuleStatus> modules, String connectionRole, boolean connectionRoleSafe) {

    /** The oldest server the SDK supports, as {@code server_version_num}. */
    public static final int MINIMUM_SERVER_VERSION_NUMBER = 150000;

    public SchemaStatus {
        requireNonNull(serverVersion, "serverVersion is null");
        requireNonNull(database, "database is null");
        modules = List.copyOf(modules);
        requireNonNull(connectionRole, "connectionRole is null");
    }

    /** Whether the schema exists and every module's migrations are applied, none failed. */
    public boolean upToDate() {
        return schemaPresent && modules.stream().allMatch(ModuleStatus::upToDate);
    }

    /** Whether the server is PostgreSQL 15 or newer. */
    public boolean serverSupported() {
        return serverVersionNumber >= MINIMUM_SERVER_VERSION_NUMBER;
    }

    /** The status of the module named {@code name}, if installed. */
    public Optional<ModuleStatus> module(String name) {
        return modules.stream().filter(module -> module.name().equals(name)).findFirst();
    }

    /**
     * The migrations of one module.
     *
     * @param name the module's name, e.g. {@code projects}
     * @param currentVersion the newest applied version, if any
     * @param latestVersion the newest version the module's jar holds, if any
     * @param pending the versions not applied yet, oldest first
     * @param failed the versions the history records as failed
     */
    public record ModuleStatus(String name, Optional<String> currentVersion, Optional<String> latestVersion,
            List<String> pending, List<String> failed) {

        public ModuleStatus {
            requireNonNull(name, "name is null");
            requireNonNull(currentVersion, "currentVersion is null");
            requireNonNull(latestVersion, "latestVersion is null");
            pending = List.copyOf(pending);
            failed = List.copyOf(failed);
        }

        /** Whether nothing is pending and nothing failed. */
        public boolean upToDate() {
            return pending.isEmpty() && failed.isEmpty();
        }
    }
}
