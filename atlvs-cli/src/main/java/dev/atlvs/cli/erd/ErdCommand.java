package dev.atlvs.cli.erd;

import dev.atlvs.cli.DatabaseOptions;
import dev.atlvs.core.module.AtlvsModules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs erd}: writes the entity-relationship diagrams of a migrated database ({@link SchemaDiagrams}), or with
 * {@code --check} compares them with the files already there.
 *
 * <pre>
 * atlvs erd --url jdbc:postgresql://localhost/atlvs --user atlvs_owner --out docs/erd
 * atlvs erd --module projects --out docs/erd
 * atlvs erd --check --out docs/erd        # exit status 1 when a file differs from the schema
 * </pre>
 */
@Command(name = "erd", mixinStandardHelpOptions = true,
        description = "Write the entity-relationship diagram of each module (Mermaid, one Markdown file per module) from a migrated database.")
public final class ErdCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "docs/erd", description = "the folder of the files (default: ${DEFAULT-VALUE})")
    Path folder;

    @Option(names = "--module", description = "only this module's diagram (no index); one of the installed modules")
    String module;

    @Option(names = "--check", description = "compare the files with the schema instead of writing them; exit status 1 when one differs")
    boolean check;

    @Override
    public Integer call() {
        AtlvsModules modules = AtlvsModules.installed();
        if (module != null && !modules.contains(module)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--module must name an installed module ("
                    + String.join(", ", modules.inDependencyOrder().stream().map(installed -> installed.name()).toList()) + "), not " + module);
        }
        try {
            SchemaDiagrams diagrams = SchemaDiagrams.read(database.ownerDataSource(), modules);
            PrintWriter out = spec.commandLine().getOut();
            if (check) {
                List<DiagramDrift> drifts = module == null ? diagrams.compare(folder) : diagrams.compareModule(folder, module).stream().toList();
                drifts.forEach(drift -> spec.commandLine().getErr().println(drift.describe()));
                if (drifts.isEmpty()) {
                    out.println(folder + " matches the schema");
                    return 0;
                }
                return 1;
            }
            if (module == null) {
                diagrams.write(folder);
                out.println("wrote " + folder.resolve(SchemaDiagrams.INDEX) + " and the diagrams of " + String.join(", ", diagrams.modules()));
            } else {
                diagrams.writeModule(folder, module);
                out.println("wrote " + folder.resolve(SchemaDiagrams.fileName(module)));
            }
            return 0;
        } finally {
            database.close();
        }
    }
}
