package dev.atlvs.cli;

import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.migration.MigrationReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs migrate}: applies the pending migrations of every module in the jar, in dependency order, as the schema
 * owner, and grants the run-time role its privileges when one is named.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Apply the pending migrations of every module, as the schema owner, and grant the run-time role "
                + "(--runtime-role) the privileges the SDK needs.",
                "Without a run-time role no grants are made: name the role the applications connect as."})
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseOptions options = database) {
            PrintWriter out = spec.commandLine().getOut();
            options.requireConnection();
            AtlvsMigrations migrations = AtlvsMigrations.on(options.ownerDataSource());
            options.runtimeRole().ifPresent(migrations::runtimeRole);
            MigrationReport report = migrations.migrate();
            for (Map.Entry<String, Integer> module : report.appliedByModule().entrySet()) {
                if (module.getValue() > 0) {
                    out.printf("%-12s applied %d migrations%n", module.getKey(), module.getValue());
                }
            }
            out.println(report.applied() == 0 ? "schema " + AtlvsMigrations.SCHEMA + " is up to date"
                    : "applied " + report.applied() + " migrations; schema " + AtlvsMigrations.SCHEMA + " is up to date");
            if (options.runtimeRole().isEmpty()) {
                out.println("no run-time role named (--runtime-role or ATLVS_RUNTIME_ROLE): no privileges were granted");
            }
            return 0;
        }
    }
}
