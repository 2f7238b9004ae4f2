package dev.atlvs.tests.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.task.Task;
import dev.atlvs.projects.task.TaskRepository;
import dev.atlvs.projects.task.TaskStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The bulk path writes what a normal insert writes: the rows with their standard columns, one audit row
 * each, under the tenant's row-level security, foreign keys and checks; nothing when it is not finished.
 * The stamps it carries in its {@code INSERT ... SELECT} (which let the standard-column trigger skip its
 * rows) cannot be forged by raw SQL, and the polymorphic links of its rows are checked set-based.
 */
@AtlvsTest
class BulkLoadTest {
    private static final List<String> COLUMNS = List.of("id", "organization_id", "project_id", "title", "status", "due_date", "completed_at");

    @Test
    void loadedRowsAreStoredWithStandardColumnsAndAudited(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Builders");
        Project project = ProjectFixtures.project(acme);
        UUID first = Ids.newId();
        UUID second = Ids.newId();

        // when
        long inserted = acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(first, acme.id(), project.id(), "Rig the truss\tstage left", TaskStatus.TODO, LocalDate.of(2026, 5, 1), null);
                load.row(second, acme.id(), project.id(), "Test the PA \\ line\narray", "todo", Optional.empty(), Optional.empty());
                return load.finish();
            }
        });

        // then
        assertThat(inserted).isEqualTo(2);
        Task stored = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(first));
        assertThat(stored.title()).isEqualTo("Rig the truss\tstage left");
        assertThat(stored.dueDate()).contains(LocalDate.of(2026, 5, 1));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdBy()).contains(acme.owner().id());
        assertThat(acme.asOwner(tx -> tx.repository(TaskRepository.class).get(second)).title()).isEqualTo("Test the PA \\ line\narray");
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Task.TABLE, second));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
    }

    @Test
    void aLoadOfManyTasksThatTheTaskRulesDecideAboutFitsInOneTransaction(Fixtures fixtures) {
        // given: more tasks inserted as done than PostgreSQL's lock table has entries, had each taken a lock of its own
        // (max_locks_per_transaction 64 × max_connections 300 on the test server)
        OrganizationFixture acme = fixtures.organization("Bulk Archive");
        Project project = ProjectFixtures.project(acme);
        int tasks = 40_000;

        // when
        long inserted = acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                for (int index = 0; index < tasks; index++) {
                    load.row(Ids.newId(), acme.id(), project.id(), "Closed task " + index, TaskStatus.DONE, null, Instant.parse("2026-01-05T10:00:00Z"));
                }
                return load.finish();
            }
        });

        // then
        assertThat(inserted).isEqualTo(tasks);
        long done = acme.asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.project_tasks where project_id = :project and status = 'done'")
                .bind("project", project.id()).mapTo(Long.class).one());
        assertThat(done).isEqualTo(tasks);
    }

    @Test
    void aRowOfAnotherTenantIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Tenants");
        OrganizationFixture other = fixtures.organization("Other Tenants");
        Project project = ProjectFixtures.project(other);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), other.id(), project.id(), "Sneak in", "todo", null, null);
                return load.finish();
            }
        })).isInstanceOf(AccessDeniedException.class);
        List<Task> stored = other.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(project.id()));
        assertThat(stored).isEmpty();
    }

    @Test
    void aRowPointingAtAMissingProjectIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk References");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), acme.id(), Ids.newId(), "Orphan", "todo", null, null);
                return load.finish();
            }
        })).isInstanceOf(ReferenceMissingException.class);
    }

    @Test
    void anUnknownColumnIsRefusedBeforeAnyRowIsSent(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Columns");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.bulkLoad(Task.TABLE, List.of("id", "colour"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anUnfinishedLoadWritesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Quitters");
        Project project = ProjectFixtures.project(acme);

        // when
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), acme.id(), project.id(), "Never mind", "todo", null, null);
            }
            return null;
        });

        // then
        List<Task> stored = acme.asOwner(tx -> tx.repository(TaskRepository.class).ofProject(project.id()));
        assertThat(stored).isEmpty();
    }

    @Test
    void bulkLoadedRowsAreAuditedAsRowByRowInsertsOfTheSameValues(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Auditors");
        Project project = ProjectFixtures.project(acme);
        UUID bulk = Ids.newId();
        UUID single = Ids.newId();

        // when
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(bulk, acme.id(), project.id(), "Hang the banners", "done", LocalDate.of(2026, 6, 1), "2026-05-30T10:00:00Z");
                load.finish();
            }
            return tx.handle().createUpdate("""
                    insert into atlvs.project_tasks (id, organization_id, project_id, title, status, due_date, completed_at)
                    values (:id, :organizationId, :projectId, 'Hang the banners', 'done', date '2026-06-01', timestamptz '2026-05-30T10:00:00Z')
                    """).bind("id", single).bind("organizationId", acme.id()).bind("projectId", project.id()).execute();
        });

        // then
        AuditEntry loaded = acme.asOwner(tx -> new AuditTrail(tx).history(Task.TABLE, bulk)).get(0);
        AuditEntry inserted = acme.asOwner(tx -> new AuditTrail(tx).history(Task.TABLE, single)).get(0);
        assertThat(loaded.changedFields()).isEqualTo(inserted.changedFields());
        assertThat(withoutId(loaded.newValues().orElseThrow(), bulk)).isEqualTo(withoutId(inserted.newValues().orElseThrow(), single));
        assertThat(loaded.redactedFields()).isEqualTo(inserted.redactedFields());
        assertThat(loaded.recordVersion()).isEqualTo(inserted.recordVersion()).contains(1L);
        assertThat(loaded.actorId()).isEqualTo(inserted.actorId()).contains(acme.owner().id());
        assertThat(loaded.transactionId()).isEqualTo(inserted.transactionId());
    }

    @Test
    void sensitiveValuesOfABulkLoadAreRedactedAsInARowByRowInsert(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Bankers");
        Account cash = FinanceFixtures.account(acme, AccountType.ASSET, "Cash at bank");
        Account card = FinanceFixtures.account(acme, AccountType.ASSET, "Card clearing");
        UUID bulk = Ids.newId();
        UUID single = Ids.newId();

        // when
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(FinanceAccount.TABLE,
                    List.of("id", "organization_id", "name", "kind", "currency", "gl_account_id", "account_number_last4"))) {
                load.row(bulk, acme.id(), "Operating account", "bank", "EUR", cash.id(), "4242");
                load.finish();
            }
            return tx.handle().createUpdate("""
                    insert into atlvs.finance_accounts (id, organization_id, name, kind, currency, gl_account_id, account_number_last4)
                    values (:id, :organizationId, 'Operating account 2', 'bank', 'EUR', :glAccountId, '4242')
                    """).bind("id", single).bind("organizationId", acme.id()).bind("glAccountId", card.id()).execute();
        });

        // then
        AuditEntry loaded = acme.asOwner(tx -> new AuditTrail(tx).history(FinanceAccount.TABLE, bulk)).get(0);
        AuditEntry inserted = acme.asOwner(tx -> new AuditTrail(tx).history(FinanceAccount.TABLE, single)).get(0);
        assertThat(loaded.redactedFields()).containsExactly("account_number_last4").isEqualTo(inserted.redactedFields());
        assertThat(loaded.changedFields()).isEqualTo(inserted.changedFields());
        assertThat(loaded.newValues().orElseThrow()).doesNotContain("4242");
        assertThat(inserted.newValues().orElseThrow()).doesNotContain("4242");
    }

    @Test
    void stampsWrittenByHandAreReplacedByTheVerifiedActorAndTheTransactionTime(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Stampers");
        Project project = ProjectFixtures.project(acme);
        UUID someoneElse = acme.newUser().id();
        UUID planted = Ids.newId();

        // when
        acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.project_tasks (id, organization_id, project_id, title, created_at, created_by, updated_at, updated_by, version)
                values (:id, :organizationId, :projectId, 'Backdated', timestamptz '2001-01-01', :someoneElse, timestamptz '2001-01-01', :someoneElse, 1)
                """).bind("id", planted).bind("organizationId", acme.id()).bind("projectId", project.id())
                .bind("someoneElse", someoneElse).execute());

        // then
        Task stored = acme.asOwner(tx -> tx.repository(TaskRepository.class).get(planted));
        assertThat(stored.createdBy()).contains(acme.owner().id());
        assertThat(stored.updatedBy()).contains(acme.owner().id());
        assertThat(stored.createdAt()).hasValueSatisfying(at -> assertThat(at).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aStampOfAnActorForgedWithSetConfigIsRefusedThroughTheHandle(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Forgers");
        Project project = ProjectFixtures.project(acme);
        UUID someoneElse = acme.newUser().id();
        long before = Rows.count(database, "project_tasks");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.handle().execute("select set_config('atlvs.actor_id', ?, true)", someoneElse.toString());
            return tx.handle().createUpdate("""
                    insert into atlvs.project_tasks (id, organization_id, project_id, title, created_at, created_by, updated_at, updated_by, version)
                    values (:id, :organizationId, :projectId, 'Forged', now(), :someoneElse, now(), :someoneElse, 1)
                    """).bind("id", Ids.newId()).bind("organizationId", acme.id()).bind("projectId", project.id())
                    .bind("someoneElse", someoneElse).execute();
        })).isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TENANT_VIOLATION));
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void stampsCarriedByARawInsertUnderAContextForgedWithSetConfigAreRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Stampers");
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "project_tasks");

        try (Connection connection = database.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('atlvs.tenant_id', '" + acme.id() + "', true), set_config('atlvs.actor_id', '"
                    + acme.owner().id() + "', true)");

            // when / then
            assertThatThrownBy(() -> statement.execute("""
                    insert into atlvs.project_tasks (id, organization_id, project_id, title, created_at, created_by, updated_at, updated_by, version)
                    values ('%s', '%s', '%s', 'Forged', now(), '%s', now(), '%s', 1)
                    """.formatted(Ids.newId(), acme.id(), project.id(), acme.owner().id(), acme.owner().id())))
                    .isInstanceOfSatisfying(PSQLException.class, refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
            connection.rollback();
        }
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void aBulkLoadUnderAnActorForgedWithSetConfigIsRefusedAndWritesNothing(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Impostors");
        Project project = ProjectFixtures.project(acme);
        UUID someoneElse = acme.newUser().id();
        long before = Rows.count(database, "project_tasks");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.handle().execute("select set_config('atlvs.actor_id', ?, true)", someoneElse.toString());
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(Ids.newId(), acme.id(), project.id(), "Impersonated", "todo", null, null);
                return load.finish();
            }
        })).isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TENANT_VIOLATION));
        assertThat(Rows.count(database, "project_tasks")).isEqualTo(before);
    }

    @Test
    void commentsAreBulkLoadedOnTheRecordsTheyName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Commenters");
        Project project = ProjectFixtures.project(acme);
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(first, acme.id(), project.id(), "Book the crane", "todo", null, null);
                load.row(second, acme.id(), project.id(), "Book the riggers", "todo", null, null);
                return load.finish();
            }
        });

        // when
        long inserted = acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                load.row(Ids.newId(), acme.id(), "task", first, "Crane confirmed for 06:00");
                load.row(Ids.newId(), acme.id(), "task", first, "Operator too");
                load.row(Ids.newId(), acme.id(), "task", second, "Two riggers short");
                load.row(Ids.newId(), acme.id(), "project", project.id(), "All cranes booked");
                return load.finish();
            }
        });

        // then
        assertThat(inserted).isEqualTo(4);
        List<UUID> authors = acme.asOwner(tx -> tx.handle().createQuery(
                "select created_by from atlvs.comments where organization_id = :organizationId and version = 1")
                .bind("organizationId", acme.id()).mapTo(UUID.class).list());
        assertThat(authors).hasSize(4).containsOnly(acme.owner().id());
    }

    @Test
    void aBulkLoadedCommentOnAMissingRecordIsRefusedAndNoCommentIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Phantoms");
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                load.row(Ids.newId(), acme.id(), "project", project.id(), "Real project");
                load.row(Ids.newId(), acme.id(), "task", Ids.newId(), "No such task");
                return load.finish();
            }
        })).isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aBulkLoadedCommentOnAnotherOrganizationsRecordIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Peepers");
        OrganizationFixture other = fixtures.organization("Bulk Private");
        Project theirs = ProjectFixtures.project(other);
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                load.row(Ids.newId(), acme.id(), "project", theirs.id(), "Nice project");
                return load.finish();
            }
        })).isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aBulkLoadedCommentOnAnUnknownEntityTypeIsRefusedNamingEntityType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Aliens");
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                load.row(Ids.newId(), acme.id(), "spaceship", Ids.newId(), "Where does this land?");
                return load.finish();
            }
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(FieldViolation::field).containsExactly("entityType"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aDanglingLinkWrittenWithRawSqlThroughTheHandleIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Linkers");
        Project project = ProjectFixtures.project(acme);
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.comments (organization_id, entity_type, entity_id, body)
                values (:organizationId, 'project', :projectId, 'Fine'), (:organizationId, 'project', :missing, 'Dangling')
                """).bind("organizationId", acme.id()).bind("projectId", project.id()).bind("missing", Ids.newId()).execute()))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.REFERENCE_MISSING);
                    assertThat(e.field()).isEqualTo("entityId");
                });
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aRecordDeletedWhileCommentsOnItAreLoadedLeavesNoCommentBehind(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Bulk Racers");
        Project project = ProjectFixtures.project(acme);
        UUID doomed = Ids.newId();
        acme.asOwner(tx -> {
            try (BulkLoad load = tx.bulkLoad(Task.TABLE, COLUMNS)) {
                load.row(doomed, acme.id(), project.id(), "Strike the set", "todo", null, null);
                return load.finish();
            }
        });

        // when: the delete is made first and committed while the load checks its links
        List<Race.Outcome<Long>> outcomes = Race.run(List.of(
                gate -> acme.asOwner(tx -> {
                    gate.meet();
                    long deleted = tx.handle().createUpdate("delete from atlvs.project_tasks where organization_id = :organizationId and id = :id")
                            .bind("organizationId", acme.id()).bind("id", doomed).execute();
                    tx.handle().execute("select pg_sleep(0.3)");
                    return deleted;
                }),
                gate -> acme.asOwner(tx -> {
                    gate.meet();
                    tx.handle().execute("select pg_sleep(0.1)");
                    try (BulkLoad load = tx.bulkLoad(Comment.TABLE, List.of("id", "organization_id", "entity_type", "entity_id", "body"))) {
                        load.row(Ids.newId(), acme.id(), "task", doomed, "Who struck it?");
                        return load.finish();
                    }
                })));

        // then
        assertThat(outcomes.get(0).result()).contains(1L);
        assertThat(outcomes.get(1).failure()).hasValueSatisfying(failure -> assertThat(failure).isInstanceOf(ReferenceMissingException.class));
        long dangling = acme.asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.comments where organization_id = :organizationId and entity_id = :id")
                .bind("organizationId", acme.id()).bind("id", doomed).mapTo(Long.class).one());
        assertThat(dangling).isZero();
    }

    @Test
    void everyTableWhoseStandardColumnsSkipStampedRowsHasTheVerifyingTenantPolicyAsItsOnlyInsertPolicy(TestDatabase database)
            throws SQLException {
        // given
        String unguarded = """
                select c.relname
                  from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 where t.tgname = 'standard_columns' and t.tgqual is not null
                   and (not c.relrowsecurity or not c.relforcerowsecurity
                        or not exists (select 1 from pg_policy p
                                        where p.polrelid = c.oid and p.polname = 'tenant_isolation' and p.polpermissive
                                          and pg_get_expr(p.polwithcheck, p.polrelid) like '%= atlvs.current_tenant()%')
                        or exists (select 1 from pg_policy p
                                    where p.polrelid = c.oid and p.polpermissive and p.polname <> 'tenant_isolation'
                                      and p.polcmd in ('*', 'a')))
                """;
        String skipping = "select count(*) from pg_trigger t where t.tgname = 'standard_columns' and t.tgqual is not null";

        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            // when
            List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery(unguarded)) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            long skippingTables;
            try (java.sql.ResultSet count = statement.executeQuery(skipping)) {
                count.next();
                skippingTables = count.getLong(1);
            }

            // then
            assertThat(skippingTables).isPositive();
            assertThat(tables).isEmpty();
        }
    }

    private static String withoutId(String json, UUID id) {
        return json.replace(id.toString(), "<id>");
    }
}
