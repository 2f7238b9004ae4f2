package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform.CreatedOrganization;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a database with skewed multi-tenant data: organizations of Zipf-distributed sizes (the largest
 * holds well over 5 % of the tasks), each with an owner and a few members created through the SDK's
 * {@link dev.atlvs.core.Platform} API, projects created through {@link ProjectService}, and tasks
 * written in bulk with PostgreSQL {@code COPY} into {@code atlvs.project_tasks}, one transaction per
 * organization with {@code atlvs.tenant_id} and {@code atlvs.actor_id} set, so the tenant checks,
 * standard-column and audit triggers run as for any other write.
 *
 * <p>{@code COPY FROM} is refused on tables with row-level security in force, and the ATLVS tables force
 * it, so the tasks are copied through a connection that bypasses it (the embedded server's superuser, or
 * the role of the JDBC URL given), while everything else goes through the SDK.
 *
 * <p>Usage: {@code DataGenerator [quick|full] [jdbcUrl]}; without a URL it runs on the embedded PostgreSQL
 * of atlvs-testing (and the database is dropped at exit, so that mode only measures generation).
 */
public final class DataGenerator {

    /** The size of a generated data set. */
    public enum Profile {
        QUICK(100, 100_000, 3_000, 4),
        FULL(1_000, 5_000_000, 5_000, 10);

        final int organizations;
        final int tasks;
        final int sampleSize;
        final int measurementSeconds;

        Profile(int organizations, int tasks, int sampleSize, int measurementSeconds) {
            this.organizations = organizations;
            this.tasks = tasks;
            this.sampleSize = sampleSize;
            this.measurementSeconds = measurementSeconds;
        }

        public static Profile parse(String name) {
            return valueOf((name == null || name.isBlank() ? "quick" : name.trim()).toUpperCase(Locale.ROOT));
        }
    }

    /** One generated organization. */
    public record Org(UUID id, UUID ownerId, List<UUID> memberIds, List<UUID> projectIds, int tasks) {}

    /** A task picked uniformly over all rows (so big tenants are picked more often, as in real traffic). */
    public record SampleTask(UUID organizationId, UUID actorId, UUID projectId, UUID taskId, LocalDate dueDate) {}

    /** What was generated. */
    public record Dataset(List<Org> organizations, long tasks, List<SampleTask> sample, long millis) {}

    private static final int COPY_CHUNK = 5_000;
    private static final String[] STATUSES = {"todo", "todo", "in_progress", "in_progress", "review", "blocked", "done", "done", "cancelled"};
    private static final String[] PRIORITIES = {"none", "low", "medium", "medium", "high", "critical"};
    private static final String[] VERBS = {"Rig", "Install", "Confirm", "Book", "Inspect", "Load in", "Load out", "Test", "Order", "Brief"};
    private static final String[] THINGS = {"stage truss", "PA system", "LED wall", "catering", "security crew", "generators",
            "barriers", "backline", "green room", "lighting desk", "shuttle buses", "radio channels"};

    private final Atlvs atlvs;
    private final DataSource copySource;
    private final Profile profile;
    private final Random random;
    private final PrintStream out;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    public DataGenerator(Atlvs atlvs, DataSource copySource, Profile profile, long seed, PrintStream out) {
        this.atlvs = atlvs;
        this.copySource = copySource;
        this.profile = profile;
        this.random = new Random(seed);
        this.out = out;
    }

    public static void main(String[] args) {
        Profile profile = Profile.parse(args.length > 0 ? args[0] : System.getProperty("bench.profile"));
        String jdbcUrl = jdbcUrl(args.length > 1 ? args[1] : null);
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            try (TestDatabase database = TestDatabases.shared().create("bench")) {
                Atlvs atlvs = embedded(database);
                new DataGenerator(atlvs, database.adminDataSource(), profile, 42, System.out).generate();
            }
        } else {
            try (HikariDataSource pool = pool(jdbcUrl, 4, "atlvs-bench-generator")) {
                Atlvs atlvs = Atlvs.builder(pool).build();
                atlvs.migrate();
                new DataGenerator(atlvs, pool, profile, 42, System.out).generate();
            }
        }
    }

    /** The JDBC URL to run on: {@code given}, else {@code -Dbench.jdbcUrl}, else {@code ATLVS_JDBC_URL}; null for the embedded server. */
    static String jdbcUrl(String given) {
        for (String candidate : new String[] {given, System.getProperty("bench.jdbcUrl"), System.getenv("ATLVS_JDBC_URL")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }

    public static Atlvs embedded(TestDatabase database) {
        Atlvs atlvs = Atlvs.builder(database.appDataSource())
                .migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE)
                .strict(true)
                .build();
        atlvs.migrate();
        return atlvs;
    }

    public static HikariDataSource pool(String jdbcUrl, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** Zipf-like sizes (weight 1/rank) summing to {@code total}, each at least {@code minimum}, largest first. */
    static int[] zipfSizes(int count, int total, int minimum) {
        double harmonic = 0;
        for (int rank = 1; rank <= count; rank++) {
            harmonic += 1.0 / rank;
        }
        int spare = total - count * minimum;
        int[] sizes = new int[count];
        int assigned = 0;
        for (int rank = 1; rank <= count; rank++) {
            sizes[rank - 1] = minimum + (int) Math.floor(spare * (1.0 / rank) / harmonic);
            assigned += sizes[rank - 1];
        }
        sizes[0] += total - assigned;
        return sizes;
    }

    public Dataset generate() {
        long started = System.nanoTime();
        int[] sizes = zipfSizes(profile.organizations, profile.tasks, Math.max(1, profile.tasks / profile.organizations / 20));
        out.printf(Locale.ROOT, "Generating %s profile: %,d organizations, %,d tasks (largest tenant %,d tasks = %.1f %%, smallest %,d)%n",
                profile.name().toLowerCase(Locale.ROOT), profile.organizations, profile.tasks, sizes[0],
                100.0 * sizes[0] / profile.tasks, sizes[sizes.length - 1]);

        List<Org> organizations = new ArrayList<>(profile.organizations);
        for (int index = 0; index < profile.organizations; index++) {
            organizations.add(organization(index, sizes[index]));
            if ((index + 1) % Math.max(1, profile.organizations / 10) == 0) {
                out.printf(Locale.ROOT, "  organizations, members, projects: %,d / %,d (%.1f s)%n", index + 1, profile.organizations,
                        (System.nanoTime() - started) / 1e9);
            }
        }

        List<SampleTask> sample = new ArrayList<>(profile.sampleSize);
        long written = 0;
        long copyStarted = System.nanoTime();
        long nextReport = profile.tasks / 10;
        try (Connection connection = copySource.getConnection()) {
            connection.setAutoCommit(false);
            for (Org org : organizations) {
                written = copyTasks(connection, org, written, sample);
                if (written >= nextReport) {
                    double seconds = (System.nanoTime() - copyStarted) / 1e9;
                    out.printf(Locale.ROOT, "  tasks: %,d / %,d (%.1f s, %,.0f rows/s)%n", written, profile.tasks, seconds, written / seconds);
                    nextReport += profile.tasks / 10;
                }
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // Sets hint bits and the visibility map, so the first benchmark does not pay for the bulk load.
                statement.execute("vacuum (analyze) atlvs.project_tasks");
                statement.execute("analyze atlvs.projects");
                statement.execute("analyze atlvs.organization_members");
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("copying tasks failed: " + failure.getMessage(), failure);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf(Locale.ROOT, "Generated %,d organizations and %,d tasks in %.1f s%n", organizations.size(), written, millis / 1e3);
        return new Dataset(List.copyOf(organizations), written, List.copyOf(sample), millis);
    }

    private Org organization(int index, int taskCount) {
        String name = String.format(Locale.ROOT, "bench-%s-%04d", run, index);
        User owner = atlvs.platform().registerUser(User.builder().email(name + "-owner@bench.example").displayName("Owner " + index).build());
        CreatedOrganization created = atlvs.platform().createOrganization(Organization.builder()
                .name("Bench Productions " + index).slug(name).timezone("Europe/Berlin").baseCurrency("EUR").build(), owner.id());
        UUID orgId = created.organization().id();
        List<UUID> members = new ArrayList<>();
        members.add(owner.id());
        int extra = 2 + random.nextInt(3);
        for (int m = 0; m < extra; m++) {
            User user = atlvs.platform().registerUser(User.builder().email(name + "-member" + m + "@bench.example").displayName("Member " + index + "." + m).build());
            Member invited = atlvs.platform().inviteMember(orgId, user.id(), m == 0 ? MemberRole.ADMIN : MemberRole.CONTRIBUTOR, owner.id());
            atlvs.platform().activateMember(orgId, invited.id());
            members.add(user.id());
        }
        int projectCount = Math.max(1, Math.min(60, taskCount / 400));
        List<UUID> projects = atlvs.inTenant(orgId, owner.id(), tx -> {
            ProjectService service = new ProjectService(tx);
            List<UUID> ids = new ArrayList<>(projectCount);
            for (int p = 0; p < projectCount; p++) {
                LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
                ids.add(service.create(Project.builder().organizationId(orgId).code(String.format(Locale.ROOT, "P-%04d", p))
                        .name("Production " + p).type(ProjectType.values()[random.nextInt(ProjectType.values().length)])
                        .managerUserId(members.get(random.nextInt(members.size())))
                        .startDate(start).endDate(start.plusDays(30 + random.nextInt(180))).build()).id());
            }
            return ids;
        });
        return new Org(orgId, owner.id(), List.copyOf(members), List.copyOf(projects), taskCount);
    }

    private long copyTasks(Connection connection, Org org, long written, List<SampleTask> sample) throws SQLException {
        try (PreparedStatement tenant = connection.prepareStatement(
                "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true)")) {
            tenant.setString(1, org.id().toString());
            tenant.setString(2, org.ownerId().toString());
            tenant.execute();
        }
        var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy atlvs.project_tasks (id, organization_id, project_id, title, status, priority, assignee_user_id, "
                + "reporter_user_id, estimated_hours, start_date, due_date, completed_at, position) from stdin";
        StringBuilder rows = new StringBuilder(COPY_CHUNK * 200);
        long seen = written;
        int inChunk = 0;
        CopyIn copy = copyApi.copyIn(sql);
        try {
            for (int i = 0; i < org.tasks(); i++) {
                UUID id = Ids.newId();
                UUID project = org.projectIds().get(random.nextInt(org.projectIds().size()));
                String status = STATUSES[random.nextInt(STATUSES.length)];
                LocalDate start = random.nextInt(10) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
                LocalDate due = start == null ? null : start.plusDays(random.nextInt(60));
                UUID assignee = random.nextInt(5) == 0 ? null : org.memberIds().get(random.nextInt(org.memberIds().size()));
                rows.append(id).append('\t').append(org.id()).append('\t').append(project).append('\t')
                        .append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(THINGS[random.nextInt(THINGS.length)])
                        .append(" #").append(i).append('\t')
                        .append(status).append('\t').append(PRIORITIES[random.nextInt(PRIORITIES.length)]).append('\t')
                        .append(assignee == null ? "\\N" : assignee.toString()).append('\t')
                        .append(org.ownerId()).append('\t')
                        .append(random.nextInt(4) == 0 ? "\\N" : Integer.toString(1 + random.nextInt(40))).append('\t')
                        .append(start == null ? "\\N" : start.toString()).append('\t')
                        .append(due == null ? "\\N" : due.toString()).append('\t')
                        .append(status.equals("done")
                                ? OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC).minusHours(random.nextInt(5000)).toString()
                                : "\\N").append('\t')
                        .append(i).append('\n');
                seen++;
                // Reservoir sampling over all rows, so a tenant is picked in proportion to its size.
                SampleTask candidate = new SampleTask(org.id(), org.ownerId(), project, id, due);
                if (sample.size() < profile.sampleSize) {
                    sample.add(candidate);
                } else {
                    long slot = (long) (random.nextDouble() * seen);
                    if (slot < profile.sampleSize) {
                        sample.set((int) slot, candidate);
                    }
                }
                if (++inChunk == COPY_CHUNK) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                    inChunk = 0;
                }
            }
            if (rows.length() > 0) {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            copy.endCopy();
        } catch (SQLException failure) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            connection.rollback();
            throw failure;
        }
        connection.commit();
        return seen;
    }
}
