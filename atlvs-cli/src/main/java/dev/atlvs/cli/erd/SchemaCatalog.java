package dev.atlvs.cli.erd;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.AtlvsMigrations;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads the tables and views of the {@code atlvs} schema from {@code pg_catalog}, and which module created each.
 *
 * <p>The owner of a table is the module whose applied migrations create it: the scripts each module's Flyway history
 * table lists as applied are read from the module's {@link AtlvsModule#migrationLocation()} and searched for
 * {@code create table} and {@code create view} statements. The database says what exists, the scripts only who made
 * it; a table no applied script creates (one made by hand) has no owner.
 */
final class SchemaCatalog {

    private static final String SCHEMA = AtlvsMigrations.SCHEMA;

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bcreate\\s+(?:(?:global\\s+|local\\s+)?(?:temporary|temp|unlogged)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "(?:\"?atlvs\"?\\s*\\.\\s*)?\"?([a-z_][a-z0-9_]*)\\b(?![.\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+|recursive\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "(?:\"?atlvs\"?\\s*\\.\\s*)?\"?([a-z_][a-z0-9_]*)\\b(?![.\\w])",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, SchemaTable> tables;
    private final Set<String> views;
    private final Map<String, String> owners;

    private SchemaCatalog(Map<String, SchemaTable> tables, Set<String> views, Map<String, String> owners) {
        this.tables = tables;
        this.views = views;
        this.owners = owners;
    }

    /**
     * Reads the catalog of the database behind {@code dataSource}.
     *
     * @throws AtlvsException {@link CoreErrorCode#SCHEMA_MISSING} when the database holds no schema {@code atlvs},
     *         {@link CoreErrorCode#DATABASE_ERROR} when it cannot be read
     */
    static SchemaCatalog read(DataSource dataSource, AtlvsModules modules) {
        try (Connection connection = dataSource.getConnection()) {
            if (!schemaExists(connection)) {
                throw new AtlvsException(CoreErrorCode.SCHEMA_MISSING,
                        "the database holds no schema " + SCHEMA + ": migrate it first (atlvs migrate)");
            }
            Set<String> historyTables = new TreeSet<>();
            for (AtlvsModule module : modules.inDependencyOrder()) {
                historyTables.add(module.historyTable());
            }
            Map<String, SchemaTable> tables = readTables(connection, historyTables);
            Set<String> views = readViews(connection);
            Map<String, String> owners = readOwners(connection, modules);
            return new SchemaCatalog(tables, views, owners);
        } catch (SQLException failure) {
            throw new AtlvsException(CoreErrorCode.DATABASE_ERROR,
                    "the catalog of schema " + SCHEMA + " could not be read (SQLSTATE " + failure.getSQLState() + ")", failure);
        }
    }

    /** Every table, by name, in name order. */
    Map<String, SchemaTable> tables() {
        return tables;
    }

    /** Every view and materialized view, in name order. */
    Set<String> views() {
        return views;
    }

    /** The module that created {@code relation} (a table or a view), or {@code null} when no applied migration did. */
    String owner(String relation) {
        return owners.get(relation);
    }

    private static boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_catalog.to_regnamespace(?) is not null")) {
            statement.setString(1, SCHEMA);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static Map<String, SchemaTable> readTables(Connection connection, Set<String> historyTables) throws SQLException {
        Map<String, List<SchemaTable.Column>> columns = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, a.attname, a.attnotnull,
                       case when t.typcategory = 'A' and e.oid is not null then e.typname || '[]' else t.typname end
                  from pg_catalog.pg_class c
                  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                  join pg_catalog.pg_attribute a on a.attrelid = c.oid
                  join pg_catalog.pg_type t on t.oid = a.atttypid
                  left join pg_catalog.pg_type e on e.oid = t.typelem
                 where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                   and a.attnum > 0 and not a.attisdropped
                 order by c.relname, a.attnum
                """)) {
            statement.setString(1, SCHEMA);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (historyTables.contains(table) || table.startsWith("flyway_schema_history")) {
                        continue;
                    }
                    columns.computeIfAbsent(table, name -> new ArrayList<>())
                            .add(new SchemaTable.Column(rows.getString(2), readableType(rows.getString(4)), rows.getBoolean(3)));
                }
            }
        }
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        Map<String, Set<Set<String>>> uniqueKeys = new TreeMap<>();
        Map<String, List<SchemaTable.ForeignKey>> foreignKeys = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname, k.contype, f.relname,
                       array(select a.attname from unnest(k.conkey) with ordinality as u(attnum, position)
                               join pg_catalog.pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                              order by u.position),
                       array(select a.attname from unnest(k.confkey) with ordinality as u(attnum, position)
                               join pg_catalog.pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum
                              order by u.position)
                  from pg_catalog.pg_constraint k
                  join pg_catalog.pg_class c on c.oid = k.conrelid
                  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                  left join pg_catalog.pg_class f on f.oid = k.confrelid
                 where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                   and k.contype in ('p', 'u', 'f') and k.conparentid = 0
                 order by c.relname, k.conname
                """)) {
            statement.setString(1, SCHEMA);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    List<String> keyColumns = strings(rows.getArray(4));
                    switch (rows.getString(2)) {
                        case "p" -> primaryKeys.put(table, keyColumns);
                        case "u" -> uniqueKeys.computeIfAbsent(table, name -> new LinkedHashSet<>()).add(Set.copyOf(keyColumns));
                        default -> foreignKeys.computeIfAbsent(table, name -> new ArrayList<>())
                                .add(new SchemaTable.ForeignKey(keyColumns, rows.getString(3), strings(rows.getArray(5))));
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname,
                       array(select a.attname from unnest(i.indkey::int2[]) with ordinality as u(attnum, position)
                               join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum
                              where u.position <= i.indnkeyatts
                              order by u.position)
                  from pg_catalog.pg_index i
                  join pg_catalog.pg_class c on c.oid = i.indrelid
                  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                  join pg_catalog.pg_class x on x.oid = i.indexrelid
                 where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
                   and i.indisunique and not i.indisprimary and i.indexprs is null and i.indpred is null
                 order by c.relname, x.relname
                """)) {
            statement.setString(1, SCHEMA);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    uniqueKeys.computeIfAbsent(rows.getString(1), name -> new LinkedHashSet<>()).add(Set.copyOf(strings(rows.getArray(2))));
                }
            }
        }
        Map<String, SchemaTable> tables = new TreeMap<>();
        for (Map.Entry<String, List<SchemaTable.Column>> table : columns.entrySet()) {
            String name = table.getKey();
            tables.put(name, new SchemaTable(name, table.getValue(), primaryKeys.getOrDefault(name, List.of()),
                    List.copyOf(uniqueKeys.getOrDefault(name, Set.of())), foreignKeys.getOrDefault(name, List.of())));
        }
        return java.util.Collections.unmodifiableMap(tables);
    }

    private static Set<String> readViews(Connection connection) throws SQLException {
        Set<String> views = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname
                  from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relkind in ('v', 'm')
                """)) {
            statement.setString(1, SCHEMA);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(rows.getString(1));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(views);
    }

    private static Map<String, String> readOwners(Connection connection, AtlvsModules modules) throws SQLException {
        Map<String, String> owners = new LinkedHashMap<>();
        for (AtlvsModule module : modules.inDependencyOrder()) {
            for (String script : appliedScripts(connection, module)) {
                String text = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(script(module, script)).replaceAll(" ")).replaceAll(" ");
                for (Pattern pattern : List.of(CREATE_TABLE, CREATE_VIEW)) {
                    Matcher created = pattern.matcher(text);
                    while (created.find()) {
                        owners.putIfAbsent(created.group(1).toLowerCase(java.util.Locale.ROOT), module.name());
                    }
                }
            }
        }
        return owners;
    }

    private static List<String> appliedScripts(Connection connection, AtlvsModule module) throws SQLException {
        String historyTable = module.historyTable();
        if (!historyTable.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("module " + module.name() + " names history table " + historyTable
                    + ", which is not a lower-case SQL identifier");
        }
        try (PreparedStatement exists = connection.prepareStatement("select pg_catalog.to_regclass(?) is not null")) {
            exists.setString(1, SCHEMA + "." + historyTable);
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return List.of();
                }
            }
        }
        List<String> scripts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select script from " + SCHEMA + "." + historyTable + " where success and type = 'SQL' order by installed_rank")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scripts.add(rows.getString(1));
                }
            }
        }
        return scripts;
    }

    /** The text of one applied script of {@code module}, from its migration location. */
    private static String script(AtlvsModule module, String script) {
        String location = module.migrationLocation();
        try {
            if (location.startsWith("filesystem:")) {
                return Files.readString(Path.of(location.substring("filesystem:".length()), script), StandardCharsets.UTF_8);
            }
            String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            String resource = (folder.endsWith("/") ? folder : folder + "/") + script;
            ClassLoader loader = module.getClass().getClassLoader();
            try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                if (in == null) {
                    throw new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, "migration " + script + " of module " + module.name()
                            + " is applied to the database but not found at " + location
                            + ": run the tool from the version that migrated the database");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("migration " + script + " of module " + module.name() + " could not be read", failure);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String readableType(String type) {
        boolean array = type.endsWith("[]");
        String element = array ? type.substring(0, type.length() - 2) : type;
        String readable = switch (element) {
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "bool" -> "boolean";
            case "float4" -> "real";
            case "float8" -> "double";
            case "bpchar" -> "char";
            default -> element;
        };
        return array ? readable + "[]" : readable;
    }
}
