package dev.atlvs.benchmarks.orm;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The task operations of {@code TaskBenchmarks} through Hibernate ORM's native {@link Session}, on the schema the SDK
 * migrated: get by id, a keyset page of a project's dated tasks, the project dashboard, insert, and update with the
 * version check. Each runs in one transaction whose tenant context is opened first, on the transaction's connection,
 * by the {@link TenantContext} given (the benchmarks pass the opening their JDBC variant uses, the SDK's signed context and
 * membership read), so row-level security and the database's rules apply to everything Hibernate reads and writes.
 *
 * <p>Hibernate takes its connections from the data source given and neither creates nor validates the schema
 * ({@code hibernate.hbm2ddl.auto=none}).
 */
public final class HibernateTasks implements AutoCloseable {

    /** Opens the tenant context of the transaction in progress on a connection (auto-commit off). */
    @FunctionalInterface
    public interface TenantContext {
        void open(Connection connection, UUID organizationId, UUID actorId) throws SQLException;
    }

    /** A status of the project dashboard and its number of live tasks. */
    public record StatusCount(String status, long count) {}

    private static final String KEYSET_PAGE = """
            from ProjectTask t
            where t.organizationId = :organizationId and t.projectId = :projectId
              and t.dueDate is not null and (t.dueDate, t.id) > (:afterDue, :afterId)
            order by t.dueDate, t.id""";

    private static final String DASHBOARD = """
            select new dev.atlvs.benchmarks.orm.HibernateTasks$StatusCount(t.status, count(*))
            from ProjectTask t
            where t.organizationId = :organizationId and t.projectId = :projectId
            group by t.status
            order by t.status""";

    /** Tasks per keyset page, as in the JDBC and SDK variants. */
    public static final int PAGE_SIZE = 50;

    private final SessionFactory sessions;
    private final TenantContext context;

    /** Hibernate on {@code dataSource}, each transaction's tenant context opened by {@code context}. */
    public HibernateTasks(DataSource dataSource, TenantContext context) {
        requireNonNull(dataSource, "dataSource is null");
        this.context = requireNonNull(context, "context is null");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, Boolean.getBoolean("bench.hibernate.showSql"))
                .build();
        try {
            this.sessions = new MetadataSources(registry).addAnnotatedClass(ProjectTask.class).buildMetadata().buildSessionFactory();
        } catch (RuntimeException failure) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw failure;
        }
    }

    /**
     * Runs {@code work} in one transaction of {@code organizationId} as {@code actorId}: the tenant context is opened on
     * the transaction's connection before {@code work} runs; the transaction commits (flushing Hibernate's changes) when
     * {@code work} returns and rolls back when it throws.
     */
    public <R> R inTenant(UUID organizationId, UUID actorId, Function<Session, R> work) {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(actorId, "actorId is null");
        requireNonNull(work, "work is null");
        return sessions.fromTransaction(session -> {
            session.doWork(connection -> context.open(connection, organizationId, actorId));
            return work.apply(session);
        });
    }

    /** The live task {@code id} of {@code organizationId} as visible to {@code actorId}, or null. */
    public ProjectTask get(UUID organizationId, UUID actorId, UUID id) {
        return inTenant(organizationId, actorId, session -> session.find(ProjectTask.class, new ProjectTask.Key(organizationId, id)));
    }

    /** Up to {@link #PAGE_SIZE} live dated tasks of {@code projectId} after {@code (afterDue, afterId)}, by due date then id. */
    public List<ProjectTask> keysetPage(UUID organizationId, UUID actorId, UUID projectId, LocalDate afterDue, UUID afterId) {
        return inTenant(organizationId, actorId, session -> session.createSelectionQuery(KEYSET_PAGE, ProjectTask.class)
                .setParameter("organizationId", organizationId)
                .setParameter("projectId", projectId)
                .setParameter("afterDue", afterDue)
                .setParameter("afterId", afterId)
                .setMaxResults(PAGE_SIZE)
                .getResultList());
    }

    /** The live tasks of {@code projectId} counted by status, in the order of the statuses. */
    public List<StatusCount> dashboard(UUID organizationId, UUID actorId, UUID projectId) {
        return inTenant(organizationId, actorId, session -> session.createSelectionQuery(DASHBOARD, StatusCount.class)
                .setParameter("organizationId", organizationId)
                .setParameter("projectId", projectId)
                .getResultList());
    }

    /** Stores the new {@code task} as {@code actorId} in the task's organization; returns it with the columns the database stamped. */
    public ProjectTask insert(UUID actorId, ProjectTask task) {
        requireNonNull(task, "task is null");
        return inTenant(task.organizationId(), actorId, session -> {
            session.persist(task);
            return task;
        });
    }

    /**
     * Reads the live task {@code id}, applies {@code change} to it and writes it back, provided its version is still the
     * one read (else Hibernate's {@link jakarta.persistence.OptimisticLockException}); returns it as written.
     *
     * @throws IllegalStateException if no such task is visible
     */
    public ProjectTask update(UUID organizationId, UUID actorId, UUID id, Consumer<ProjectTask> change) {
        requireNonNull(change, "change is null");
        return inTenant(organizationId, actorId, session -> {
            ProjectTask task = session.find(ProjectTask.class, new ProjectTask.Key(organizationId, id));
            if (task == null) {
                throw new IllegalStateException("no live task " + id + " visible in organization " + organizationId);
            }
            change.accept(task);
            return task;
        });
    }

    @Override
    public void close() {
        sessions.close();
    }
}
