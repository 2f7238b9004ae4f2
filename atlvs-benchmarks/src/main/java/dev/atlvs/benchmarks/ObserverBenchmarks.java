package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.observe.AtlvsObserver;
import dev.atlvs.core.observe.MicrometerObserver;
import dev.atlvs.core.observe.OpenTelemetryObserver;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The cost of observing the SDK, in one run on an embedded PostgreSQL of its own: the same tenant transactions (a get
 * by id through a repository, and a service operation, {@code TagService.list}) without an observer, with
 * {@link MicrometerObserver} (a simple registry), and with Micrometer and {@link OpenTelemetryObserver} (an SDK tracer
 * that samples every span and exports none). Run with
 * {@code ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=observer}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class ObserverBenchmarks {

    private static final int LOCATIONS = 200;

    /** Who observes: {@code none}, {@code micrometer}, {@code micrometer+otel}. */
    @Param({"none", "micrometer", "micrometer+otel"})
    public String observer;

    private TestDatabase database;
    private Atlvs atlvs;
    private UUID organizationId;
    private UUID ownerId;
    private final List<UUID> locations = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        database = TestDatabases.shared().create("bench-observer");
        Atlvs.Builder builder = database.atlvsBuilder();
        switch (observer) {
            case "none" -> { }
            case "micrometer" -> builder.observer(MicrometerObserver.of(new SimpleMeterRegistry()));
            case "micrometer+otel" -> builder.observer(AtlvsObserver.composite(MicrometerObserver.of(new SimpleMeterRegistry()),
                    OpenTelemetryObserver.of(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build())));
            default -> throw new IllegalArgumentException("observer must be none, micrometer or micrometer+otel");
        }
        atlvs = builder.build();
        User owner = atlvs.platform().registerUser(User.builder().email("owner@observer.example").displayName("Owner").build());
        organizationId = atlvs.platform().createOrganization(Organization.builder().name("Observed Bench").slug("observed-bench").build(),
                owner.id()).organization().id();
        ownerId = owner.id();
        for (int i = 0; i < LOCATIONS; i++) {
            String name = "Hall " + i;
            locations.add(atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(LocationRepository.class)
                    .insert(Location.builder().organizationId(organizationId).name(name).type(LocationType.VENUE).build())).id());
        }
        for (int i = 0; i < 10; i++) {
            String name = "Tag " + i;
            atlvs.inTenant(organizationId, ownerId, tx -> new TagService(tx).create(name));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public Location getById() {
        UUID id = locations.get(ThreadLocalRandom.current().nextInt(locations.size()));
        return atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(LocationRepository.class).get(id));
    }

    @Benchmark
    public List<Tag> serviceOperation() {
        return atlvs.inTenant(organizationId, ownerId, tx -> new TagService(tx).list());
    }

    static void run(Path output) throws RunnerException, IOException {
        Map<String, double[]> figures = JmhSuite.run(ObserverBenchmarks.class, output, "observer");
        StringBuilder summary = JmhSuite.table("Observers: cost", "operation [observer]", figures);
        summary.append('\n');
        for (String operation : List.of("getById", "serviceOperation")) {
            for (String observed : List.of("micrometer", "micrometer+otel")) {
                double[] with = figures.get(operation + " [" + observed + "]");
                double[] without = figures.get(operation + " [none]");
                if (with != null && without != null) {
                    summary.append(String.format(Locale.ROOT, "- %s, %s / none: p50 %.2f×, p99 %.2f×%n", operation, observed,
                            with[0] / without[0], with[1] / without[1]));
                }
            }
        }
        Files.writeString(output.resolve("observer.md"), summary);
        System.out.println(summary);
    }
}
