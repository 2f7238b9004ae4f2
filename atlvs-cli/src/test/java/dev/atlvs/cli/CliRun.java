package dev.atlvs.cli;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in this JVM: its exit status and what it printed on each stream. */
record CliRun(int exit, String out, String err) {

    /** Runs {@code args} through {@link AtlvsCli#execute}. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AtlvsCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code command} with {@code args} against {@code url} as the test owner, granting the test run-time role. */
    static CliRun against(String url, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--url", url, "--user", TestDatabases.OWNER_ROLE,
                "--password=" + TestDatabases.shared().ownerCredentials().password(), "--runtime-role", TestDatabases.APP_ROLE));
        all.addAll(List.of(args));
        return of(all.toArray(String[]::new));
    }

    /** Runs {@code command} with {@code args} against {@code database} as its owner, granting its run-time role. */
    static CliRun against(TestDatabase database, String command, String... args) {
        return against(database.jdbcUrl(), command, args);
    }
}
