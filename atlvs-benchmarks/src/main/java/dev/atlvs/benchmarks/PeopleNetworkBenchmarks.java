package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import dev.atlvs.people.network.IntroductionPath;
import dev.atlvs.people.network.NetworkService;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.statement.PreparedBatch;
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
import org.openjdk.jmh.runner.RunnerException;

/**
 * Latency of the people network's path queries ({@link NetworkService#path}) on one organization of
 * {@value #PEOPLE} people, in one run on an embedded PostgreSQL of its own. The network is a seeded small world: each
 * person is a colleague of the next two people around a ring and of one person drawn at random, about
 * {@value #PEOPLE} × 3 connections, so that random pairs are a handful of hops apart. Benchmarks: the shortest path
 * between two people drawn at random (default bounds: six degrees, 20,000 people visited), and the same search bounded
 * at two degrees, which mostly ends without a path. Run with
 * {@code ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=network}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class PeopleNetworkBenchmarks {

    static final int PEOPLE = 10_000;

    private TestDatabase database;
    private Atlvs atlvs;
    private UUID organizationId;
    private UUID ownerId;
    private List<UUID> people;

    @Setup(Level.Trial)
    public void setUp() {
        database = TestDatabases.shared().create("bench-network");
        atlvs = database.atlvsBuilder().build();
        User owner = atlvs.platform().registerUser(User.builder().email("owner@network.example").displayName("Owner").build());
        Organization organization = atlvs.platform().createOrganization(Organization.builder().id(dev.atlvs.core.repository.Ids.newId())
                .name("Network Bench").slug("network-bench").build(), owner.id()).organization();
        organizationId = organization.id();
        ownerId = owner.id();
        people = atlvs.inTenant(organizationId, ownerId, tx -> {
            tx.handle().createUpdate("""
                    insert into atlvs.people (organization_id, first_name, last_name)
                    select :organizationId, 'Crew', 'Member ' || g from generate_series(1, :count) g
                    """).bind("organizationId", organizationId).bind("count", PEOPLE).execute();
            return tx.handle().createQuery("select id from atlvs.people where organization_id = :organizationId order by last_name")
                    .bind("organizationId", organizationId).mapTo(UUID.class).list();
        });
        Random random = new Random(42);
        atlvs.inTenant(organizationId, ownerId, tx -> {
            PreparedBatch batch = tx.handle().prepareBatch("""
                    insert into atlvs.people_network (organization_id, person_id, connected_person_id, relationship_type, strength)
                    values (:organizationId, least(:a, :b), greatest(:a, :b), 'colleague', 3)
                    on conflict do nothing
                    """);
            for (int i = 0; i < PEOPLE; i++) {
                int far = random.nextInt(PEOPLE);
                for (int other : new int[] {(i + 1) % PEOPLE, (i + 2) % PEOPLE, far}) {
                    if (other != i) {
                        batch.bind("organizationId", organizationId).bind("a", people.get(i)).bind("b", people.get(other)).add();
                    }
                }
            }
            return batch.execute();
        });
        // Statistics as autovacuum would gather them; only the tables' owner may analyze them.
        try (java.sql.Connection schemaOwner = database.ownerDataSource().getConnection();
                java.sql.Statement statement = schemaOwner.createStatement()) {
            statement.execute("analyze atlvs.people, atlvs.people_network");
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException("could not analyze the network tables", failure);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    private UUID pick() {
        return people.get(ThreadLocalRandom.current().nextInt(PEOPLE));
    }

    @Benchmark
    public Optional<IntroductionPath> shortestPath() {
        UUID from = pick();
        UUID to = pick();
        return atlvs.inTenant(organizationId, ownerId, tx -> new NetworkService(tx).path(from, to));
    }

    @Benchmark
    public OptionalInt withinTwoDegrees() {
        UUID from = pick();
        UUID to = pick();
        return atlvs.inTenant(organizationId, ownerId, tx -> new NetworkService(tx).path(from, to, 2, NetworkService.DEFAULT_NODE_BUDGET)
                .map(path -> OptionalInt.of(path.degrees())).orElse(OptionalInt.empty()));
    }

    /** Runs the benchmarks, writes {@code network.json} and {@code network.md} into {@code output}, prints the summary. */
    static void run(Path output) throws RunnerException, IOException {
        Map<String, double[]> figures = JmhSuite.run(PeopleNetworkBenchmarks.class, output, "network");
        StringBuilder summary = JmhSuite.table("People network: path queries on " + PEOPLE + " people", "operation", figures);
        Files.writeString(output.resolve("network.md"), summary);
        System.out.println(summary);
    }
}
