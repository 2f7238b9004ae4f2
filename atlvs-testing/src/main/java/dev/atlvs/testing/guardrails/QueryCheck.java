package dev.atlvs.testing.guardrails;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.testing.SqlContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.ExtensionMetadata;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.SqlObjects;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Checks the SQL of a Jdbi SqlObject repository against the live schema without running it: for every
 * {@code @SqlQuery}, {@code @SqlUpdate} and {@code @SqlBatch} method, PostgreSQL parses, analyses,
 * rewrites (row-level security included) and plans the statement, and checks the privileges it needs. A
 * misspelled or dropped column, a missing table or function, a parameter compared with a column of another
 * type, or a table the run-time role may not write is reported with the repository, the method and
 * PostgreSQL's message.
 *
 * <pre>{@code
 * assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), TaskRepository.class)).isEmpty();
 * }</pre>
 *
 * <p>How a statement is checked:
 * <ol>
 *   <li>Its SQL is found, rendered and parsed the way Jdbi does when the repository is attached: the
 *       method's configuration (SQL locator, template engine, SQL parser, type-level defines) comes from
 *       Jdbi's own extension metadata; a {@code @BindList} parameter defines its template attribute through
 *       Jdbi's {@code bindList} with one element; the parser ({@code ColonPrefixSqlParser} by default)
 *       turns named parameters into JDBC's {@code ?}, which are then numbered {@code $1..$n} as the driver
 *       numbers them (outside literals, quoted names and comments).</li>
 *   <li>Each parameter is declared with the type the driver announces for the method's Java parameter
 *       ({@code UUID} as {@code uuid}, {@code String} and enums as {@code varchar}, {@code LocalDate} as
 *       {@code date}, {@code Instant} as {@code timestamptz}, arrays as arrays, {@code :organizationId} as
 *       {@code uuid}); a parameter whose type is unknown is declared {@code unknown}, which PostgreSQL
 *       infers from its use. Declared types catch what inference would hide (a {@code String} compared
 *       with a {@code uuid} column fails at run time too), and they let statements pass whose parameter
 *       only the driver's type makes determinate (an argument of {@code concat_ws}).</li>
 *   <li>On a connection of the given data source (the run-time role, so that its privileges and
 *       row-level security apply), in a transaction that is always rolled back, a verified context is
 *       opened with the context key like a transaction of the SDK opens it (a random organization and
 *       actor: nothing is read), then {@code PREPARE atlvs_query_check (types) AS <sql>} parses and
 *       analyses the statement, and {@code EXPLAIN (COSTS OFF) EXECUTE atlvs_query_check (NULL, ...)}
 *       with {@code plan_cache_mode = force_generic_plan} plans it with the parameters left open and
 *       starts (never runs) the executor, which checks table, column and function privileges ({@code PREPARE}
 *       alone stops after the rewrite, before any privilege is checked). This is what
 *       {@code EXPLAIN (GENERIC_PLAN)} does, but that option exists only from PostgreSQL 16, and the SDK
 *       supports 15. The prepared statement outlives the rollback, so it is deallocated afterwards.</li>
 * </ol>
 *
 * <p>Pass the run-time role's data source ({@code TestDatabase.appDataSource()}): the repositories run as
 * that role, so a grant it lacks fails here as it would in production, where the owner would hide it.
 *
 * <p>{@code @SqlCall} and {@code @SqlScript} methods are not checked: PostgreSQL cannot prepare a
 * {@code CALL} or several statements.
 */
public final class QueryCheck {

    private static final String STATEMENT = "atlvs_query_check";
    private static final String PREPARES = "query prepares";
    private static final String RENDERS = "query renders";
    private static final String ROUTES = "query names its organization";

    private QueryCheck() {}

    /**
     * One statement method of a repository.
     *
     * @param repository the repository interface (the method may be inherited)
     * @param method the {@code @SqlQuery}, {@code @SqlUpdate} or {@code @SqlBatch} method
     */
    public record Query(Class<?> repository, Method method) {

        public Query {
            requireNonNull(repository, "repository is null");
            requireNonNull(method, "method is null");
        }

        /**
         * {@code Repository.method}, with the simple names of the parameter types when the repository has
         * several methods of that name: {@code TaskRepository.ofProject(UUID, TaskStatus)}.
         */
        public String name() {
            String name = repository.getSimpleName() + "." + method.getName();
            long sameName = Arrays.stream(repository.getMethods()).filter(m -> m.getName().equals(method.getName())).count();
            if (sameName > 1) {
                name += Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
            }
            return name;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** The {@code @SqlQuery}, {@code @SqlUpdate} and {@code @SqlBatch} methods of {@code repository}, its inherited ones included. */
    public static List<Query> queries(Class<?> repository) {
        requireNonNull(repository, "repository is null");
        return Arrays.stream(repository.getMethods())
                .filter(QueryCheck::checked)
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .map(method -> new Query(repository, method))
                .toList();
    }

    /**
     * Findings for every statement of {@code repository}, prepared on a connection of {@code runtime} in a
     * context proved with {@code key}; empty when all prepare.
     */
    public static List<Finding> check(DataSource runtime, ContextKey key, Class<?> repository) throws SQLException {
        SqlContext contexts = SqlContext.of(key);
        List<Finding> findings = new ArrayList<>();
        try (Connection connection = runtime.getConnection()) {
            Map<String, String> tenantTables = tenantTables(connection);
            for (Query query : queries(repository)) {
                findings.addAll(check(connection, contexts, query, tenantTables));
            }
        }
        return findings;
    }

    /**
     * Findings for one statement, prepared on a connection of {@code runtime} in a context proved with
     * {@code key}; empty when it prepares.
     */
    public static List<Finding> check(DataSource runtime, ContextKey key, Query query) throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            return check(connection, SqlContext.of(key), query, tenantTables(connection));
        }
    }

    private static boolean checked(Method method) {
        return method.isAnnotationPresent(SqlQuery.class) || method.isAnnotationPresent(SqlUpdate.class)
                || method.isAnnotationPresent(SqlBatch.class);
    }

    private static List<Finding> check(Connection connection, SqlContext contexts, Query query, Map<String, String> tenantTables)
            throws SQLException {
        if (!checked(query.method())) {
            throw new IllegalArgumentException(query.name() + " is no @SqlQuery, @SqlUpdate or @SqlBatch method");
        }
        Prepared prepared;
        try {
            prepared = render(connection, query);
        } catch (RuntimeException failure) {
            return List.of(new Finding(query.name(), RENDERS, "Jdbi cannot render or parse the SQL: " + failure.getMessage()));
        }
        if (prepared.problem() != null) {
            return List.of(new Finding(query.name(), RENDERS, prepared.problem()));
        }
        String prepare = "PREPARE " + STATEMENT + (prepared.types().isEmpty() ? "" : " (" + String.join(", ", prepared.types()) + ")") + " AS ";
        // Every uuid parameter is the context's organization, the others a value of their type (null where the type
        // is not known): a statement that names its organization is then planned for that organization's shard where
        // the tables are distributed, and one that does not for every shard (Citus plans no statement for an
        // organization that is null, and plans a comparison with null, always false, for one shard).
        UUID organization = UUID.randomUUID();
        String explain = "EXPLAIN (COSTS OFF, VERBOSE, FORMAT JSON) EXECUTE " + STATEMENT
                + (prepared.types().isEmpty() ? "" : prepared.types().stream()
                        .map(t -> sample(t, organization))
                        .collect(Collectors.joining(", ", " (", ")")));
        String plan = null;
        boolean autoCommit = connection.getAutoCommit();
        boolean deallocate = false;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            try {
                // Citus explains a statement's tasks over connections of its own; in a transaction that has already
                // used a shard of this session (the context's check reads the keys, a reference table) it would refuse
                // to switch, so the check's transaction reaches every shard over a connection from the start.
                statement.execute("select set_config(name, 'off', true) from pg_catalog.pg_settings "
                        + "where name = 'citus.enable_local_execution'");
                // A verified context of a random organization and actor: nothing is read.
                contexts.system(connection, organization, UUID.randomUUID());
                // One plan for every parameter value, as a long-lived prepared statement gets. Citus plans a statement
                // for the shard its parameters name, so on Citus the plan is the one for the bound organization.
                statement.execute("select set_config('plan_cache_mode', 'force_generic_plan', true) "
                        + "where not atlvs.citus_installed()");
                try {
                    statement.execute(prepare + prepared.sql());
                    deallocate = true;
                    try (ResultSet planned = statement.executeQuery(explain)) {
                        planned.next();
                        plan = planned.getString(1);
                    }
                } catch (SQLException failure) {
                    return List.of(new Finding(query.name(), PREPARES, describe(failure, prepared.sql(), prepare.length())));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                if (deallocate) {
                    // A prepared statement belongs to the session, not to the transaction: the rollback keeps it.
                    statement.execute("DEALLOCATE " + STATEMENT);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        // Read once the statement's transaction is over: a distributed database keeps its reads apart from it.
        return routing(connection, query, plan, tenantTables);
    }

    /** A value of the SQL type {@code type} for planning a statement: {@code organization} for a uuid. */
    private static String sample(String type, UUID organization) {
        return switch (type) {
            case "uuid" -> "'" + organization + "'::uuid";
            case "varchar" -> "'query check'::varchar";
            case "int2", "int4", "int8", "numeric", "float4", "float8" -> "1::" + type;
            case "bool" -> "true";
            case "date" -> "date '2000-01-01'";
            case "timestamptz" -> "timestamptz '2000-01-01 00:00:00+00'";
            case "timestamp" -> "timestamp '2000-01-01 00:00:00'";
            case "time" -> "time '00:00'";
            default -> "NULL";
        };
    }

    /** The registered tenant tables and their tenant columns. */
    private static Map<String, String> tenantTables(Connection connection) throws SQLException {
        Map<String, String> tenantTables = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, tenant_column from atlvs.registered_tables where scope = 'tenant'")) {
            while (rows.next()) {
                tenantTables.put(rows.getString(1), rows.getString(2));
            }
        }
        return tenantTables;
    }

    /**
     * Whether the statement names its organization for every tenant table it reads: each scan of a tenant table is
     * bounded by {@code <alias>.<tenant column> = $n} (a bound organization) or joined on the tenant column to a table
     * that is, and at least one bound organization appears. Row-level security alone filters every row too, but only a
     * condition the planner sees lets it use the tenant-leading indexes, and lets a distributed database send the
     * statement to the one shard of the organization instead of every shard. Inserts name their organization in the row.
     */
    private static List<Finding> routing(Connection connection, Query query, String plan, Map<String, String> tenantTables)
            throws SQLException {
        if (plan != null && plan.contains("\"Task Count\"")) {
            // Distributed with Citus, the plan shows where the statement goes, not the shards' scans: a statement that
            // names its organization (every uuid parameter is the organization here) goes to one shard, every task
            // count is one; otherwise it fans out to every shard.
            java.util.regex.Matcher tasks = java.util.regex.Pattern.compile("\"Task Count\"\\s*:\\s*(\\d+)").matcher(plan);
            while (tasks.find()) {
                if (Integer.parseInt(tasks.group(1)) > 1) {
                    return List.of(new Finding(query.name(), ROUTES, "the statement goes to " + tasks.group(1)
                            + " shards: it does not name its organization for every tenant table it reads"));
                }
            }
            return List.of();
        }
        List<String[]> scans = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        try (java.sql.PreparedStatement nodes = connection.prepareStatement("""
                select n ->> 'Relation Name', n ->> 'Alias', n ->> 'Schema', n ->> 'Node Type'
                  from jsonb_path_query(?::jsonb, 'strict $.**') n
                 where jsonb_typeof(n) = 'object' and n ->> 'Relation Name' is not null
                """)) {
            nodes.setString(1, plan);
            try (ResultSet rows = nodes.executeQuery()) {
                while (rows.next()) {
                    scans.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
                }
            }
        }
        try (java.sql.PreparedStatement quals = connection.prepareStatement("""
                select e.value #>> '{}'
                  from jsonb_path_query(?::jsonb, 'strict $.**') n, jsonb_each(n) e
                 where jsonb_typeof(n) = 'object' and (e.key like '%Cond' or e.key like '%Filter')
                """)) {
            quals.setString(1, plan);
            try (ResultSet rows = quals.executeQuery()) {
                while (rows.next()) {
                    conditions.add(rows.getString(1));
                }
            }
        }
        String all = String.join(" AND ", conditions);
        boolean bound = false;
        List<String> unbounded = new ArrayList<>();
        for (String[] scan : scans) {
            String tenantColumn = tenantTables.get(scan[0]);
            if (tenantColumn == null || !"atlvs".equals(scan[2]) || "ModifyTable".equals(scan[3])) {
                continue;
            }
            String column = java.util.regex.Pattern.quote(scan[1] + "." + tenantColumn);
            java.util.regex.Pattern byParameter = java.util.regex.Pattern.compile(
                    "(?<![\\w.])" + column + " = \\$\\d+|\\$\\d+ = " + column + "(?![\\w])");
            java.util.regex.Pattern byJoin = java.util.regex.Pattern.compile(
                    "(?<![\\w.])" + column + " = \\w+\\.(organization_id|id)(?![\\w])|(?<![\\w.])\\w+\\.(organization_id|id) = " + column + "(?![\\w])");
            if (byParameter.matcher(all).find()) {
                bound = true;
            } else if (!byJoin.matcher(all).find() && !all.contains("." + tenantColumn + " = (hashed SubPlan ")) {
                // (A sub-query the planner hashes is matched to the outer rows on the tenant column, as a join is.)
                unbounded.add(scan[0] + " " + scan[1]);
            }
        }
        boolean readsTenantTables = scans.stream().anyMatch(scan -> tenantTables.containsKey(scan[0]) && "atlvs".equals(scan[2])
                && !"ModifyTable".equals(scan[3]));
        if (!unbounded.isEmpty() || (readsTenantTables && !bound)) {
            return List.of(new Finding(query.name(), ROUTES, "the statement reads "
                    + (unbounded.isEmpty() ? "tenant tables" : String.join(", ", unbounded))
                    + " without naming the organization: bound every tenant table by its tenant column (organization_id = "
                    + ":organizationId, or a join on it to a table that is)"));
        }
        return List.of();
    }

    /** PostgreSQL's message, its SQLSTATE, the line of the SQL it points at, and its hint. */
    private static String describe(SQLException failure, String sql, int prefixLength) {
        StringBuilder detail = new StringBuilder();
        ServerErrorMessage server = failure instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        detail.append(server != null && server.getMessage() != null ? server.getMessage() : failure.getMessage());
        detail.append(" (SQLSTATE ").append(failure.getSQLState()).append(')');
        if (server != null && server.getPosition() > prefixLength) {
            int offset = Math.min(server.getPosition() - 1 - prefixLength, sql.length());
            int start = sql.lastIndexOf('\n', offset - 1) + 1;
            int end = sql.indexOf('\n', offset);
            int line = (int) sql.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
            detail.append(" at line ").append(line).append(": ").append(sql.substring(start, end < 0 ? sql.length() : end).strip());
        }
        if (server != null && server.getHint() != null) {
            detail.append("; hint: ").append(server.getHint());
        }
        return detail.toString();
    }

    /** The SQL with {@code $n} parameters and their declared types, or the reason it cannot be prepared. */
    record Prepared(String sql, List<String> types, String problem) {}

    private static Prepared render(Connection connection, Query query) {
        ConnectionFactory borrowed = new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection;
            }

            @Override
            public void closeConnection(Connection ignored) {
                // the check closes it
            }
        };
        Jdbi jdbi = Jdbi.create(borrowed).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        try (Handle handle = jdbi.open()) {
            Extensions extensions = handle.getConfig(Extensions.class);
            ExtensionFactory factory = extensions.findFactory(SqlObjectFactory.class)
                    .orElseThrow(() -> new IllegalStateException("Jdbi's SqlObject plugin is not installed"));
            ExtensionMetadata metadata = extensions.findMetadata(query.repository(), factory);
            ConfigRegistry config = metadata.createMethodConfiguration(query.method(), metadata.createInstanceConfiguration(handle.getConfig()));
            String located = config.get(SqlObjects.class).getSqlLocator().locate(query.repository(), query.method(), config);
            SqlStatements statements = config.get(SqlStatements.class);
            Map<String, Type> named = new HashMap<>();
            List<Type> positional = new ArrayList<>();
            try (org.jdbi.v3.core.statement.Query statement = handle.createQuery(located)) {
                statements.getAttributes().forEach(statement::define);
                boolean batch = query.method().isAnnotationPresent(SqlBatch.class);
                for (Parameter parameter : query.method().getParameters()) {
                    Type type = batch ? elementType(parameter.getParameterizedType()) : parameter.getParameterizedType();
                    BindList list = parameter.getAnnotation(BindList.class);
                    if (list != null) {
                        String key = list.value().isEmpty() ? parameter.getName() : list.value();
                        // Jdbi defines the attribute as the list of the element parameters' names, one here.
                        statement.bindList(key, List.of(key));
                        String defined = String.valueOf(statement.getContext().getAttribute(key));
                        for (String element : statements.getSqlParser().parse(defined, statement.getContext()).getParameters().getParameterNames()) {
                            named.put(element, elementType(parameter.getParameterizedType()));
                        }
                        continue;
                    }
                    positional.add(type);
                    Bind bind = parameter.getAnnotation(Bind.class);
                    if (bind != null && !bind.value().isEmpty()) {
                        named.put(bind.value(), type);
                    } else if (parameter.isNamePresent()) {
                        named.put(parameter.getName(), type);
                    }
                }
                named.putIfAbsent("organizationId", UUID.class);
                String rendered = statements.getTemplateEngine().render(located, statement.getContext());
                ParsedSql parsed = statements.getSqlParser().parse(rendered, statement.getContext());
                ParsedParameters parameters = parsed.getParameters();
                List<String> types = new ArrayList<>();
                for (int i = 0; i < parameters.getParameterCount(); i++) {
                    Type type = parameters.isPositional()
                            ? (i < positional.size() ? positional.get(i) : null)
                            : named.get(parameters.getParameterNames().get(i));
                    types.add(sqlType(type));
                }
                return numbered(parsed.getSql(), types);
            }
        }
    }

    /**
     * Numbers the {@code ?} of {@code sql} as {@code $1..$n}, skipping literals, quoted names, dollar
     * quotes and comments as the driver does; refuses SQL with more than one statement.
     */
    static Prepared numbered(String sql, List<String> types) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int count = 0;
        int end = -1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int next = i + 1;
            if (end >= 0 && !Character.isWhitespace(c) && !sql.startsWith("--", i) && !sql.startsWith("/*", i)) {
                return new Prepared(sql, types, "the SQL holds more than one statement, which PostgreSQL cannot prepare as one");
            }
            if (c == '\'') {
                boolean backslashes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
                next = i + 1;
                while (next < n) {
                    char d = sql.charAt(next);
                    if (backslashes && d == '\\') {
                        next += 2;
                    } else if (d == '\'' && next + 1 < n && sql.charAt(next + 1) == '\'') {
                        next += 2;
                    } else if (d == '\'') {
                        next++;
                        break;
                    } else {
                        next++;
                    }
                }
            } else if (c == '"') {
                next = sql.indexOf('"', i + 1);
                next = next < 0 ? n : next + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                next = sql.indexOf('\n', i);
                next = next < 0 ? n : next;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 1;
                next = i + 2;
                while (next < n && depth > 0) {
                    if (sql.startsWith("/*", next)) {
                        depth++;
                        next += 2;
                    } else if (sql.startsWith("*/", next)) {
                        depth--;
                        next += 2;
                    } else {
                        next++;
                    }
                }
            } else if (c == '$' && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)) && sql.charAt(i - 1) != '_')) {
                int tagEnd = i + 1;
                while (tagEnd < n && (Character.isLetter(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_'
                        || tagEnd > i + 1 && Character.isDigit(sql.charAt(tagEnd)))) {
                    tagEnd++;
                }
                if (tagEnd < n && sql.charAt(tagEnd) == '$') {
                    String tag = sql.substring(i, tagEnd + 1);
                    int close = sql.indexOf(tag, tagEnd + 1);
                    next = close < 0 ? n : close + tag.length();
                }
            } else if (c == '?') {
                if (i + 1 < n && sql.charAt(i + 1) == '?') {
                    out.append('?');
                    i += 2;
                    continue;
                }
                out.append('$').append(++count);
                i++;
                continue;
            } else if (c == ';') {
                end = out.length();
                out.append(c);
                i++;
                continue;
            }
            out.append(sql, i, next);
            i = next;
        }
        if (count != types.size()) {
            return new Prepared(sql, types, "Jdbi parsed " + types.size() + " parameters but the SQL holds " + count + " placeholders");
        }
        return new Prepared(end >= 0 ? out.substring(0, end) : out.toString(), types, null);
    }

    /** The type the driver announces for a value of {@code type}; {@code unknown} (inferred by PostgreSQL) when there is none. */
    static String sqlType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            return sqlType(parameterized.getActualTypeArguments()[0]);
        }
        if (type instanceof GenericArrayType array) {
            String element = sqlType(array.getGenericComponentType());
            return element.equals("unknown") ? element : element + "[]";
        }
        if (!(type instanceof Class<?> raw)) {
            return "unknown";
        }
        if (raw.isArray()) {
            if (raw.getComponentType() == byte.class) {
                return "bytea";
            }
            String element = sqlType(raw.getComponentType());
            return element.equals("unknown") ? element : element + "[]";
        }
        if (raw == UUID.class) {
            return "uuid";
        }
        if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()) {
            return "varchar";
        }
        if (raw == int.class || raw == Integer.class) {
            return "int4";
        }
        if (raw == long.class || raw == Long.class) {
            return "int8";
        }
        if (raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
            return "int2";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "bool";
        }
        if (raw == double.class || raw == Double.class) {
            return "float8";
        }
        if (raw == float.class || raw == Float.class) {
            return "float4";
        }
        if (raw == BigDecimal.class) {
            return "numeric";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        if (raw == LocalDateTime.class) {
            return "timestamp";
        }
        if (raw == LocalTime.class) {
            return "time";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "timestamptz";
        }
        return "unknown";
    }

    /** The element type of an iterable or array parameter ({@code @SqlBatch}, {@code @BindList}); the type itself otherwise. */
    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Iterable.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments().length == 1) {
            return parameterized.getActualTypeArguments()[0];
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> raw && raw.isArray() && raw.getComponentType() != byte.class) {
            return raw.getComponentType();
        }
        return type;
    }
}
