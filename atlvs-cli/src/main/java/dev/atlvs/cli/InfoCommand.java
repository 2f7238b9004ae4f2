package dev.atlvs.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.atlvs.cli.SchemaReport.RoleState;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.migration.SchemaStatus;
import dev.atlvs.core.migration.SchemaStatus.ModuleStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs info}: the state of the schema. Per module the applied version of its migrations, the newest the jar
 * holds and those still pending; the server's version; and whether the roles are safe (neither superuser nor
 * {@code BYPASSRLS}, which row-level security would not bind). Reads only, and works on a database that was never
 * migrated.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Show, per module, the applied, the newest and the pending migrations; the server's version; and whether "
                + "the connection role and the run-time role (--runtime-role) are safe: neither superuser nor BYPASSRLS.",
                "Reads only. Exit status 0 whatever the state; see upToDate in the JSON output."})
final class InfoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json")
    OutputFormat output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DatabaseOptions options = database) {
            SchemaReport report = options.report();
            PrintWriter out = spec.commandLine().getOut();
            switch (output) {
                case TEXT -> text(report, out);
                case JSON -> out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(json(report)));
            }
            return 0;
        }
    }

    private static void text(SchemaReport report, PrintWriter out) {
        SchemaStatus status = report.status();
        out.printf("server         PostgreSQL %s%s%n", status.serverVersion(),
                status.serverSupported() ? "" : " (too old: the schema needs PostgreSQL 15 or newer)");
        out.printf("database       %s, schema %s %s%n", status.database(), AtlvsMigrations.SCHEMA, status.schemaPresent() ? "present" : "missing");
        out.printf("connected as   %s (%s)%n", status.connectionRole(), status.connectionRoleSafe()
                ? "safe: neither superuser nor BYPASSRLS" : "UNSAFE: superuser or BYPASSRLS, row-level security does not bind it");
        out.printf("run-time role  %s%n", report.runtimeRole().map(InfoCommand::describe)
                .orElse("not named (--runtime-role or ATLVS_RUNTIME_ROLE)"));
        out.println();
        int width = Math.max("module".length(), status.modules().stream().mapToInt(m -> m.name().length()).max().orElse(0));
        String row = "%-" + width + "s  %-8s  %-8s  %s%n";
        out.printf(row, "module", "applied", "latest", "pending");
        for (ModuleStatus module : status.modules()) {
            out.printf(row, module.name(), version(module.currentVersion()).orElse("none"), version(module.latestVersion()).orElse("-"),
                    pending(module.pending()));
            for (String failed : module.failed()) {
                out.printf("%-" + width + "s  migration V%s FAILED: repair it, then run atlvs migrate%n", "", failed);
            }
        }
        out.println();
        if (status.upToDate()) {
            out.println("up to date");
        } else if (!status.serverSupported()) {
            out.println("the server is too old for the schema: upgrade it to PostgreSQL 15 or newer");
        } else if (!status.schemaPresent()) {
            out.println("not migrated: " + report.pendingCount() + " migrations to apply; run atlvs migrate");
        } else {
            out.println(report.pendingCount() + " migrations pending; run atlvs migrate");
        }
    }

    /** The pending versions: each of a few, else the first and the last of many. */
    private static String pending(List<String> versions) {
        if (versions.isEmpty()) {
            return "-";
        }
        if (versions.size() <= 4) {
            return String.join(", ", versions.stream().map(v -> "V" + v).toList());
        }
        return "V" + versions.get(0) + " to V" + versions.get(versions.size() - 1) + " (" + versions.size() + ")";
    }

    private static String describe(RoleState role) {
        if (!role.exists()) {
            return role.name() + " (MISSING: create it, then run atlvs migrate --runtime-role " + role.name() + ")";
        }
        return role.name() + " (" + (role.safe() ? "safe: neither superuser nor BYPASSRLS" : "UNSAFE: superuser or BYPASSRLS")
                + (role.granted() ? "" : "; not granted the schema yet: run atlvs migrate --runtime-role " + role.name()) + ")";
    }

    private static Optional<String> version(Optional<String> version) {
        return version.map(v -> "V" + v);
    }

    private static JsonObject json(SchemaReport report) {
        SchemaStatus status = report.status();
        JsonObject root = new JsonObject();
        root.addProperty("serverVersion", status.serverVersion());
        root.addProperty("serverSupported", status.serverSupported());
        root.addProperty("database", status.database());
        root.addProperty("schemaPresent", status.schemaPresent());
        root.addProperty("upToDate", status.upToDate());
        root.addProperty("pendingMigrations", report.pendingCount());
        JsonObject connection = new JsonObject();
        connection.addProperty("name", status.connectionRole());
        connection.addProperty("safe", status.connectionRoleSafe());
        root.add("connectionRole", connection);
        root.add("runtimeRole", report.runtimeRole().<com.google.gson.JsonElement>map(role -> {
            JsonObject runtime = new JsonObject();
            runtime.addProperty("name", role.name());
            runtime.addProperty("exists", role.exists());
            runtime.addProperty("safe", role.safe());
            runtime.addProperty("granted", role.granted());
            return runtime;
        }).orElse(JsonNull.INSTANCE));
        JsonArray modules = new JsonArray();
        for (ModuleStatus module : status.modules()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("name", module.name());
            entry.addProperty("currentVersion", module.currentVersion().orElse(null));
            entry.addProperty("latestVersion", module.latestVersion().orElse(null));
            entry.add("pending", array(module.pending()));
            entry.add("failed", array(module.failed()));
            entry.addProperty("upToDate", module.upToDate());
            modules.add(entry);
        }
        root.add("modules", modules);
        return root;
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
