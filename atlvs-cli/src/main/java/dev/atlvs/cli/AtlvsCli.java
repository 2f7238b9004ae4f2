package dev.atlvs.cli;

import dev.atlvs.core.error.AtlvsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code atlvs} command: operations on an ATLVS database from a terminal or a deployment pipeline.
 *
 * <pre>
 * java -jar atlvs-cli.jar migrate --url jdbc:postgresql://db/atlvs --user atlvs_owner --runtime-role atlvs_app
 * java -jar atlvs-cli.jar info
 * </pre>
 *
 * <p>Connection settings come from options or from the environment ({@code ATLVS_DB_URL}, {@code ATLVS_DB_USER},
 * {@code ATLVS_DB_PASSWORD}, {@code ATLVS_RUNTIME_ROLE}). Exit status: 0 on success, 1 when the command failed or
 * found problems, 2 on a usage error. A failure of the SDK is printed with its stable code, e.g.
 * {@code error 1911 MIGRATIONS_PENDING: ...}.
 */
@Command(name = "atlvs", mixinStandardHelpOptions = true, versionProvider = AtlvsCli.Version.class,
        description = "Operations on an ATLVS database: migrations, checks, maintenance, demo data and diagrams.")
public final class AtlvsCli implements Runnable {

    @Spec
    CommandSpec spec;

    static {
        // Hibernate Validator logs through JBoss Logging, which would otherwise print to java.util.logging's console.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Runs the command line with the given output streams and returns its exit status, without exiting: for tests and
     * for hosts that embed the tool.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command with every subcommand and the SDK's error reporting. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AtlvsCli());
        cli.addSubcommand(new MigrateCommand());

        cli.addSubcommand(new InfoCommand());

        cli.addSubcommand(new VerifyCommand());

        cli.addSubcommand(new dev.atlvs.cli.maintenance.MaintenanceCommand());

        cli.addSubcommand(new SeedCommand());

        cli.addSubcommand(new dev.atlvs.cli.erd.ErdCommand());

        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(AtlvsCli::report);
        return cli;
    }

    private static int report(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (failure instanceof AtlvsException atlvs) {
            String prefix = "[" + atlvs.code().name() + "] ";
            String message = atlvs.getMessage().startsWith(prefix) ? atlvs.getMessage().substring(prefix.length()) : atlvs.getMessage();
            err.println("error " + atlvs.code().number() + " " + atlvs.code().name() + ": " + message);
        } else {
            err.println("error: " + failure);
        }
        return 1;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The SDK version the jar was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AtlvsCli.class.getPackage().getImplementationVersion();
            return new String[] {"atlvs " + (version == null ? "(development build)" : version)};
        }
    }
}
