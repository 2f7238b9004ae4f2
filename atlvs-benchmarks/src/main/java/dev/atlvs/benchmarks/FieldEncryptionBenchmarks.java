package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.profile.ImmutableUserProfile;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The cost of encrypted columns, on user profiles (six encrypted columns, one with a blind index), in one run
 * on an embedded PostgreSQL of its own: reading and updating a profile whose encrypted values are present
 * against one whose encrypted values are absent (same table, same SQL; the difference is the encryption
 * work), the look-up by blind index, and the key operations alone. Run with
 * {@code ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=encryption}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@State(Scope.Benchmark)
public class FieldEncryptionBenchmarks {

    private static final int PROFILES = 200;
    private static final byte[] PHONE = "+49 30 5550 1234".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ASSOCIATED = "atlvs.v1|user_profiles|phone_primary|org|id".getBytes(StandardCharsets.UTF_8);

    private TestDatabase database;
    private Atlvs atlvs;
    private FieldKeys keys;
    private byte[] phoneCiphertext;
    private UUID organizationId;
    private UUID ownerId;
    private final List<UUID> encrypted = new ArrayList<>();
    private final List<UUID> plain = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        database = TestDatabases.shared().create("bench-encryption");
        keys = database.fieldKeys();
        atlvs = database.atlvsBuilder().build();
        phoneCiphertext = keys.encrypt(PHONE, ASSOCIATED);
        User owner = atlvs.platform().registerUser(User.builder().email("owner@bench.example").displayName("Owner").build());
        Organization organization = atlvs.platform().createOrganization(Organization.builder().id(dev.atlvs.core.repository.Ids.newId())
                .name("Encryption Bench").slug("encryption-bench").build(), owner.id()).organization();
        organizationId = organization.id();
        ownerId = owner.id();
        for (int i = 0; i < 2 * PROFILES; i++) {
            User user = atlvs.platform().registerUser(User.builder().email("crew" + i + "@bench.example").displayName("Crew " + i).build());
            atlvs.platform().activateMember(organizationId,
                    atlvs.platform().inviteMember(organizationId, user.id(), MemberRole.CONTRIBUTOR, ownerId).id());
            boolean withValues = i % 2 == 0;
            ImmutableUserProfile.Builder profile = UserProfile.builder().organizationId(organizationId).userId(user.id())
                    .jobTitle("Rigger").city("Berlin");
            if (withValues) {
                profile.phonePrimary("+49 30 5550 " + (1000 + i)).phoneSecondary("+49 170 5550 " + (1000 + i))
                        .dateOfBirth(LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 28)).addressLine1("Kastanienallee " + i)
                        .addressLine2("Hinterhaus").employeeId("E-" + i);
            }
            UserProfile saved = atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(UserProfileRepository.class).insert(profile.build()));
            (withValues ? encrypted : plain).add(saved.id());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    private static UUID pick(List<UUID> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    @Benchmark
    public UserProfile getWithEncryptedValues() {
        UUID id = pick(encrypted);
        return atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(UserProfileRepository.class).get(id));
    }

    @Benchmark
    public UserProfile getWithoutEncryptedValues() {
        UUID id = pick(plain);
        return atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(UserProfileRepository.class).get(id));
    }

    @Benchmark
    public UserProfile updateWithEncryptedValues() {
        return update(pick(encrypted));
    }

    @Benchmark
    public UserProfile updateWithoutEncryptedValues() {
        return update(pick(plain));
    }

    private UserProfile update(UUID id) {
        return atlvs.inTenant(organizationId, ownerId, tx -> {
            UserProfileRepository profiles = tx.repository(UserProfileRepository.class);
            UserProfile current = profiles.get(id);
            return profiles.update(ImmutableUserProfile.copyOf(current).withJobTitle(current.jobTitle().orElse("").equals("Rigger") ? "Head Rigger" : "Rigger"));
        });
    }

    @Benchmark
    public Object findByBlindIndex() {
        String employeeId = "E-" + 2 * ThreadLocalRandom.current().nextInt(PROFILES);
        return atlvs.inTenant(organizationId, ownerId, tx -> tx.repository(UserProfileRepository.class).findByEmployeeId(employeeId));
    }

    @Benchmark
    public byte[] encryptOneValue() {
        return keys.encrypt(PHONE, ASSOCIATED);
    }

    @Benchmark
    public byte[] decryptOneValue() {
        return keys.decrypt(phoneCiphertext, ASSOCIATED);
    }

    @Benchmark
    public byte[] blindIndexOneValue() {
        return keys.blindIndex(PHONE);
    }

    /** Runs the benchmarks, writes {@code encryption.json} and {@code encryption.md} into {@code output}, prints the summary. */
    static void run(Path output) throws RunnerException, IOException {
        Map<String, double[]> figures = JmhSuite.run(FieldEncryptionBenchmarks.class, output, "encryption");
        StringBuilder summary = JmhSuite.table("Encrypted columns: cost", "operation", figures);
        summary.append('\n');
        ratio(summary, figures, "getWithEncryptedValues", "getWithoutEncryptedValues", "get by id, six encrypted values present / absent");
        ratio(summary, figures, "updateWithEncryptedValues", "updateWithoutEncryptedValues", "update, six encrypted values present / absent");
        Files.writeString(output.resolve("encryption.md"), summary);
        System.out.println(summary);
    }

    private static void ratio(StringBuilder summary, Map<String, double[]> figures, String with, String without, String label) {
        if (figures.containsKey(with) && figures.containsKey(without)) {
            summary.append(String.format(Locale.ROOT, "- %s: %.2f× at p50, %.2f× at p99%n", label,
                    figures.get(with)[0] / figures.get(without)[0], figures.get(with)[1] / figures.get(without)[1]));
        }
    }
}
