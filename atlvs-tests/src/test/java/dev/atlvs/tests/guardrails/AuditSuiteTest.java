package dev.atlvs.tests.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.repository.internal.Tables;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.TableMutations;
import dev.atlvs.testing.guardrails.TableSamples;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The audit suite, generated over every audited tenant table: an insert, an update and a delete each
 * write exactly one audit row with the acting user and the changed fields, and reverting the
 * transaction of an update or a delete restores the previous row exactly (every column but the update
 * stamps and the version, which move on because the revert is itself a change).
 */
@AtlvsTest
class AuditSuiteTest {

    private static final String COMPARABLE = "to_jsonb(t) - 'updated_at' - 'updated_by' - 'version'";

    @TestFactory
    Stream<DynamicTest> everyAuditedTableAuditsAndRevertsItsChanges(TestDatabase database, Fixtures fixtures) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from atlvs.registered_tables where scope = 'tenant' and audited order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("locations", "organizations");
        return tables.stream().map(table -> DynamicTest.dynamicTest("audit: " + table, () -> {
            OrganizationFixture org = fixtures.organization();
            UUID row = TableSamples.insert(table, org)
                    .orElseThrow(() -> new AssertionError("no sample for tenant table " + table + " in TableSamples"));
            TableMutations.Mutation mutation = TableMutations.of(table)
                    .orElseThrow(() -> new AssertionError("no mutation for tenant table " + table + " in TableMutations"));

            List<AuditEntry> inserted = history(org, table, row);
            assertThat(inserted).as("audit rows after the insert").singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
                assertThat(entry.actorId()).contains(org.owner().id());
                assertThat(entry.newValues()).isPresent();
                assertThat(entry.oldValues()).isEmpty();
            });
            Tables.named(table).ifPresent(declared -> assertThat(entry(inserted).newValues().orElseThrow())
                    .as("the insert's values name every column").contains(declared.columns().stream().map(c -> "\"" + c.name() + "\"").toList()));

            String beforeUpdate = snapshot(org, table, row).orElseThrow();
            mutation.apply(org, row);
            List<AuditEntry> updated = history(org, table, row);
            assertThat(updated).hasSize(2);
            AuditEntry update = updated.get(1);
            assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(update.actorId()).contains(org.owner().id());
            assertThat(update.changedFields()).as("changed fields").isNotEmpty().doesNotContain("version", "updated_at", "updated_by");
            assertThat(update.transactionId()).isNotEqualTo(entry(inserted).transactionId());

            int undone = org.asOwner(tx -> new AuditTrail(tx).revertTransaction(update.transactionId()));
            assertThat(undone).isEqualTo(1);
            assertThat(snapshot(org, table, row)).as("the row after reverting the update").contains(beforeUpdate);
            assertThat(history(org, table, row)).hasSize(3).last()
                    .satisfies(revert -> assertThat(revert.reason()).contains("revert of transaction " + update.transactionId()));

            if (TableMutations.deletable(table)) {
                long deleteTransaction = org.asOwner(tx -> {
                    tx.handle().createUpdate("delete from atlvs." + table + " where id = :id").bind("id", row).execute();
                    return tx.transactionId();
                });
                assertThat(snapshot(org, table, row)).isEmpty();
                List<AuditEntry> deleted = history(org, table, row).stream().filter(e -> e.transactionId() == deleteTransaction).toList();
                assertThat(deleted).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
                    assertThat(entry.actorId()).contains(org.owner().id());
                    assertThat(entry.oldValues()).isPresent();
                });
                org.asOwner(tx -> new AuditTrail(tx).revertTransaction(deleteTransaction));
                assertThat(snapshot(org, table, row)).as("the row after reverting its delete").contains(beforeUpdate);
            }
        }));
    }

    private static AuditEntry entry(List<AuditEntry> entries) {
        return entries.get(0);
    }

    private static List<AuditEntry> history(OrganizationFixture org, String table, UUID row) {
        var declared = Tables.named(table).orElseThrow(() -> new AssertionError("table " + table + " is registered but not declared in Java"));
        return org.asOwner(tx -> new AuditTrail(tx).history(declared, row));
    }

    /** The row as JSON without the update stamps and the version, read as the owner; empty when absent. */
    private static Optional<String> snapshot(OrganizationFixture org, String table, UUID row) {
        return org.asOwner(tx -> tx.handle()
                .createQuery("select (" + COMPARABLE + ")::text from atlvs." + table + " t where id = :id")
                .bind("id", row)
                .mapTo(String.class)
                .findOne());
    }
}
