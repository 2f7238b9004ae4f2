package dev.atlvs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlvs migrate}: applies the pending migrations of every module in the jar, as the schema owner. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the pending migrations of every module, as the schema owner, and grant the run-time role.")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseOptions connection = database) {
            int applied = database.atlvs().migrate();
            spec.commandLine().getOut().println(applied == 0 ? "schema atlvs is up to date" : "applied " + applied + " migrations");
            return 0;
        }
    }
}
