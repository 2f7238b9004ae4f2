package dev.atlvs.benchmarks.compare;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.benchmarks.BenchmarkRunner;
import dev.atlvs.benchmarks.BenchmarkDatabase;
import dev.atlvs.benchmarks.DataGenerator;
import dev.atlvs.benchmarks.MachineDescription;
import dev.atlvs.benchmarks.TaskBenchmarks;
import dev.atlvs.benchmarks.compare.Interleaved.Comparison;
import dev.atlvs.benchmarks.compare.Interleaved.Variant;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.observe.AtlvsObserver;
import dev.atlvs.core.observe.MicrometerObserver;
import dev.atlvs.core.observe.OpenTelemetryObserver;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every comparison of the benchmarks measured with {@link Interleaved} and reported as ratios with confidence
 * intervals next to the absolute latencies ({@code -Dbench.suite=ratios}):
 * <ul>
 *   <li>SDK / JDBC: get by id and opening a tenant transaction ({@link TaskBenchmarks}'s {@code sdk*} and
 *       {@code jdbc*} operations);</li>
 *   <li>Hibernate / JDBC, with SDK / JDBC beside it: get by id, the keyset page, the dashboard, insert and update
 *       with version check through Hibernate ORM ({@code hibernate*}), plain JDBC and the SDK, the three interleaved;</li>
 *   <li>RLS on / off: get by id and the keyset page as the run-time role and as a {@code BYPASSRLS} role;</li>
 *   <li>ours / original policy: get by id under the SDK's tenant policy and under the original application's;</li>
 *   <li>verified / unverified context: get by id, opening a tenant transaction and insert, on the generated data and
 *       on its clone with the unverified context functions;</li>
 *   <li>audit on / off: single-row insert and update on the copy of the tasks whose audit trigger a transaction can
 *       switch off;</li>
 *   <li>encrypted values present / absent: get by id and update of user profiles with six encrypted values and of
 *       profiles without them;</li>
 *   <li>observer: get by id of a location and a service operation without an observer, with Micrometer, and (get by
 *       id) with Micrometer and OpenTelemetry;</li>
 *   <li>bulk / batch and bulk / ceiling: a load of tasks through {@code BulkLoad} against a JDBC batch of single-row
 *       inserts and against plain {@code COPY} of the same rows into an unconstrained copy of the tasks, with, as a
 *       third variant there, plain {@code COPY} into a copy with the tasks' rows and indexes only
 *       ({@code bench.ratio.bulkRows} rows per call, default 200; {@code bench.ratio.bulkBlock} calls per variant and
 *       round, default 2, in place of {@code bench.ratio.block}).</li>
 * </ul>
 * The parent process generates the data of the profile with {@link DataGenerator} on the embedded PostgreSQL of
 * atlvs-testing, builds the comparison tables and the unverified clone as the JMH suite does, then starts the forks.
 * Each fork connects to that database, sets up the operations (the task operations through {@link TaskBenchmarks};
 * profiles and locations of an organization of its own, with field keys of its own), and measures, the CPU time of
 * each block included: the measuring thread's, and that of the backends of the run-time and {@code BYPASSRLS} roles on
 * the data and on its clone ({@link BackendCpu}). Writes {@code ratios.md} and {@code ratios.json} into the output
 * directory.
 */
public final class RatioSuite {

    private static final String CONNECTION = "bench.connection";
    private static final String SAMPLE = "bench.sample";

    private RatioSuite() {}

    /** The parent's part: data, comparison tables, forks, report, and {@code machine.md} ({@link MachineDescription}). */
    public static void run(Path output) throws Exception {
        DataGenerator.Profile profile = DataGenerator.Profile.parse(System.getProperty("bench.profile"));
        long started = System.nanoTime();
        try (BenchmarkDatabase prepared = BenchmarkDatabase.embedded(profile, true)) {
            long suiteStarted = System.nanoTime();
            run(output, prepared, started);
            MachineDescription.write(output, prepared, "ratio suite", started, suiteStarted);
        }
    }

    /** The forks and the report, on a database prepared with its comparisons (the record's, or {@link #run(Path)}'s). */
    public static void run(Path output, BenchmarkDatabase prepared) throws Exception {
        run(output, prepared, System.nanoTime());
    }

    private static void run(Path output, BenchmarkDatabase prepared, long started) throws Exception {
        Files.createDirectories(output);
        Interleaved.Settings settings = Interleaved.Settings.fromSystemProperties();
        DataGenerator.Dataset dataset = prepared.dataset();
        Path connectionFile = output.resolve("ratio-connection.properties");
        try {
            try (OutputStream out = Files.newOutputStream(connectionFile)) {
                prepared.connection().store(out, "written by RatioSuite for its forks");
            }
            Path sampleFile = output.resolve("ratio-sample.tsv");
            TaskBenchmarks.writeSample(sampleFile, dataset.sample());
            System.out.printf(Locale.ROOT, "Interleaved comparisons: %d forks, %d rounds (+%d warm-up) of %d calls per variant, seed %d%n",
                    settings.forks(), settings.rounds(), settings.warmupRounds(), settings.block(), settings.seed());
            List<Path> forks = Interleaved.launchForks(RatioSuite.class, settings, List.of("-Xmx512m", "-D" + CONNECTION + "=" + connectionFile,
                    "-D" + SAMPLE + "=" + sampleFile, "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                    "-Dorg.slf4j.simpleLogger.log.org.flywaydb=warn", "-Dorg.jboss.logging.provider=slf4j",
                    "-Dbench.ratio.bulkRows=" + Integer.getInteger("bench.ratio.bulkRows", 200),
                    "-Dbench.ratio.bulkBlock=" + Integer.getInteger("bench.ratio.bulkBlock", 2)), output.resolve("ratio-forks"));
            RatioAnalysis analysis = RatioAnalysis.of(settings, forks);
            String description = String.format(Locale.ROOT, "Profile **%s** on %s: %,d organizations, %,d tasks. "
                            + "Each comparison's variants run interleaved (per round a block of calls of each, in a random order), "
                            + "one thread, one connection pool per variant; B / A is the ratio of B's percentile to A's over all "
                            + "measured calls. Wall time %.0f s.", prepared.profile().name().toLowerCase(Locale.ROOT), prepared.server(),
                    dataset.organizations().size(), dataset.tasks(), (System.nanoTime() - started) / 1e9);
            String markdown = analysis.markdown("ATLVS SDK: interleaved ratios", description);
            Files.writeString(output.resolve("ratios.md"), markdown);
            Files.writeString(output.resolve("ratios.json"), analysis.json());
            System.out.println();
            System.out.println(markdown);
            System.out.println("Ratios: " + output.resolve("ratios.md") + " and " + output.resolve("ratios.json"));
        } finally {
            Files.deleteIfExists(connectionFile);
        }
    }

    /**
     * A fork: {@code fork <index> <result file>}; or {@code analyse <directory>}, which prints the figures of the fork
     * results a run left in {@code <directory>} ({@code target/benchmarks/ratio-forks}) with the settings given as system
     * properties (the seed, the resamples).
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("analyse")) {
            List<Path> files;
            try (var listing = Files.list(Path.of(args[1]))) {
                files = listing.filter(file -> file.getFileName().toString().matches("fork-\\d+\\.tsv")).sorted().toList();
            }
            Interleaved.Settings given = Interleaved.Settings.fromSystemProperties();
            System.out.println(RatioAnalysis.of(new Interleaved.Settings(files.size(), given.rounds(), given.warmupRounds(), given.block(),
                    given.seed(), given.bootstrap(), given.include()), files).markdown("ATLVS SDK: interleaved ratios", "From " + args[1] + "."));
            return;
        }
        if (args.length != 3 || !args[0].equals("fork")) {
            throw new IllegalArgumentException("usage: RatioSuite fork <index> <result file> | analyse <directory>");
        }
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.log.org.hibernate", "warn");
        Properties connection = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty(CONNECTION)))) {
            connection.load(in);
        }
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            List<Comparison> comparisons = new ArrayList<>();
            taskComparisons(comparisons, resources);
            encryptionComparisons(comparisons, resources, connection);
            observerComparisons(comparisons, resources, connection);
            bulkComparisons(comparisons, resources);
            // The backends of every role the variants connect as, on the data and on its unverified clone.
            BackendCpu server = BackendCpu.of(List.of(connection.getProperty("user"), connection.getProperty("bypass.user")),
                    List.of(connection.getProperty("url"), connection.getProperty("unverified.url")));
            Interleaved.runFork(comparisons, Integer.parseInt(args[1]), Interleaved.Settings.fromSystemProperties(), server, Path.of(args[2]));
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
        }
    }

    /** The comparisons of the multi-tenant task suite, on {@link TaskBenchmarks}'s operations and connections. */
    private static void taskComparisons(List<Comparison> comparisons, List<AutoCloseable> resources) throws Exception {
        TaskBenchmarks tasks = new TaskBenchmarks();
        tasks.setUp();
        resources.add(tasks::tearDown);
        Blackhole blackhole = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        resources.add(() -> blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes."));
        comparisons.add(Comparison.of("SDK / JDBC: get by id",
                new Variant("jdbc", () -> run(() -> tasks.jdbcGetById(blackhole))), new Variant("sdk", tasks::sdkGetById)));
        comparisons.add(Comparison.of("SDK / JDBC: open a tenant transaction",
                new Variant("jdbc", () -> run(tasks::jdbcOpenTransaction)), new Variant("sdk", tasks::sdkOpenTenantTransaction)));
        comparisons.add(Comparison.of("SDK / JDBC set_config: open a tenant transaction",
                new Variant("jdbcSetConfig", () -> run(tasks::jdbcSetConfigOpenTransaction)),
                new Variant("sdk", tasks::sdkOpenTenantTransaction)));
        hibernateComparisons(comparisons, tasks, blackhole);
        comparisons.add(Comparison.of("RLS on / off: get by id",
                new Variant("bypassRls", () -> run(() -> tasks.bypassRlsGetById(blackhole))),
                new Variant("rls", () -> run(() -> tasks.jdbcGetById(blackhole)))));
        comparisons.add(Comparison.of("RLS on / off: keyset page",
                new Variant("bypassRls", () -> run(() -> tasks.bypassRlsKeysetPage(blackhole))),
                new Variant("rls", () -> run(() -> tasks.jdbcKeysetPage(blackhole)))));
        comparisons.add(Comparison.of("ours / original policy: get by id",
                new Variant("originalPolicy", () -> run(() -> tasks.originalPolicyGetById(blackhole))),
                new Variant("ours", () -> run(() -> tasks.jdbcGetById(blackhole)))));
        comparisons.add(Comparison.of("verified / unverified context: get by id",
                new Variant("unverified", tasks::unverifiedSdkGetById), new Variant("verified", tasks::sdkGetById)));
        comparisons.add(Comparison.of("verified / unverified context: open a tenant transaction",
                new Variant("unverified", tasks::unverifiedSdkOpenTenantTransaction), new Variant("verified", tasks::sdkOpenTenantTransaction)));
        comparisons.add(Comparison.of("verified / unverified context: insert",
                new Variant("unverified", tasks::unverifiedSdkInsertTask), new Variant("verified", tasks::sdkInsertTask)));
        comparisons.add(Comparison.of("audit on / off: insert",
                new Variant("unaudited", () -> run(() -> tasks.unauditedInsertTask(blackhole))),
                new Variant("audited", () -> run(() -> tasks.auditedInsertTask(blackhole)))));
        comparisons.add(Comparison.of("audit on / off: update",
                new Variant("unaudited", () -> run(() -> tasks.unauditedUpdateTask(blackhole))),
                new Variant("audited", () -> run(() -> tasks.auditedUpdateTask(blackhole)))));
    }

    /**
     * Hibernate / JDBC for each task operation, the SDK as a third variant of the same comparison (so the table shows SDK
     * / JDBC next to it, measured in the same rounds): what an application would otherwise pick against the hand-written
     * statements, all three opening the same signed tenant context on pools of the same settings.
     */
    private static void hibernateComparisons(List<Comparison> comparisons, TaskBenchmarks tasks, Blackhole blackhole) {
        comparisons.add(new Comparison("Hibernate / JDBC: get by id", List.of(
                new Variant("jdbc", () -> run(() -> tasks.jdbcGetById(blackhole))),
                new Variant("hibernate", tasks::hibernateGetById), new Variant("sdk", tasks::sdkGetById))));
        comparisons.add(new Comparison("Hibernate / JDBC: keyset page", List.of(
                new Variant("jdbc", () -> run(() -> tasks.jdbcKeysetPage(blackhole))),
                new Variant("hibernate", tasks::hibernateKeysetPage), new Variant("sdk", tasks::sdkKeysetPage))));
        comparisons.add(new Comparison("Hibernate / JDBC: dashboard", List.of(
                new Variant("jdbc", () -> run(() -> tasks.jdbcDashboard(blackhole))),
                new Variant("hibernate", tasks::hibernateDashboard), new Variant("sdk", tasks::sdkDashboard))));
        comparisons.add(new Comparison("Hibernate / JDBC: insert", List.of(
                new Variant("jdbc", () -> run(() -> tasks.jdbcInsertTask(blackhole))),
                new Variant("hibernate", tasks::hibernateInsertTask), new Variant("sdk", tasks::sdkInsertTask))));
        comparisons.add(new Comparison("Hibernate / JDBC: update with version check", List.of(
                new Variant("jdbc", () -> run(() -> tasks.jdbcUpdateTask(blackhole))),
                new Variant("hibernate", tasks::hibernateUpdateTask), new Variant("sdk", tasks::sdkUpdateTask))));
    }

    /**
     * Encrypted values present / absent, as {@code FieldEncryptionBenchmarks} measures them: user profiles of an
     * organization of this fork, half with their six encrypted values, half without, read and updated through the SDK.
     */
    private static void encryptionComparisons(List<Comparison> comparisons, List<AutoCloseable> resources, Properties connection) {
        HikariDataSource pool = pool(connection, "atlvs-ratio-encryption");
        resources.add(pool);
        Atlvs atlvs = Atlvs.builder(pool).contextKey(contextKey(connection)).fieldKeys(FieldKeys.generate()).build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        User owner = atlvs.platform().registerUser(User.builder().email("owner-" + run + "@ratio.example").displayName("Owner").build());
        UUID organizationId = atlvs.platform().createOrganization(Organization.builder().name("Encryption ratio " + run)
                .slug("encryption-ratio-" + run).build(), owner.id()).organization().id();
        List<UUID> encrypted = new ArrayList<>();
        List<UUID> plain = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            User user = atlvs.platform().registerUser(User.builder().email("crew" + i + "-" + run + "@ratio.example").displayName("Crew " + i).build());
            atlvs.platform().activateMember(organizationId,
                    atlvs.platform().inviteMember(organizationId, user.id(), MemberRole.CONTRIBUTOR, owner.id()).id());
            boolean withValues = i % 2 == 0;
            ImmutableUserProfile.Builder profile = UserProfile.builder().organizationId(organizationId).userId(user.id())
                    .jobTitle("Rigger").city("Berlin");
            if (withValues) {
                profile.phonePrimary("+49 30 5550 " + (1000 + i)).phoneSecondary("+49 170 5550 " + (1000 + i))
                        .dateOfBirth(LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28)).addressLine1("Kastanienallee " + i)
                        .addressLine2("Hinterhaus").employeeId("E-" + i);
            }
            UserProfile saved = atlvs.inTenant(organizationId, owner.id(), tx -> tx.repository(UserProfileRepository.class).insert(profile.build()));
            (withValues ? encrypted : plain).add(saved.id());
        }
        Interleaved.Call getPlain = () -> getProfile(atlvs, organizationId, owner.id(), pick(plain));
        Interleaved.Call getEncrypted = () -> getProfile(atlvs, organizationId, owner.id(), pick(encrypted));
        comparisons.add(Comparison.of("encrypted values present / absent: get by id",
                new Variant("absent", getPlain), new Variant("present", getEncrypted)));
        comparisons.add(Comparison.of("encrypted values present / absent: update",
                new Variant("absent", () -> updateProfile(atlvs, organizationId, owner.id(), pick(plain))),
                new Variant("present", () -> updateProfile(atlvs, organizationId, owner.id(), pick(encrypted)))));
    }

    private static UserProfile getProfile(Atlvs atlvs, UUID organizationId, UUID actorId, UUID id) {
        return atlvs.inTenant(organizationId, actorId, tx -> tx.repository(UserProfileRepository.class).get(id));
    }

    private static UserProfile updateProfile(Atlvs atlvs, UUID organizationId, UUID actorId, UUID id) {
        return atlvs.inTenant(organizationId, actorId, tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            UserProfile current = profiles.get(id);
            return profiles.update(ImmutableUserProfile.copyOf(current)
                    .withJobTitle(current.jobTitle().orElse("").equals("Rigger") ? "Head Rigger" : "Rigger"));
        });
    }

    /**
     * Observers, as {@code ObserverBenchmarks} measures them: the same tenant transactions through three SDK instances
     * on one pool, without an observer, with Micrometer (a simple registry), and with Micrometer and OpenTelemetry (a
     * tracer that samples every span and exports none).
     */
    private static void observerComparisons(List<Comparison> comparisons, List<AutoCloseable> resources, Properties connection) {
        HikariDataSource pool = pool(connection, "atlvs-ratio-observer");
        resources.add(pool);
        ContextKey key = contextKey(connection);
        Atlvs none = Atlvs.builder(pool).contextKey(key).build();
        Atlvs micrometer = Atlvs.builder(pool).contextKey(key).observer(MicrometerObserver.of(new SimpleMeterRegistry())).build();
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
        resources.add(openTelemetry::close);
        Atlvs both = Atlvs.builder(pool).contextKey(key).observer(AtlvsObserver.composite(MicrometerObserver.of(new SimpleMeterRegistry()),
                OpenTelemetryObserver.of(openTelemetry))).build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        User owner = none.platform().registerUser(User.builder().email("observer-" + run + "@ratio.example").displayName("Owner").build());
        UUID organizationId = none.platform().createOrganization(Organization.builder().name("Observer ratio " + run)
                .slug("observer-ratio-" + run).build(), owner.id()).organization().id();
        List<UUID> locations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String name = "Hall " + i;
            locations.add(none.inTenant(organizationId, owner.id(), tx -> tx.repository(LocationRepository.class)
                    .insert(Location.builder().organizationId(organizationId).name(name).type(LocationType.VENUE).build())).id());
        }
        for (int i = 0; i < 10; i++) {
            String name = "Tag " + i;
            none.inTenant(organizationId, owner.id(), tx -> new TagService(tx).create(name));
        }
        comparisons.add(new Comparison("observer / none: get by id", List.of(
                new Variant("none", () -> getLocation(none, organizationId, owner.id(), pick(locations))),
                new Variant("micrometer", () -> getLocation(micrometer, organizationId, owner.id(), pick(locations))),
                new Variant("micrometer+otel", () -> getLocation(both, organizationId, owner.id(), pick(locations))))));
        comparisons.add(Comparison.of("observer / none: service operation",
                new Variant("none", () -> none.inTenant(organizationId, owner.id(), tx -> new TagService(tx).list())),
                new Variant("micrometer", () -> micrometer.inTenant(organizationId, owner.id(), tx -> new TagService(tx).list()))));
    }

    /**
     * The bulk path against a JDBC batch and against its ceiling, on {@link TaskBenchmarks}'s operations with connections
     * of their own: {@code bench.ratio.bulkRows} tasks per call (default 200), each call one transaction, and
     * {@code bench.ratio.bulkBlock} calls of each variant per round (default 2), so that a fork adds a bounded number of
     * rows in a bounded time.
     */
    private static void bulkComparisons(List<Comparison> comparisons, List<AutoCloseable> resources) throws Exception {
        int rows = Integer.getInteger("bench.ratio.bulkRows", 200);
        int block = Integer.getInteger("bench.ratio.bulkBlock", 2);
        TaskBenchmarks tasks = new TaskBenchmarks();
        tasks.setUp();
        resources.add(tasks::tearDown);
        comparisons.add(Comparison.of("bulk / batch: " + rows + " tasks",
                new Variant("batch", () -> run(() -> tasks.batchInsert(rows))), new Variant("bulk", () -> tasks.bulkLoadTasks(rows)))
                .withBlock(block));
        comparisons.add(new Comparison("bulk / ceiling: " + rows + " tasks", List.of(
                new Variant("ceiling", () -> tasks.ceilingCopy(rows)), new Variant("indexes", () -> tasks.indexedCopy(rows)),
                new Variant("bulk", () -> tasks.bulkLoadTasks(rows))))
                .withBlock(block));
    }

    private static Location getLocation(Atlvs atlvs, UUID organizationId, UUID actorId, UUID id) {
        return atlvs.inTenant(organizationId, actorId, tx -> tx.repository(LocationRepository.class).get(id));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static Object run(Work work) throws Exception {
        work.run();
        return Boolean.TRUE;
    }

    private static <T> T pick(List<T> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }

    private static ContextKey contextKey(Properties connection) {
        return ContextKey.of("default", HexFormat.of().parseHex(connection.getProperty("context.key")));
    }

    private static HikariDataSource pool(Properties connection, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.getProperty("url"));
        config.setUsername(connection.getProperty("user"));
        config.setPassword(connection.getProperty("password"));
        config.setMaximumPoolSize(2);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }
}
