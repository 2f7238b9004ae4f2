package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tenant policy, {@code organization_id = atlvs.current_tenant()}, costs one verification of the context per
 * statement where the SDK's statements read: they filter on the organization explicitly, the policy's
 * comparison becomes a one-time filter of the plan, and the organization-leading index serves the read; a
 * statement without that filter still gets the policy as the condition of the same index. Distributed with Citus, the
 * statements that filter on the organization go to the organization's one shard, and one without the filter to every
 * shard (the policy is evaluated there, in sessions of the shards, where the calls are not counted).
 */
@AtlvsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantPolicyTest {

    private static final int LOCATIONS = 40;

    private OrganizationFixture venues;
    private UUID anyLocation;

    @BeforeAll
    void storeForty(Fixtures fixtures) {
        venues = fixtures.organization("Policy Cost Venues");
        anyLocation = venues.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            UUID last = null;
            for (int i = 0; i < LOCATIONS; i++) {
                last = locations.insert(Location.builder().organizationId(venues.id()).name("Room " + i).type(LocationType.ROOM).build()).id();
            }
            return last;
        });
    }

    @Test
    void aGetByIdVerifiesTheContextOnceAndReadsThePrimaryKey(TestDatabase database) throws SQLException {
        String sql = "select * from atlvs.locations where organization_id = '" + venues.id() + "' and id = '" + anyLocation + "'";

        Measured measured = measure(database, sql);

        assertThat(measured.rows()).isEqualTo(1);
        if (measured.distributed()) {
            assertThat(measured.plan()).contains("Task Count: 1");
            return;
        }
        assertThat(measured.verifications()).isEqualTo(1);
        assertThat(measured.plan()).contains("One-Time Filter: (atlvs.current_tenant() = '" + venues.id() + "'::uuid)",
                "Index Cond: (organization_id = '" + venues.id() + "'::uuid)").doesNotContain("Seq Scan");
    }

    @Test
    void aPageOfRowsVerifiesTheContextOnceWhateverItsLength(TestDatabase database) throws SQLException {
        String sql = "select * from atlvs.locations where organization_id = '" + venues.id() + "' and deleted_at is null"
                + " order by name limit 50";

        Measured measured = measure(database, sql);

        assertThat(measured.rows()).isEqualTo(LOCATIONS);
        if (measured.distributed()) {
            assertThat(measured.plan()).contains("Task Count: 1");
            return;
        }
        assertThat(measured.verifications()).isEqualTo(1);
        assertThat(measured.plan()).contains("Index Scan using locations_active_name_idx on locations",
                "One-Time Filter: (atlvs.current_tenant() = '" + venues.id() + "'::uuid)").doesNotContain("Seq Scan");
    }

    @Test
    void withoutTheOrganizationInItsFilterAStatementGetsThePolicyAsTheConditionOfTheTenantIndex(TestDatabase database)
            throws SQLException {
        String sql = "select * from atlvs.locations where name >= 'Room' and deleted_at is null order by name";

        Measured measured = measure(database, sql);

        assertThat(measured.rows()).isEqualTo(LOCATIONS);
        if (measured.distributed()) {
            assertThat(measured.plan()).contains("Custom Scan (Citus Adaptive)").doesNotContain("Task Count: 1\n");
            return;
        }
        // Once when the statement is planned (the planner estimates the condition's selectivity with the tenant's
        // value), once when its index scan starts; never per row.
        assertThat(measured.verifications()).isLessThanOrEqualTo(2);
        assertThat(measured.plan()).contains("Index Scan using locations_active_name_idx on locations",
                "Index Cond: ((organization_id = atlvs.current_tenant()) AND (name >= 'Room'::text))");
    }

    private record Measured(int rows, long verifications, String plan, boolean distributed) {}

    /**
     * Runs {@code sql} as the run-time role in a tenant transaction of the venues' owner (on the administrator's
     * connection, which may count function calls) and returns its rows, how many times it called
     * {@code atlvs.current_tenant()}, and its plan. Sequential scans are off, as on a table of production size.
     */
    private Measured measure(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local track_functions = 'pl'");
            statement.execute("set local enable_seqscan = off");
            // A statement that reaches every shard (the last test's) runs on Citus only in a transaction that reaches
            // the shards over connections from its start.
            statement.execute("select set_config(name, 'off', true) from pg_catalog.pg_settings where name = 'citus.enable_local_execution'");
            statement.execute("set local role " + TestDatabases.APP_ROLE);
            SqlContext.of(database).tenant(connection, venues.id(), venues.owner().id());
            long before = verifications(connection);
            int rows = 0;
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows++;
                }
            }
            long after = verifications(connection);
            List<String> plan = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("explain (costs off) " + sql)) {
                while (result.next()) {
                    plan.add(result.getString(1).strip());
                }
            }
            boolean distributed;
            try (ResultSet result = statement.executeQuery("select atlvs.citus_installed()")) {
                result.next();
                distributed = result.getBoolean(1);
            }
            connection.rollback();
            return new Measured(rows, after - before, String.join("\n", plan), distributed);
        }
    }

    private static long verifications(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(sum(calls), 0) from pg_stat_xact_user_functions where schemaname = 'atlvs' and funcname = 'current_tenant'");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
