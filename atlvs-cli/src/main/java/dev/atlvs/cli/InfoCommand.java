package dev.atlvs.cli;

import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlvs info}: the migration state of each module. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the applied version of each module's migrations.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseOptions connection = database) {
            PrintWriter out = spec.commandLine().getOut();
            AtlvsMigrations migrations = AtlvsMigrations.on(database.ownerDataSource());
            for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                out.printf("%-12s %s%n", module.name(), migrations.currentVersion(module.name()).map(v -> "V" + v).orElse("not migrated"));
            }
            return 0;
        }
    }
}
