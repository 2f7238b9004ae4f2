package dev.atlvs.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code atlvs.uuid_v7()}, the default of every identifier the database makes and of the audit trail's rows: RFC 9562
 * version 7 (48 bits of Unix milliseconds, then random bits), made by an SQL function that the planner inlines.
 */
@AtlvsTest
class UuidV7Test {

    @Test
    void anIdentifierCarriesTheClockInMillisecondsTheVersionAndTheVariant(TestDatabase database) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        long before;
        long after;
        try (Connection connection = database.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            before = millis(statement);
            try (ResultSet rows = statement.executeQuery("select atlvs.uuid_v7() from generate_series(1, 2000)")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            after = millis(statement);
        }
        assertThat(ids).hasSize(2000);
        assertThat(new HashSet<>(ids)).as("one identifier per call, not one per statement").hasSize(2000);
        for (UUID id : ids) {
            assertThat(id.version()).as("version of %s", id).isEqualTo(7);
            assertThat(id.variant()).as("variant of %s", id).isEqualTo(2);
            long millis = id.getMostSignificantBits() >>> 16;
            assertThat(millis).as("milliseconds of %s", id).isBetween(before, after);
        }
    }

    @Test
    void itIsInlinedAndBoundWhenCreatedSoNoSearchPathAppliesToIt(TestDatabase database) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("""
                    select p.prosqlbody is not null, p.proconfig is null, p.prosecdef
                      from pg_proc p where p.oid = 'atlvs.uuid_v7()'::regprocedure""")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("SQL-standard body").isTrue();
                assertThat(row.getBoolean(2)).as("no settings, so the planner may inline it").isTrue();
                assertThat(row.getBoolean(3)).as("security definer").isFalse();
            }
            // A caller's search path that puts a schema of its own first changes nothing.
            statement.execute("create schema if not exists throwaway_path");
            statement.execute("create or replace function throwaway_path.gen_random_uuid() returns uuid language sql"
                    + " return '00000000-0000-4000-8000-000000000000'::uuid");
            statement.execute("set search_path = throwaway_path, pg_catalog");
            try (ResultSet row = statement.executeQuery("select atlvs.uuid_v7()")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, UUID.class).getLeastSignificantBits()).isNotEqualTo(0x8000000000000000L);
            } finally {
                statement.execute("reset search_path");
                statement.execute("drop schema throwaway_path cascade");
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet lines = statement.executeQuery("explain (verbose, costs off) select atlvs.uuid_v7()")) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).as("the plan shows the function's expression, not a call").contains("gen_random_uuid()")
                    .doesNotContain("uuid_v7");
        }
    }

    private static long millis(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("select floor(extract(epoch from clock_timestamp()) * 1000)::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }
}
