package dev.atlvs.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.module.LifecycleProbe;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.testing.guardrails.ContractCheck;
import dev.atlvs.testing.guardrails.DistributabilityLint;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.LifecycleCheck;
import dev.atlvs.testing.guardrails.QueryCheck;
import dev.atlvs.testing.guardrails.SchemaLint;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs verify}: the guardrail checks of {@code atlvs-testing} that need only a migrated database, run against
 * a live one. They read the catalogs and prepare statements in transactions that are rolled back: nothing is written.
 * The checks that need rows of their own (tenant isolation, audit and revert, lifecycle moves, rule identity) stay in
 * the modules' test suites.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a migrated database against the schema's guardrails; print each finding (rule, table or "
                + "function, what is wrong) and exit 1 when there is any. Nothing is written.",
                "Checks that run:",
                "  schema lint        every table registered, with a primary key (leading with the tenant on tenant tables), "
                        + "row-level security enabled and forced, only the tenant policy form, every foreign key covered "
                        + "by an index, a fixed search_path on every function, no function with the owner's rights "
                        + "executable by PUBLIC, security_invoker views, unique keys among live rows",
                "  distributable      what Citus needs to distribute each tenant table by its tenant (no sub-query in a "
                        + "policy, the tenant in every key and on both sides of a reference, no SET NULL, no "
                        + "tg_table_name in a trigger, no SQL function with parameters over a tenant table)",
                "  registration       the registered tables are exactly those the installed modules declare",
                "  contract           each declared table matches the live one: columns, types, nullability, enum "
                        + "value sets, sensitive columns, validation bounds",
                "  lifecycle states   each declared lifecycle has exactly the states of its column's CHECK constraint",
                "  definer functions  with --runtime-role: each function with the owner's rights that role may execute "
                        + "is justified by an installed module",
                "  queries            the SQL of every repository method prepares and plans against the schema (as the "
                        + "schema owner, so privileges of the run-time role are not checked)",
                "Not run here (they write rows): tenant isolation, audit and revert, lifecycle moves, rule identity."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json")
    OutputFormat output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseOptions options = database) {
            options.report().requireReady();
            List<Finding> findings = new ArrayList<>();
            try (Connection owner = options.ownerDataSource().getConnection()) {
                findings.addAll(SchemaLint.check(owner));
                findings.addAll(DistributabilityLint.check(owner));
                findings.addAll(registration(owner));
                for (Table<?, ?> table : AtlvsModules.installed().tables()) {
                    findings.addAll(ContractCheck.check(owner, table));
                }
                for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                    for (LifecycleProbe<?> probe : module.guardrails().lifecycles()) {
                        findings.addAll(LifecycleCheck.states(owner, probe.lifecycle()));
                    }
                }
                if (options.runtimeRole().isPresent()) {
                    findings.addAll(definerFunctions(owner, options.runtimeRole().get()));
                }
            }
            ContextKey key = options.contextKey();
            int queries = 0;
            for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                for (Class<?> repository : module.repositories()) {
                    queries += QueryCheck.queries(repository).size();
                    findings.addAll(QueryCheck.check(options.ownerDataSource(), key, repository));
                }
            }
            print(findings, queries);
            return findings.isEmpty() ? 0 : 1;
        } catch (SQLException failure) {
            throw DatabaseOptions.failure(failure, "reading the schema's catalogs");
        }
    }

    private void print(List<Finding> findings, int queries) {
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case TEXT -> {
                int width = findings.stream().mapToInt(f -> f.rule().length()).max().orElse(0);
                for (Finding finding : findings) {
                    out.printf("%-" + width + "s  %s: %s%n", finding.rule(), finding.object(), finding.detail());
                }
                out.println(findings.isEmpty()
                        ? "no findings: " + AtlvsModules.installed().tables().size() + " tables and " + queries + " repository queries checked"
                        : findings.size() + (findings.size() == 1 ? " finding" : " findings"));
            }
            case JSON -> {
                JsonArray array = new JsonArray();
                for (Finding finding : findings) {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("rule", finding.rule());
                    entry.addProperty("object", finding.object());
                    entry.addProperty("detail", finding.detail());
                    array.add(entry);
                }
                JsonObject root = new JsonObject();
                root.add("findings", array);
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(root));
            }
        }
    }

    /** The tables the migrations registered (other than internal and log tables) against those the modules declare. */
    private static List<Finding> registration(Connection connection) throws SQLException {
        Set<String> registered = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select table_name from atlvs.registered_tables
                 where scope <> 'internal' and (scope <> 'tenant' or audited)
                """);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                registered.add(rows.getString(1));
            }
        }
        Set<String> declared = new TreeSet<>();
        AtlvsModules.installed().tables().forEach(table -> declared.add(table.name()));
        List<Finding> findings = new ArrayList<>();
        registered.stream().filter(table -> !declared.contains(table)).forEach(table -> findings.add(new Finding(table,
                "registration", "the migrations registered the table, but no installed module declares it in Java")));
        declared.stream().filter(table -> !registered.contains(table)).forEach(table -> findings.add(new Finding(table,
                "registration", "an installed module declares the table, but no migration registered it")));
        return findings;
    }

    /** The functions with the owner's rights {@code role} may execute that no installed module justifies. */
    private static List<Finding> definerFunctions(Connection connection, String role) throws SQLException {
        Map<String, String> justified = new TreeMap<>();
        for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
            justified.putAll(module.guardrails().definerFunctions());
        }
        List<Finding> findings = new ArrayList<>();
        for (String function : dev.atlvs.testing.guardrails.DefinerFunctions.executableBy(connection, role)) {
            if (!justified.containsKey(function)) {
                findings.add(new Finding(function, "justified definer function", "the function runs with the "
                        + "owner's rights and " + role + " may execute it, but no installed module justifies it"));
            }
        }
        return findings;
    }
}
