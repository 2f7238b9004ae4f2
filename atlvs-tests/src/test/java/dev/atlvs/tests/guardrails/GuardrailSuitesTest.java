package dev.atlvs.tests.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.internal.Tables;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.ContractCheck;
import dev.atlvs.testing.guardrails.Finding;
import dev.atlvs.testing.guardrails.SchemaLint;
import dev.atlvs.testing.guardrails.TableSamples;
import dev.atlvs.testing.guardrails.TenantIsolationCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The three guardrail suites, generated over every table the migrations register and every table a
 * module declares in Java: schema lint, tenant isolation, and the Java ↔ database contract. A new
 * table is covered without new test code.
 */
@AtlvsTest
class GuardrailSuitesTest {

    @Test
    void everyTableIsRegisteredAndDeclared(TestDatabase database) throws SQLException {
        Map<String, String> registered = registeredTables(database);
        List<String> declared = Tables.all().stream().map(Table::name).toList();
        assertThat(registered).isNotEmpty();
        assertThat(declared).as("tables declared in Java").containsExactlyInAnyOrderElementsOf(registered.entrySet().stream()
                .filter(e -> !e.getValue().equals("internal") && !e.getValue().startsWith("log:")).map(Map.Entry::getKey).toList());
    }

    @TestFactory
    Stream<DynamicTest> schemaLintHoldsForEveryTableAndFunction(TestDatabase database) throws SQLException {
        List<Finding> findings;
        try (Connection connection = database.ownerDataSource().getConnection()) {
            findings = SchemaLint.check(connection);
        }
        Map<String, List<Finding>> byObject = new LinkedHashMap<>();
        registeredTables(database).keySet().forEach(table -> byObject.put(table, new ArrayList<>()));
        findings.forEach(f -> byObject.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f));
        return byObject.entrySet().stream().map(entry -> DynamicTest.dynamicTest("schema lint: " + entry.getKey(),
                () -> assertThat(entry.getValue()).as("findings").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyDeclaredTableMatchesTheLiveSchema(TestDatabase database) {
        return Tables.all().stream().map(table -> DynamicTest.dynamicTest("contract: " + table.name(), () -> {
            try (Connection connection = database.ownerDataSource().getConnection()) {
                assertThat(ContractCheck.check(connection, table)).as("differences").isEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTenantTableIsolatesOrganizations(TestDatabase database, Fixtures fixtures) throws SQLException {
        OrganizationFixture owner = fixtures.organization("Northern Lights Festival");
        OrganizationFixture other = fixtures.organization("Southern Stages");
        Map<String, String> tenantTables = new LinkedHashMap<>();
        registeredTables(database).forEach((table, scope) -> {
            if (scope.startsWith("tenant:") || scope.startsWith("log:")) {
                tenantTables.put(table, scope.substring(scope.indexOf(':') + 1));
            }
        });
        return tenantTables.entrySet().stream().map(entry -> DynamicTest.dynamicTest("isolation: " + entry.getKey(), () -> {
            UUID row = TableSamples.insert(entry.getKey(), owner)
                    .orElseThrow(() -> new AssertionError("no sample for tenant table " + entry.getKey() + " in TableSamples"));
            // Tables the run-time role may not read at all (sealed audit values) are probed as the owner,
            // whom row-level security binds as well.
            DataSource probe = runtimeMayRead(database, entry.getKey()) ? database.appDataSource() : database.ownerDataSource();
            assertThat(TenantIsolationCheck.check(probe, entry.getKey(), entry.getValue(), row, owner.id(), other.id()))
                    .as("findings").isEmpty();
        }));
    }

    private static boolean runtimeMayRead(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection();
                var statement = connection.prepareStatement("select has_table_privilege('atlvs_app', 'atlvs.' || ?, 'select')")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /**
     * Registered tables with their scope: {@code tenant:<column>}, {@code log:<column>} (a tenant table
     * that is not itself audited, such as the audit trail), {@code global} or {@code internal}.
     */
    static Map<String, String> registeredTables(TestDatabase database) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name, scope, tenant_column, audited from atlvs.registered_tables order by table_name")) {
            while (rows.next()) {
                String scope = rows.getString(2).equals("tenant") ? "tenant:" + rows.getString(3) : rows.getString(2);
                tables.put(rows.getString(1), rows.getBoolean(4) || !scope.startsWith("tenant") ? scope : "log:" + rows.getString(3));
            }
        }
        return tables;
    }
}
