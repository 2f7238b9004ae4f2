package dev.atlvs.cli.erd;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The entity-relationship diagrams of the {@code atlvs} schema, one Markdown file with a Mermaid {@code erDiagram} per
 * module, generated from the catalog of a migrated database.
 *
 * <p>A module's diagram holds the tables its applied migrations create (not partitions, not Flyway's history tables):
 * each column with its type and its key markers ({@code PK}, {@code FK}, {@code UK}), and one relationship per foreign
 * key however many columns it has. Tables of other modules that a module references appear as entities without
 * columns. Views are listed by name under the diagram, not drawn; the private schema {@code atlvs_reporting} is not
 * read. To keep the diagrams readable, the standard columns ({@code created_at}, {@code created_by}, {@code updated_at},
 * {@code updated_by}, {@code version}, {@code deleted_at}) and each table's link to
 * {@code organizations} through its tenant column are left out; the files say so.
 *
 * <p>The output is deterministic: the same schema gives the same bytes, so the files can be committed and a test can
 * {@linkplain #compare(Path) compare} them with a fresh database.
 */
public final class SchemaDiagrams {

    /** The file that lists the modules' diagrams. */
    public static final String INDEX = "README.md";

    /** The command that regenerates the committed files, from the repository's root. */
    public static final String REGENERATE_COMMAND = "atlvs erd --out docs/erd";

    /** The build command that regenerates the committed files against the test server. */
    public static final String REGENERATE_BUILD = "./mvnw -B verify -pl docs -am -Dtest=ErdDriftTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Datlvs.erd.write=true";

    private static final String STANDARD_COLUMNS_TEXT = "created_at, created_by, updated_at, updated_by, version, deleted_at";
    private static final Set<String> STANDARD_COLUMNS = Set.of(STANDARD_COLUMNS_TEXT.split(", "));
    private static final String TENANT_COLUMN = "organization_id";
    private static final String TENANT_TABLE = "organizations";
    private static final Pattern ENTITY_START = Pattern.compile("^    ([a-z_][a-z0-9_]*) \\{$");

    private final SchemaCatalog catalog;
    private final List<String> modules;

    private SchemaDiagrams(SchemaCatalog catalog, List<String> modules) {
        this.catalog = catalog;
        this.modules = List.copyOf(modules);
    }

    /**
     * Reads the schema of the database behind {@code dataSource}, migrated with {@code modules}; any role that can read
     * the catalog and the modules' history tables will do (the schema owner does).
     *
     * @throws AtlvsException ({@link CoreErrorCode#DATABASE_ERROR}) when the database cannot be read or holds no
     *         schema {@code atlvs}
     */
    public static SchemaDiagrams read(DataSource dataSource, AtlvsModules modules) {
        requireNonNull(dataSource, "dataSource is null");
        requireNonNull(modules, "modules is null");
        List<String> names = modules.inDependencyOrder().stream().map(AtlvsModule::name).toList();
        return new SchemaDiagrams(SchemaCatalog.read(dataSource, modules), names);
    }

    /** The names of the modules, in dependency order, each with a diagram. */
    public List<String> modules() {
        return modules;
    }

    /**
     * The tables that the applied migrations of {@code module} create, in name order.
     *
     * @throws IllegalArgumentException when no module of the set is called {@code module}
     */
    public List<String> tables(String module) {
        requireModule(module);
        return tablesOf(module).stream().map(SchemaTable::name).toList();
    }

    /**
     * The views that the applied migrations of {@code module} create, in name order.
     *
     * @throws IllegalArgumentException when no module of the set is called {@code module}
     */
    public List<String> views(String module) {
        requireModule(module);
        return catalog.views().stream().filter(view -> module.equals(catalog.owner(view))).toList();
    }

    /** The name of the file of {@code module}'s diagram: {@code <module>.md}. */
    public static String fileName(String module) {
        return module + ".md";
    }

    /** Every generated file, by file name: the {@linkplain #INDEX index} first, then one per module in dependency order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, index());
        for (String module : modules) {
            files.put(fileName(module), diagram(module));
        }
        return files;
    }

    /**
     * The Markdown file of {@code module}'s diagram.
     *
     * @throws IllegalArgumentException when no module of the set is called {@code module}
     */
    public String diagram(String module) {
        requireModule(module);
        List<SchemaTable> tables = tablesOf(module);
        List<String> views = views(module);
        StringBuilder text = new StringBuilder();
        header(text, "Module `" + module + "`: entity-relationship diagram");
        text.append("The tables that the migrations of module `").append(module).append("` create in schema `atlvs`: ")
                .append(count(tables.size(), "table")).append(". See the [index](").append(INDEX)
                .append(") for how to read the diagram and what it leaves out (the standard columns, each table's link to `")
                .append(TENANT_TABLE).append("`).\n\n");
        if (!views.isEmpty()) {
            text.append("Views of the module (not drawn): ").append(views.stream().map(view -> "`" + view + "`").collect(Collectors.joining(", ")))
                    .append(".\n\n");
        }
        if (tables.isEmpty()) {
            return text.append("The module creates no tables.\n").toString();
        }
        text.append("```mermaid\nerDiagram\n");
        for (SchemaTable table : tables) {
            entity(text, table);
        }
        for (String relationship : relationships(tables)) {
            text.append("    ").append(relationship).append('\n');
        }
        return text.append("```\n").toString();
    }

    /** The index of the diagrams: one line per module, how to read them, what they leave out. */
    public String index() {
        StringBuilder text = new StringBuilder();
        header(text, "Entity-relationship diagrams");
        text.append("One diagram per module of the tables its migrations create in schema `atlvs`, generated from the catalog of a\n")
                .append("database migrated with every module. A pipeline can check a database against the committed files with\n")
                .append("`atlvs erd --check --out docs/erd`, which exits with status 1 and names the first differing line of each file.\n\n")
                .append("| Module | Tables | Views |\n|---|---:|---:|\n");
        for (String module : modules) {
            text.append("| [").append(module).append("](").append(fileName(module)).append(") | ").append(tablesOf(module).size())
                    .append(" | ").append(views(module).size()).append(" |\n");
        }
        text.append("""

                ## Reading the diagrams

                - Each table lists its columns in the table's order with their PostgreSQL type (`timestamptz`, `varchar`,
                  `text[]`; lengths and precision left out) and key markers: `PK` part of the primary key, `FK` part of a
                  foreign key, `UK` part of a unique constraint or of a unique index over all rows (beside
                  `organization_id` in a key that leads with it: unique within the organization).
                - One relationship per foreign key, however many columns it has. Most keys are composite,
                  `(organization_id, project_id)`, so that a row can point only at a row of its own organization; the
                  label names the key's columns other than `organization_id`.
                - Cardinality: the referenced side is exactly one (`||`) when the key's columns are `not null`, zero or one
                  (`|o`) otherwise; the referencing side is zero or one (`o|`) when its key columns are unique, zero or
                  more (`o{`) otherwise. A solid line when the key is part of the referencing table's primary key
                  (identifying), dashed otherwise.
                - A table of another module that a module references appears as an entity without columns.

                ## Left out

                - The standard columns that the conventions add to most tables: `created_at`, `created_by`, `updated_at`,
                  `updated_by`, `version`, `deleted_at`.
                - Each tenant table's own foreign key `organization_id` → `organizations`: every tenant row belongs to one
                  organization (row-level security keys on it).
                - Partitions (the audit trail's months), Flyway's history tables, and views (listed by name under each
                  diagram: they have no keys of their own).
                - The private schema `atlvs_reporting`: the pipeline's reporting aggregates, read only through the
                  verified tenant's functions ([decision 0016](../decisions/0016-reporting-aggregates-in-a-private-schema.md)).
                """);
        List<String> unowned = catalog.tables().keySet().stream().filter(table -> catalog.owner(table) == null).toList();
        if (!unowned.isEmpty()) {
            text.append("\n## Tables no module's migrations create\n\n")
                    .append(unowned.stream().map(table -> "- `" + table + "`\n").collect(Collectors.joining()));
        }
        return text.toString();
    }

    /** Writes every file into {@code folder}, creating it when needed; other files there are left alone. */
    public void write(Path folder) {
        files().forEach((name, text) -> write(folder, name, text));
    }

    /**
     * Writes the file of {@code module}'s diagram into {@code folder}, creating it when needed.
     *
     * @throws IllegalArgumentException when no module of the set is called {@code module}
     */
    public void writeModule(Path folder, String module) {
        write(folder, fileName(module), diagram(module));
    }

    /**
     * Compares every generated file with the one in {@code folder}: one drift per file that is missing or differs,
     * and one per Markdown file there that is no longer generated (a module that went away). Empty when the folder
     * is current.
     */
    public List<DiagramDrift> compare(Path folder) {
        Map<String, String> files = files();
        List<DiagramDrift> drifts = new ArrayList<>();
        files.forEach((name, text) -> compare(folder.resolve(name), text).ifPresent(drifts::add));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> present = Files.list(folder)) {
                present.filter(path -> path.getFileName().toString().endsWith(".md"))
                        .filter(path -> !files.containsKey(path.getFileName().toString()))
                        .sorted()
                        .forEach(path -> compare(path, "").ifPresent(drifts::add));
            } catch (IOException failure) {
                throw new UncheckedIOException("the folder " + folder + " could not be listed", failure);
            }
        }
        return drifts;
    }

    /**
     * Compares the file of {@code module}'s diagram with the one in {@code folder}.
     *
     * @throws IllegalArgumentException when no module of the set is called {@code module}
     */
    public Optional<DiagramDrift> compareModule(Path folder, String module) {
        return compare(folder.resolve(fileName(module)), diagram(module));
    }

    private static Optional<DiagramDrift> compare(Path file, String generated) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(new DiagramDrift(file, 0, firstLine(generated), null, Optional.empty()));
        }
        String found;
        try {
            found = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("the file " + file + " could not be read", failure);
        }
        List<String> expected = generated.lines().toList();
        List<String> actual = found.replace("\r\n", "\n").lines().toList();
        for (int index = 0; index < Math.max(expected.size(), actual.size()); index++) {
            String wanted = index < expected.size() ? expected.get(index) : null;
            String present = index < actual.size() ? actual.get(index) : null;
            if (wanted == null || !wanted.equals(present)) {
                return Optional.of(new DiagramDrift(file, index + 1, wanted, present, entityAt(expected, index)));
            }
        }
        return Optional.empty();
    }

    /** The table whose block holds line {@code index} of a generated diagram, if any. */
    private static Optional<String> entityAt(List<String> lines, int index) {
        for (int at = Math.min(index, lines.size()) - 1; at >= 0; at--) {
            String line = lines.get(at);
            if (line.equals("    }")) {
                return Optional.empty();
            }
            Matcher start = ENTITY_START.matcher(line);
            if (start.matches()) {
                return Optional.of(start.group(1));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static void write(Path folder, String name, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("the file " + folder.resolve(name) + " could not be written", failure);
        }
    }

    private static void header(StringBuilder text, String title) {
        text.append("<!-- Generated by `").append(REGENERATE_COMMAND).append("` from the migrated schema: do not edit. -->\n")
                .append("# ").append(title).append("\n\n")
                .append("Generated from the catalog of a migrated database; the build's drift test (`ErdDriftTest`) fails while\n")
                .append("the file differs from the schema. Regenerate with `").append(REGENERATE_COMMAND)
                .append("` against a database migrated with\nevery module, or from the build (the system property ")
                .append("`atlvs.erd.write=true` rewrites the files instead of comparing):\n\n")
                .append("```\n").append(REGENERATE_BUILD).append("\n```\n\n");
    }

    private void requireModule(String module) {
        if (!modules.contains(module)) {
            throw new IllegalArgumentException("module must be one of " + String.join(", ", modules) + ", not " + module);
        }
    }

    private List<SchemaTable> tablesOf(String module) {
        return catalog.tables().values().stream().filter(table -> module.equals(catalog.owner(table.name()))).toList();
    }

    private static void entity(StringBuilder text, SchemaTable table) {
        Set<String> foreign = new TreeSet<>();
        table.foreignKeys().stream().filter(SchemaDiagrams::drawn).forEach(key -> foreign.addAll(key.columns()));
        Set<String> unique = uniqueColumns(table);
        List<SchemaTable.Column> shown = table.columns().stream().filter(column -> !STANDARD_COLUMNS.contains(column.name())).toList();
        if (shown.isEmpty()) {
            text.append("    ").append(table.name()).append('\n');
            return;
        }
        text.append("    ").append(table.name()).append(" {\n");
        for (SchemaTable.Column column : shown) {
            List<String> keys = new ArrayList<>();
            if (table.primaryKey().contains(column.name())) {
                keys.add("PK");
            }
            if (foreign.contains(column.name())) {
                keys.add("FK");
            }
            if (unique.contains(column.name())) {
                keys.add("UK");
            }
            text.append("        ").append(column.type()).append(' ').append(column.name());
            if (!keys.isEmpty()) {
                text.append(' ').append(String.join(", ", keys));
            }
            text.append('\n');
        }
        text.append("    }\n");
    }

    /**
     * The columns of the unique keys that say something beyond the primary key: a key that contains the primary key is
     * unique by it, and the tenant column beside others only scopes the key to the organization.
     */
    private static Set<String> uniqueColumns(SchemaTable table) {
        Set<String> columns = new TreeSet<>();
        for (Set<String> key : table.uniqueKeys()) {
            if (!table.primaryKey().isEmpty() && key.containsAll(table.primaryKey())) {
                continue;
            }
            key.stream().filter(column -> key.size() == 1 || !column.equals(TENANT_COLUMN)).forEach(columns::add);
        }
        return columns;
    }

    /** Whether a foreign key is drawn: not the tenant column's link to its organization, not a standard column's. */
    private static boolean drawn(SchemaTable.ForeignKey key) {
        if (key.columns().equals(List.of(TENANT_COLUMN)) && key.referencedTable().equals(TENANT_TABLE)) {
            return false;
        }
        return !STANDARD_COLUMNS.containsAll(key.columns());
    }

    private static List<String> relationships(List<SchemaTable> tables) {
        record Relationship(String child, String label, String parent, String line) {}
        List<Relationship> relationships = new ArrayList<>();
        for (SchemaTable table : tables) {
            for (SchemaTable.ForeignKey key : table.foreignKeys()) {
                if (!drawn(key)) {
                    continue;
                }
                List<String> named = key.columns().stream().filter(column -> !column.equals(TENANT_COLUMN)).toList();
                String label = String.join(", ", named.isEmpty() ? key.columns() : named);
                String parentSide = table.notNull(key.columns()) ? "||" : "|o";
                String childSide = table.uniqueOn(new LinkedHashSet<>(key.columns())) ? "o|" : "o{";
                String link = !table.primaryKey().isEmpty() && table.primaryKey().containsAll(key.columns()) ? "--" : "..";
                relationships.add(new Relationship(table.name(), label, key.referencedTable(),
                        key.referencedTable() + " " + parentSide + link + childSide + " " + table.name() + " : \"" + label + "\""));
            }
        }
        relationships.sort(Comparator.comparing(Relationship::child).thenComparing(Relationship::label).thenComparing(Relationship::parent));
        return relationships.stream().map(Relationship::line).distinct().toList();
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
