package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.search.SearchPage;
import dev.atlvs.core.search.SearchQuery;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Latency of the people search ({@code tx.search()} inside {@link Atlvs#inTenant}, as a host calls it) on a directory of
 * {@value #PEOPLE} people in one organization, beside a second organization of {@value #SMALL_PEOPLE} people drawn from
 * the same names (so that tenant filtering shows in the hit counts and the latencies). The data are generated once, by
 * {@link #run}, with the SDK's bulk path ({@link PeopleDirectoryGenerator}); the search index is filled by the
 * database's triggers. Queries, taken from the generated people: an exact full name, a surname, the surname with one
 * letter dropped (matched by spelling), an accented full name typed without accents, a skill (derived from the
 * competencies people hold), an e-mail address and a city; each on its first page of 20 hits and, where there is one,
 * its second page (the keyset token of the first). Every call opens a tenant transaction (membership check, verified
 * context) and runs one search.
 *
 * <p>Run with {@code ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=search}
 * (seconds per measurement iteration: {@code -Dbench.iterationSeconds}, default 3; benchmarks to run, a regular expression
 * over the method names: {@code -Dbench.include}). Without {@code -Dbench.jdbcUrl} it runs on the embedded PostgreSQL of
 * atlvs-testing; with one, on that server (the URL's role must be allowed to {@code VACUUM} the search tables). Writes
 * {@code search.json} (JMH), {@code search.md} (the summary) and {@code search-plan.txt} (the plan of the slowest query).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class PeopleSearchBenchmarks {

    static final int PEOPLE = 100_000;
    static final int SMALL_PEOPLE = 3_000;
    static final int PAGE = 20;
    static final String SKILL = "pyrotechnics";
    static final String CITY = "Hamburg";

    /** The queries, by name: what it is and which organization it runs in. */
    enum Query {
        FULL_NAME("fullName", "exact full name", false),
        SURNAME("surname", "surname only", false),
        SURNAME_TYPO("surnameTypo", "surname with one letter dropped (spelling)", false),
        UNACCENTED_NAME("unaccentedName", "accented full name typed without accents", false),
        SKILL("skill", "skill word (derived from competencies)", false),
        EMAIL("email", "e-mail address", false),
        CITY("city", "city", false),
        SMALL_SURNAME("smallOrgSurname", "surname only, in the small organization", true),
        SMALL_SKILL("smallOrgSkill", "skill word, in the small organization", true),
        SMALL_CITY("smallOrgCity", "city, in the small organization", true),
        SMALL_EMAIL_OF_LARGE("smallOrgEmailOfLargeOrg", "the large organization's e-mail address, in the small organization", true);

        final String key;
        final String description;
        final boolean small;

        Query(String key, String description, boolean small) {
            this.key = key;
            this.description = description;
            this.small = small;
        }
    }

    private HikariDataSource pool;
    private Atlvs atlvs;
    private UUID largeOrg;
    private UUID largeOwner;
    private UUID smallOrg;
    private UUID smallOwner;
    private final Map<Query, SearchQuery> firstPages = new LinkedHashMap<>();
    private final Map<Query, SearchQuery> secondPages = new LinkedHashMap<>();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("bench.search")))) {
            properties.load(in);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.getProperty("url"));
        if (!properties.getProperty("user", "").isEmpty()) {
            config.setUsername(properties.getProperty("user"));
            config.setPassword(properties.getProperty("password"));
        }
        config.setMaximumPoolSize(2);
        config.setPoolName("atlvs-bench-search");
        pool = new HikariDataSource(config);
        Atlvs.Builder builder = Atlvs.builder(pool);
        String key = properties.getProperty("context.key", "");
        if (!key.isEmpty()) {
            builder.contextKey(ContextKey.of("default", HexFormat.of().parseHex(key)));
        }
        atlvs = builder.build();
        largeOrg = UUID.fromString(properties.getProperty("large.organization"));
        largeOwner = UUID.fromString(properties.getProperty("large.owner"));
        smallOrg = UUID.fromString(properties.getProperty("small.organization"));
        smallOwner = UUID.fromString(properties.getProperty("small.owner"));
        for (Query query : Query.values()) {
            String text = properties.getProperty("query." + query.key + ".text");
            firstPages.put(query, SearchQuery.of(text).types("person").limit(PAGE));
            String token = properties.getProperty("query." + query.key + ".next", "");
            if (!token.isEmpty()) {
                secondPages.put(query, SearchQuery.of(text).types("person").limit(PAGE).after(token));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    private SearchPage first(Query query) {
        SearchQuery search = firstPages.get(query);
        return query.small ? atlvs.inTenant(smallOrg, smallOwner, tx -> tx.search().query(search))
                : atlvs.inTenant(largeOrg, largeOwner, tx -> tx.search().query(search));
    }

    private SearchPage second(Query query) {
        SearchQuery search = secondPages.get(query);
        if (search == null) {
            throw new IllegalStateException(query.key + " has no second page");
        }
        return atlvs.inTenant(largeOrg, largeOwner, tx -> tx.search().query(search));
    }

    @Benchmark
    public SearchPage fullName() {
        return first(Query.FULL_NAME);
    }

    @Benchmark
    public SearchPage fullNamePage2() {
        return second(Query.FULL_NAME);
    }

    @Benchmark
    public SearchPage surname() {
        return first(Query.SURNAME);
    }

    @Benchmark
    public SearchPage surnamePage2() {
        return second(Query.SURNAME);
    }

    @Benchmark
    public SearchPage surnameTypo() {
        return first(Query.SURNAME_TYPO);
    }

    @Benchmark
    public SearchPage surnameTypoPage2() {
        return second(Query.SURNAME_TYPO);
    }

    @Benchmark
    public SearchPage unaccentedName() {
        return first(Query.UNACCENTED_NAME);
    }

    @Benchmark
    public SearchPage unaccentedNamePage2() {
        return second(Query.UNACCENTED_NAME);
    }

    @Benchmark
    public SearchPage skill() {
        return first(Query.SKILL);
    }

    @Benchmark
    public SearchPage skillPage2() {
        return second(Query.SKILL);
    }

    /** One hit: there is no second page. */
    @Benchmark
    public SearchPage email() {
        return first(Query.EMAIL);
    }

    @Benchmark
    public SearchPage city() {
        return first(Query.CITY);
    }

    @Benchmark
    public SearchPage cityPage2() {
        return second(Query.CITY);
    }

    @Benchmark
    public SearchPage smallOrgSurname() {
        return first(Query.SMALL_SURNAME);
    }

    @Benchmark
    public SearchPage smallOrgSkill() {
        return first(Query.SMALL_SKILL);
    }

    @Benchmark
    public SearchPage smallOrgCity() {
        return first(Query.SMALL_CITY);
    }

    @Benchmark
    public SearchPage smallOrgEmailOfLargeOrg() {
        return first(Query.SMALL_EMAIL_OF_LARGE);
    }

    /** How many people a query finds, and how: by words, by spelling (a hit may be both). */
    record Hits(long total, long words, long spelling, int firstPage, Optional<String> next) {}

    /**
     * Generates the two organizations, picks the queries from their people, runs the benchmarks in a forked JVM and writes
     * {@code search.json}, {@code search.md} and {@code search-plan.txt} into {@code output}; prints the summary.
     */
    static void run(Path output) throws RunnerException, IOException {
        long started = System.nanoTime();
        Files.createDirectories(output);
        String jdbcUrl = DataGenerator.jdbcUrl(null);
        if (jdbcUrl == null) {
            try (TestDatabase db = TestDatabases.shared().create("bench-search")) {
                Properties connection = new Properties();
                connection.setProperty("url", db.jdbcUrl());
                connection.setProperty("user", db.appCredentials().user());
                connection.setProperty("password", db.appCredentials().password());
                connection.setProperty("context.key", HexFormat.of().formatHex(db.contextKey().secret()));
                run(db.atlvsBuilder().build(), db.ownerDataSource(), connection, "embedded PostgreSQL " + db.server().version(),
                        output, started);
            }
        } else {
            try (HikariDataSource generatorPool = DataGenerator.pool(jdbcUrl, 4, "atlvs-bench-generator")) {
                Atlvs atlvs = Atlvs.builder(generatorPool).build();
                atlvs.migrate();
                Properties connection = new Properties();
                connection.setProperty("url", jdbcUrl);
                run(atlvs, generatorPool, connection, jdbcUrl.replaceAll("password=[^&]*", "password=***"), output, started);
            }
        }
    }

    private static void run(Atlvs atlvs, DataSource owner, Properties connection, String database, Path output, long started)
            throws RunnerException, IOException {
        System.out.printf(Locale.ROOT, "Generating the people directories (%,d + %,d people) with the SDK's bulk path%n", PEOPLE,
                SMALL_PEOPLE);
        long generationStarted = System.nanoTime();
        PeopleDirectoryGenerator generator = new PeopleDirectoryGenerator(atlvs, System.out);
        PeopleDirectoryGenerator.Directory large = generator.generate("Atlas Live Crew", "atlas-live-crew", PEOPLE,
                new String[] {"atlaslive.example", "crewmail.example", "mail.example"}, 42);
        PeopleDirectoryGenerator.Directory small = generator.generate("Northlight Events", "northlight-events", SMALL_PEOPLE,
                new String[] {"northlight.example"}, 4242);
        long loadMillis = (System.nanoTime() - generationStarted) / 1_000_000;
        long vacuumStarted = System.nanoTime();
        PeopleDirectoryGenerator.vacuum(owner);
        long vacuumMillis = (System.nanoTime() - vacuumStarted) / 1_000_000;
        long generationMillis = (System.nanoTime() - generationStarted) / 1_000_000;
        long documents = atlvs.inTenant(large.organizationId(), large.ownerId(), tx -> tx.handle()
                .createQuery("select count(*) from atlvs.search_documents where organization_id = :o and entity_type = 'person'")
                .bind("o", large.organizationId()).mapTo(Long.class).one());
        String generation = String.format(Locale.ROOT,
                "generated in %.1f s (bulk loads %.1f s: %,d people and %,d person_competencies in the large organization in %.1f s, "
                        + "%,d and %,d in the small one in %.1f s; vacuum (analyze) %.1f s); %,d person documents indexed in the "
                        + "large organization by the triggers",
                generationMillis / 1e3, loadMillis / 1e3, large.people().size(), large.personCompetencies(), large.millis() / 1e3,
                small.people().size(), small.personCompetencies(), small.millis() / 1e3, vacuumMillis / 1e3, documents);
        System.out.println("People directories " + generation);
        if (documents != large.people().size()) {
            throw new IllegalStateException("expected " + large.people().size() + " person documents, found " + documents);
        }

        Map<Query, String> texts = texts(large);
        Map<Query, Hits> hits = new LinkedHashMap<>();
        for (Map.Entry<Query, String> entry : texts.entrySet()) {
            PeopleDirectoryGenerator.Directory in = entry.getKey().small ? small : large;
            hits.put(entry.getKey(), hits(atlvs, in, entry.getValue()));
        }
        // The same texts in the other organization: tenant filtering, shown by the counts.
        Map<Query, Long> otherOrganization = new LinkedHashMap<>();
        for (Map.Entry<Query, String> entry : texts.entrySet()) {
            PeopleDirectoryGenerator.Directory other = entry.getKey().small ? large : small;
            otherOrganization.put(entry.getKey(), hits(atlvs, other, entry.getValue()).total());
        }
        for (Query query : Query.values()) {
            Hits h = hits.get(query);
            System.out.printf(Locale.ROOT, "  %-24s %-28s %,7d hits (%,d by words, %,d by spelling)%n", query.key,
                    "\"" + texts.get(query) + "\"", h.total(), h.words(), h.spelling());
            if (h.total() == 0 && query != Query.SMALL_EMAIL_OF_LARGE) {
                throw new IllegalStateException(query.key + " finds nobody: the generated data do not fit the query");
            }
        }

        connection.setProperty("large.organization", large.organizationId().toString());
        connection.setProperty("large.owner", large.ownerId().toString());
        connection.setProperty("small.organization", small.organizationId().toString());
        connection.setProperty("small.owner", small.ownerId().toString());
        for (Query query : Query.values()) {
            connection.setProperty("query." + query.key + ".text", texts.get(query));
            hits.get(query).next().ifPresent(token -> connection.setProperty("query." + query.key + ".next", token));
        }
        Path properties = output.resolve("search.properties");
        try (OutputStream out = Files.newOutputStream(properties)) {
            connection.store(out, "written by PeopleSearchBenchmarks for the forked JMH JVM");
        }

        int seconds = Integer.getInteger("bench.iterationSeconds", 3);
        String only = System.getProperty("bench.include", "");
        String prefix = PeopleSearchBenchmarks.class.getName() + "\\.";
        Collection<RunResult> runs;
        try {
            runs = new Runner(new OptionsBuilder()
                    .include("^" + prefix + (only.isBlank() ? "" : "(?:" + only + ")$"))
                    .forks(1)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(Math.min(2, seconds)))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(seconds))
                    .jvmArgsAppend("-Xmx512m", "-Dbench.search=" + properties, "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                            "-Dorg.jboss.logging.provider=slf4j")
                    .build()).run();
        } finally {
            properties.toFile().delete(); // it holds the embedded server's local password
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, output.resolve("search.json").toString()).writeOut(runs);

        Map<String, Statistics> figures = new LinkedHashMap<>();
        List<RunResult> sorted = new ArrayList<>(runs);
        for (RunResult result : sorted) {
            String name = result.getParams().getBenchmark();
            figures.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getStatistics());
        }
        // The plan of the slowest query of the large organization, by p50.
        Query slowest = null;
        double slowestP50 = -1;
        for (Query query : Query.values()) {
            Statistics s = figures.get(query.key);
            if (!query.small && s != null && s.getPercentile(50) > slowestP50) {
                slowest = query;
                slowestP50 = s.getPercentile(50);
            }
        }
        String plan = slowest == null ? "" : explain(atlvs, large, texts.get(slowest));
        if (!plan.isEmpty()) {
            Files.writeString(output.resolve("search-plan.txt"), "-- " + slowest.key + ": \"" + texts.get(slowest) + "\"\n" + plan);
        }

        StringBuilder summary = new StringBuilder();
        summary.append(String.format(Locale.ROOT, "# People search: %,d people in one organization, %,d in another%n%n", PEOPLE,
                SMALL_PEOPLE));
        summary.append(String.format(Locale.ROOT, "On %s, %d processors. Data %s. JMH SampleTime, 1 fork, 1 thread, "
                        + "2 warm-up and 3 measurement iterations of %d s; every call is `atlvs.inTenant(...)` + "
                        + "`tx.search().query(SearchQuery.of(text).types(\"person\").limit(%d))`. Wall time %.1f s.%n%n",
                database, Runtime.getRuntime().availableProcessors(), generation, seconds, PAGE, (System.nanoTime() - started) / 1e9));
        summary.append("| operation | query | hits (words / spelling) | same text, other org | p50 µs | p99 µs | samples |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (Query query : Query.values()) {
            Hits h = hits.get(query);
            for (String name : new String[] {query.key, query.key + "Page2"}) {
                Statistics s = figures.get(name);
                if (s == null) {
                    continue;
                }
                boolean page2 = name.endsWith("Page2");
                summary.append(String.format(Locale.ROOT, "| %s | \"%s\"%s | %,d (%,d / %,d) | %,d | %.1f | %.1f | %,d |%n", name,
                        texts.get(query), page2 ? ", page 2" : "", h.total(), h.words(), h.spelling(),
                        otherOrganization.get(query), s.getPercentile(50), s.getPercentile(99), s.getN()));
            }
        }
        summary.append("\nQueries: ");
        for (Query query : Query.values()) {
            summary.append(query.key).append(": ").append(query.description).append(query == Query.values()[Query.values().length - 1] ? ".\n" : "; ");
        }
        summary.append("Hits are every match of the query in the organization (the function `atlvs.search` without a page limit); "
                + "\"other org\" is the same text in the other organization. Latencies are per call on one thread; compare runs on "
                + "the same machine only.\n");
        if (!plan.isEmpty()) {
            summary.append(String.format(Locale.ROOT, "%nPlan of the slowest query of the large organization, `%s` (\"%s\"), "
                    + "the query of `atlvs.search` run with EXPLAIN (ANALYZE, BUFFERS) in a tenant transaction "
                    + "(search-plan.txt):%n%n```%n%s```%n", slowest.key, texts.get(slowest), plan));
        }
        Files.writeString(output.resolve("search.md"), summary);
        System.out.println();
        System.out.println(summary);
        System.out.println("Summary: " + output.resolve("search.md"));
    }

    /** The query texts, taken from the large organization's generated people. */
    static Map<Query, String> texts(PeopleDirectoryGenerator.Directory large) {
        List<PeopleDirectoryGenerator.GeneratedPerson> people = large.people();
        PeopleDirectoryGenerator.GeneratedPerson plain = people.stream()
                .filter(p -> p.firstName().equals("Ana") && p.lastName().equals("Souza")).findFirst()
                .orElseGet(() -> people.stream().filter(p -> isAscii(p.firstName() + p.lastName())).findFirst().orElseThrow());
        String surname = people.stream().map(PeopleDirectoryGenerator.GeneratedPerson::lastName)
                .filter(name -> name.equals("Fernandes")).findFirst()
                .orElseGet(() -> people.stream().map(PeopleDirectoryGenerator.GeneratedPerson::lastName)
                        .filter(name -> isAscii(name) && name.length() >= 8).findFirst().orElseThrow());
        // One letter dropped from the middle of the surname: "Fernandes" → "Fernndes".
        String typo = surname.substring(0, surname.length() / 2) + surname.substring(surname.length() / 2 + 1);
        PeopleDirectoryGenerator.GeneratedPerson accented = people.stream()
                .filter(p -> p.firstName().equals("José") && p.lastName().equals("Álvarez")).findFirst()
                .orElseGet(() -> people.stream().filter(p -> !isAscii(p.firstName()) && !isAscii(p.lastName())).findFirst().orElseThrow());
        String email = people.get(people.size() / 2).email();
        Map<Query, String> texts = new LinkedHashMap<>();
        texts.put(Query.FULL_NAME, plain.firstName() + " " + plain.lastName());
        texts.put(Query.SURNAME, surname);
        texts.put(Query.SURNAME_TYPO, typo);
        texts.put(Query.UNACCENTED_NAME, PeopleDirectoryGenerator.withoutAccents(accented.firstName() + " " + accented.lastName()));
        texts.put(Query.SKILL, SKILL);
        texts.put(Query.EMAIL, email);
        texts.put(Query.CITY, CITY);
        texts.put(Query.SMALL_SURNAME, surname);
        texts.put(Query.SMALL_SKILL, SKILL);
        texts.put(Query.SMALL_CITY, CITY);
        texts.put(Query.SMALL_EMAIL_OF_LARGE, email);
        return texts;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** Counts every match in {@code in} with the search function itself, and reads the first page through the public API. */
    static Hits hits(Atlvs atlvs, PeopleDirectoryGenerator.Directory in, String text) {
        return atlvs.inTenant(in.organizationId(), in.ownerId(), tx -> {
            long[] counts = tx.handle().createQuery("""
                            select count(*), count(*) filter (where matched_words), count(*) filter (where matched_spelling)
                              from atlvs.search(:text, array['person'], null, null, null, 2147483647)
                            """)
                    .bind("text", text)
                    .map((row, context) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}).one();
            SearchPage first = tx.search().query(SearchQuery.of(text).types("person").limit(PAGE));
            return new Hits(counts[0], counts[1], counts[2], first.hits().size(), first.nextPageToken());
        });
    }

    /**
     * The plan of the query inside {@code atlvs.search} (V30) for {@code text}'s first page, run with
     * {@code EXPLAIN (ANALYZE, BUFFERS)} as the run-time role in a tenant transaction, with the function's settings
     * (search path, word similarity threshold) and its variables (tenant, normalized text, tsquery) as constants, as the
     * function's custom plan sees them.
     */
    static String explain(Atlvs atlvs, PeopleDirectoryGenerator.Directory in, String text) {
        return atlvs.inTenant(in.organizationId(), in.ownerId(), tx -> {
            var handle = tx.handle();
            List<String> settings = handle.createQuery("""
                            select unnest(proconfig) from pg_proc
                             where oid = 'atlvs.search(text, text[], bigint, text, uuid, integer)'::regprocedure
                            """).mapTo(String.class).list();
            for (String setting : settings) {
                int equals = setting.indexOf('=');
                handle.createQuery("select set_config(:name, :value, true)").bind("name", setting.substring(0, equals))
                        .bind("value", setting.substring(equals + 1)).mapTo(String.class).one();
            }
            String normalized = handle.createQuery("select btrim(atlvs.search_normalize(:text))").bind("text", text)
                    .mapTo(String.class).one();
            String words = handle.createQuery(
                            "select websearch_to_tsquery(atlvs.search_configuration_of(atlvs.current_tenant()), :normalized)::text")
                    .bind("normalized", normalized).mapTo(String.class).one();
            String sql = """
                    explain (analyze, buffers)
                    select m.entity_type, m.id, m.title, m.subtitle, m.score, m.matched_words, m.matched_spelling
                      from (select d.entity_type, d.id, d.title, d.subtitle,
                                   d.document @@ %2$s as matched_words,
                                   %3$s <%% d.names as matched_spelling,
                                   round(1000000 * (ts_rank('{0.1, 0.2, 0.4, 1.0}'::real[], d.document, %2$s, 32)
                                                    + word_similarity(%3$s, d.names)
                                                    + case when atlvs.search_normalize(d.title) = %3$s then 1 else 0 end))::bigint as score
                              from atlvs.search_documents d
                             where d.organization_id = %1$s
                               and d.entity_type = any (array['person'])
                               and (d.document @@ %2$s or %3$s <%% d.names)) m
                     order by m.score desc, m.entity_type, m.id
                     limit %4$d
                    """.formatted("'" + in.organizationId() + "'::uuid", literal(words) + "::tsquery", literal(normalized), PAGE + 1);
            return String.join("\n", handle.createQuery(sql).mapTo(String.class).list()) + "\n";
        });
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
