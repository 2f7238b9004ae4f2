package dev.atlvs.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.Platform.CreatedOrganization;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.projects.dependency.Dependency;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.task.Task;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Fills a database with skewed multi-tenant data, entirely through the SDK: organizations of
 * Zipf-distributed sizes (the largest holds well over 5 % of the tasks), each with an owner and a few
 * active members created through the {@link dev.atlvs.core.Platform} API and projects created through
 * {@link ProjectService}; then, per organization in one tenant transaction, milestones, tasks (about
 * half towards a milestone), dependencies between tasks of a project and comments on tasks, each table
 * written with the SDK's bulk path ({@link dev.atlvs.core.BulkLoad}: {@code COPY} into a staging table,
 * one {@code INSERT ... SELECT} under row-level security, with every trigger and the audit trail).
 * Organizations are loaded by {@code -Dbench.loaders} threads (default 2). Progress is printed.
 *
 * <p>Usage: {@code DataGenerator [quick|full] [jdbcUrl]}; without a URL it runs on the embedded PostgreSQL
 * of atlvs-testing (and the database is dropped at exit, so that mode only measures generation). The
 * profile's size can be overridden with {@code -Dbench.organizations} and {@code -Dbench.tasks}.
 */
public final class DataGenerator {

    /** The size of a generated data set. */
    public enum Profile {
        QUICK(100, 100_000, 3_000, 3, 20),
        FULL(1_000, 5_000_000, 5_000, 5, 30);

        final int sampleSize;
        final int measurementSeconds;
        final int bulkCalls;
        private final int defaultOrganizations;
        private final int defaultTasks;

        Profile(int organizations, int tasks, int sampleSize, int measurementSeconds, int bulkCalls) {
            this.bulkCalls = bulkCalls;
            this.defaultOrganizations = organizations;
            this.defaultTasks = tasks;
            this.sampleSize = sampleSize;
            this.measurementSeconds = measurementSeconds;
        }

        /** The number of organizations: {@code -Dbench.organizations}, else the profile's. */
        public int organizations() {
            return Integer.getInteger("bench.organizations", defaultOrganizations);
        }

        /** The number of tasks: {@code -Dbench.tasks}, else the profile's. */
        public int tasks() {
            return Integer.getInteger("bench.tasks", defaultTasks);
        }

        public static Profile parse(String name) {
            return valueOf((name == null || name.isBlank() ? "quick" : name.trim()).toUpperCase(Locale.ROOT));
        }
    }

    /** One generated organization. */
    public record Org(UUID id, UUID ownerId, List<UUID> memberIds, List<UUID> projectIds, int tasks) {}

    /** A task picked uniformly over all rows (so big tenants are picked more often, as in real traffic). */
    public record SampleTask(UUID organizationId, UUID actorId, UUID projectId, UUID taskId, LocalDate dueDate) {}

    /** What was generated, and how fast the bulk path wrote it. */
    public record Dataset(List<Org> organizations, long tasks, long milestones, long dependencies, long comments,
            List<SampleTask> sample, long millis, long loadMillis) {

        /** Rows written by the bulk path per second of loading (all four tables, all loaders). */
        public double bulkRowsPerSecond() {
            return (tasks + milestones + dependencies + comments) / Math.max(0.001, loadMillis / 1e3);
        }
    }

    private static final String[] COMMENTS = {"Confirmed with the vendor.", "Waiting on the venue's floor plan.",
            "Moved to the next load-in slot.", "Crew briefed, radios tested.", "Needs sign-off from the production manager."};
    private static final String[] MILESTONE_TYPES = {"kickoff", "phase_start", "milestone", "milestone", "delivery", "closure"};
    private static final String[] STATUSES = {"todo", "todo", "in_progress", "in_progress", "review", "blocked", "done", "done", "cancelled"};
    private static final String[] PRIORITIES = {"none", "low", "medium", "medium", "high", "critical"};
    private static final String[] VERBS = {"Rig", "Install", "Confirm", "Book", "Inspect", "Load in", "Load out", "Test", "Order", "Brief"};
    private static final String[] THINGS = {"stage truss", "PA system", "LED wall", "catering", "security crew", "generators",
            "barriers", "backline", "green room", "lighting desk", "shuttle buses", "radio channels"};

    private final Atlvs atlvs;
    private final DataSource maintenance;
    private final Profile profile;
    private final long seed;
    private final Random random;
    private final PrintStream out;
    /** Time spent in each table's bulk load (milestones, tasks, dependencies, comments), summed over loaders. */
    private final java.util.concurrent.atomic.AtomicLongArray tableNanos = new java.util.concurrent.atomic.AtomicLongArray(4);
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    /**
     * @param maintenance a connection allowed to {@code ANALYZE} the tables after the smallest organizations and to
     *     {@code VACUUM (ANALYZE)} them after the load (the schema owner or a superuser), or null to leave both to
     *     autovacuum
     */
    public DataGenerator(Atlvs atlvs, DataSource maintenance, Profile profile, long seed, PrintStream out) {
        this.atlvs = atlvs;
        this.maintenance = maintenance;
        this.profile = profile;
        this.seed = seed;
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
    public static String jdbcUrl(String given) {
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
        int organizationCount = profile.organizations();
        int taskCount = profile.tasks();
        int[] sizes = zipfSizes(organizationCount, taskCount, Math.max(1, taskCount / organizationCount / 20));
        out.printf(Locale.ROOT, "Generating %s profile: %,d organizations, %,d tasks (largest tenant %,d tasks = %.1f %%, smallest %,d)%n",
                profile.name().toLowerCase(Locale.ROOT), organizationCount, taskCount, sizes[0],
                100.0 * sizes[0] / taskCount, sizes[sizes.length - 1]);

        List<Org> organizations = new ArrayList<>(organizationCount);
        for (int index = 0; index < organizationCount; index++) {
            organizations.add(organization(index, sizes[index]));
            if ((index + 1) % Math.max(1, organizationCount / 10) == 0) {
                out.printf(Locale.ROOT, "  organizations, members, projects: %,d / %,d (%.1f s)%n", index + 1, organizationCount,
                        (System.nanoTime() - started) / 1e9);
            }
        }

        int loaders = Math.max(1, Integer.getInteger("bench.loaders", 2));
        out.printf(Locale.ROOT, "  loading milestones, tasks, dependencies and comments with the SDK's bulk path (%d loaders)%n", loaders);
        long loadStarted = System.nanoTime();
        AtomicLong tasks = new AtomicLong();
        AtomicLong milestones = new AtomicLong();
        AtomicLong dependencies = new AtomicLong();
        AtomicLong comments = new AtomicLong();
        AtomicLong nextReport = new AtomicLong(taskCount / 10);
        List<SampleTask> sample = java.util.Collections.synchronizedList(new ArrayList<>(profile.sampleSize + organizationCount));
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            // The smallest organizations first, then ANALYZE: PostgreSQL caches the plans of the foreign-key checks and
            // of the row triggers per session, and plans made on tables without statistics can read every task of a
            // project per row, for the whole transaction in which an organization is loaded. BulkLoad analyzes what its
            // transaction grew (decision 0022), but the loaders run in parallel and each skips a table another one is
            // analyzing, so the first large loads would keep those plans. Then the rest, largest first, so the biggest
            // tenant does not start last and leave one loader working alone.
            int warmup = maintenance == null ? 0 : Math.min(organizations.size() - 1, Math.max(2 * loaders, organizations.size() / 20));
            List<Integer> order = new ArrayList<>(organizations.size());
            for (int index = organizations.size() - warmup; index < organizations.size(); index++) {
                order.add(index);
            }
            for (int index = 0; index < organizations.size() - warmup; index++) {
                order.add(index);
            }
            List<Future<?>> work = new ArrayList<>();
            for (int position = 0; position < order.size(); position++) {
                if (position == warmup && warmup > 0) {
                    for (Future<?> future : work) {
                        future.get();
                    }
                    long analyzeStarted = System.nanoTime();
                    maintain("analyze");
                    out.printf(Locale.ROOT, "  analyze after the %,d smallest organizations: %.1f s%n", warmup,
                            (System.nanoTime() - analyzeStarted) / 1e9);
                }
                int index = order.get(position);
                Org org = organizations.get(index);
                long orgSeed = seed * 1_000_003L + index;
                work.add(pool.submit(() -> {
                    Loaded loaded = load(org, new Random(orgSeed), taskCount, sample);
                    milestones.addAndGet(loaded.milestones());
                    dependencies.addAndGet(loaded.dependencies());
                    comments.addAndGet(loaded.comments());
                    long written = tasks.addAndGet(loaded.tasks());
                    long report = nextReport.get();
                    if (written >= report && nextReport.compareAndSet(report, report + taskCount / 10)) {
                        double seconds = (System.nanoTime() - loadStarted) / 1e9;
                        long rows = written + milestones.get() + dependencies.get() + comments.get();
                        out.printf(Locale.ROOT, "  tasks: %,d / %,d (%.1f s; all tables %,.0f rows/s)%n", written, taskCount, seconds,
                                rows / seconds);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", interrupted);
        } catch (ExecutionException failure) {
            throw new IllegalStateException("loading failed: " + failure.getCause().getMessage(), failure.getCause());
        } finally {
            pool.shutdownNow();
        }
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        long rows = tasks.get() + milestones.get() + dependencies.get() + comments.get();
        long[] perTable = {milestones.get(), tasks.get(), dependencies.get(), comments.get()};
        String[] names = {"milestones", "tasks", "dependencies", "comments"};
        StringBuilder rates = new StringBuilder("  rows/s per loader thread:");
        for (int t = 0; t < 4; t++) {
            rates.append(String.format(Locale.ROOT, " %s %,.0f", names[t], perTable[t] / Math.max(1e-9, tableNanos.get(t) / 1e9)));
        }
        out.println(rates);
        out.printf(Locale.ROOT, "  loaded %,d tasks, %,d milestones, %,d dependencies, %,d comments in %.1f s (%,.0f rows/s)%n",
                tasks.get(), milestones.get(), dependencies.get(), comments.get(), loadMillis / 1e3, rows / (loadMillis / 1e3));
        if (maintenance != null) {
            long vacuumStarted = System.nanoTime();
            // Sets hint bits and the visibility map, so the first benchmark does not pay for the bulk load.
            maintain("vacuum (analyze)");
            out.printf(Locale.ROOT, "  vacuum (analyze): %.1f s%n", (System.nanoTime() - vacuumStarted) / 1e9);
        }
        List<SampleTask> drawn = new ArrayList<>(sample);
        java.util.Collections.shuffle(drawn, random);
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf(Locale.ROOT, "Generated %,d organizations and %,d tasks in %.1f s%n", organizations.size(), tasks.get(), millis / 1e3);
        return new Dataset(List.copyOf(organizations), tasks.get(), milestones.get(), dependencies.get(), comments.get(),
                List.copyOf(drawn), millis, loadMillis);
    }

    /** The tables the load writes, analyzed after the first organizations and vacuumed at the end. */
    private static final List<String> LOADED_TABLES = List.of("project_tasks", "project_milestones", "project_dependencies", "comments",
            "projects", "organization_members", "audit_logs");

    /** Runs {@code command} ({@code analyze}, {@code vacuum (analyze)}) on each loaded table as the maintenance role. */
    private void maintain(String command) {
        try (Connection connection = maintenance.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : LOADED_TABLES) {
                statement.execute(command + " atlvs." + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(command + " failed: " + failure.getMessage(), failure);
        }
    }

    private record Loaded(long tasks, long milestones, long dependencies, long comments) {}

    /**
     * Writes one organization's milestones, tasks, dependencies and comments in one tenant transaction,
     * and adds its share of the task sample (in proportion to its size).
     */
    private Loaded load(Org org, Random random, int totalTasks, List<SampleTask> sample) {
        return atlvs.inTenant(org.id(), org.ownerId(), tx -> {
            Map<UUID, List<UUID>> milestonesByProject = new HashMap<>();
            long milestoneRows;
            long tableStarted = System.nanoTime();
            try (BulkLoad load = tx.bulkLoad(Milestone.TABLE, List.of("id", "organization_id", "project_id", "title", "type", "due_date"))) {
                for (UUID project : org.projectIds()) {
                    List<UUID> ids = new ArrayList<>();
                    int count = 3 + random.nextInt(6);
                    for (int m = 0; m < count; m++) {
                        UUID id = Ids.newId();
                        ids.add(id);
                        load.row(id, org.id(), project, "Milestone " + (m + 1), MILESTONE_TYPES[random.nextInt(MILESTONE_TYPES.length)],
                                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(500)));
                    }
                    milestonesByProject.put(project, ids);
                }
                milestoneRows = load.finish();
                tableNanos.addAndGet(0, System.nanoTime() - tableStarted);
            }

            int sampleShare = (int) Math.max(1, Math.round((double) profile.sampleSize * org.tasks() / totalTasks));
            Map<UUID, List<UUID>> tasksByProject = new HashMap<>();
            List<UUID> commented = new ArrayList<>();
            List<SampleTask> candidates = new ArrayList<>(sampleShare);
            long taskRows;
            tableStarted = System.nanoTime();
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, List.of("id", "organization_id", "project_id", "milestone_id", "title", "status",
                    "priority", "assignee_user_id", "reporter_user_id", "estimated_hours", "start_date", "due_date", "completed_at", "position"))) {
                for (int i = 0; i < org.tasks(); i++) {
                    UUID id = Ids.newId();
                    UUID project = org.projectIds().get(random.nextInt(org.projectIds().size()));
                    List<UUID> projectMilestones = milestonesByProject.get(project);
                    UUID milestone = random.nextBoolean() ? projectMilestones.get(random.nextInt(projectMilestones.size())) : null;
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    LocalDate start = random.nextInt(10) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
                    LocalDate due = start == null ? null : start.plusDays(random.nextInt(60));
                    UUID assignee = random.nextInt(5) == 0 ? null : org.memberIds().get(random.nextInt(org.memberIds().size()));
                    load.row(id, org.id(), project, milestone,
                            VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)] + " #" + i,
                            status, PRIORITIES[random.nextInt(PRIORITIES.length)], assignee, org.ownerId(),
                            random.nextInt(4) == 0 ? null : 1 + random.nextInt(40), start, due,
                            status.equals("done") ? OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC).minusHours(random.nextInt(5000)) : null,
                            i);
                    tasksByProject.computeIfAbsent(project, p -> new ArrayList<>()).add(id);
                    if (random.nextInt(10) == 0) {
                        commented.add(id);
                    }
                    // Reservoir sampling inside the organization; its share of the sample is proportional to its size.
                    SampleTask candidate = new SampleTask(org.id(), org.ownerId(), project, id, due);
                    if (candidates.size() < sampleShare) {
                        candidates.add(candidate);
                    } else {
                        int slot = random.nextInt(i + 1);
                        if (slot < sampleShare) {
                            candidates.set(slot, candidate);
                        }
                    }
                }
                taskRows = load.finish();
                tableNanos.addAndGet(1, System.nanoTime() - tableStarted);
            }

            // About a third of the tasks wait on one of the few tasks created just before them in their project. Edges
            // are written in the order their successors were created, so none can close a cycle.
            long dependencyRows;
            tableStarted = System.nanoTime();
            try (BulkLoad load = tx.bulkLoad(Dependency.TABLE, List.of("id", "organization_id", "project_id", "predecessor_id",
                    "successor_id", "type", "lag_days"))) {
                for (Map.Entry<UUID, List<UUID>> project : tasksByProject.entrySet()) {
                    List<UUID> ids = project.getValue();
                    for (int i = 1; i < ids.size(); i++) {
                        if (random.nextInt(3) == 0) {
                            UUID predecessor = ids.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 10))));
                            load.row(Ids.newId(), org.id(), project.getKey(), predecessor, ids.get(i),
                                    random.nextInt(5) == 0 ? "ss" : "fs", random.nextInt(4) == 0 ? random.nextInt(5) : 0);
                        }
                    }
                }
                dependencyRows = load.finish();
                tableNanos.addAndGet(2, System.nanoTime() - tableStarted);
            }

            long commentRows;
            tableStarted = System.nanoTime();
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                for (UUID task : commented) {
                    int count = 1 + random.nextInt(2);
                    for (int c = 0; c < count; c++) {
                        load.row(Ids.newId(), org.id(), "task", task, COMMENTS[random.nextInt(COMMENTS.length)]);
                    }
                }
                commentRows = load.finish();
                tableNanos.addAndGet(3, System.nanoTime() - tableStarted);
            }
            sample.addAll(candidates);
            return new Loaded(taskRows, milestoneRows, dependencyRows, commentRows);
        });
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
        int projectCount = Math.max(1, Math.min(200, taskCount / 400));
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
}
