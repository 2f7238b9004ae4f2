package dev.atlvs.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The functions that run with the schema owner's rights ({@code SECURITY DEFINER}) that the run-time role
 * may execute, generated from the live schema: each must be listed here with the reason it is needed, no
 * listed function may have become unexecutable (or been dropped) unnoticed, and none is executable by
 * {@code PUBLIC}. A new definer function fails this test until it is either revoked from the run-time role
 * or justified below.
 */
@AtlvsTest
class DefinerFunctionsTest {

    /** Every definer function the run-time role may execute, by signature, with why it must. */
    private static final Map<String, String> JUSTIFIED = new TreeMap<>(Map.ofEntries(
            Map.entry("atlvs.current_tenant()",
                    "policies evaluate it as the caller; reads the context key to verify the context, returns only the verified tenant"),
            Map.entry("atlvs.current_actor()",
                    "triggers evaluate it as the caller; reads the context key to verify the context, returns only the verified actor"),
            Map.entry("atlvs.current_context()",
                    "the audit trigger's single verification of tenant, actor and correlation id; returns nothing but the verified context"),
            Map.entry("atlvs.begin_tenant_transaction(uuid,uuid,uuid,text,timestamp with time zone,bytea)",
                    "opens a tenant context only for a proof made with the context key, which the run-time role cannot read"),
            Map.entry("atlvs.begin_system_transaction(uuid,uuid,uuid,text,timestamp with time zone,bytea)",
                    "opens a platform context only for a proof made with the context key, which the run-time role cannot read"),
            Map.entry("atlvs.api_key_organization(text)",
                    "API key authentication before any tenant is known: maps a public prefix to its organization, refused inside a tenant"),
            Map.entry("atlvs.relay_claim(text,uuid,timestamp with time zone,interval,integer)",
                    "the event relay claims due work by id across tenants, outside any tenant; the queue is otherwise unreadable"),
            Map.entry("atlvs.relay_finish(text,uuid,uuid,timestamp with time zone)",
                    "the relay finishes an item it holds, only in the verified tenant of that item"),
            Map.entry("atlvs.audit_state_at(text,uuid,timestamp with time zone)",
                    "replays a record's redacted history, confined to the verified tenant by row-level security"),
            Map.entry("atlvs.revert_transaction(bigint,boolean)",
                    "reverts a transaction with its sealed values, confined to the verified tenant; the service checks audit permission"),
            Map.entry("atlvs.restore_record(text,uuid,timestamp with time zone)",
                    "restores a record with its sealed values, confined to the verified tenant; the service checks audit permission"),
            Map.entry("atlvs.anonymize_user(uuid)",
                    "erasure of a user's data including sealed values, refused outside a verified platform context")));

    @TestFactory
    Stream<DynamicTest> everyDefinerFunctionTheRunTimeRoleMayExecuteIsJustified(TestDatabase database) throws SQLException {
        return executableByRunTimeRole(database).stream().map(function -> DynamicTest.dynamicTest("justified: " + function,
                () -> assertThat(JUSTIFIED).as("justifications of definer functions the run-time role may execute").containsKey(function)));
    }

    @Test
    void everyJustifiedFunctionIsStillExecutableByTheRunTimeRole(TestDatabase database) throws SQLException {
        assertThat(executableByRunTimeRole(database)).containsAll(JUSTIFIED.keySet());
    }

    @Test
    void noDefinerFunctionIsExecutableByPublic(TestDatabase database) throws SQLException {
        assertThat(definerFunctions(database, "public")).isEmpty();
    }

    private static List<String> executableByRunTimeRole(TestDatabase database) throws SQLException {
        return definerFunctions(database, TestDatabases.APP_ROLE);
    }

    /** The definer functions of schema atlvs that {@code role} may execute, as {@code atlvs.name(argument types)}. */
    private static List<String> definerFunctions(TestDatabase database, String role) throws SQLException {
        List<String> functions = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select 'atlvs.' || p.proname || '(' || coalesce((select string_agg(format_type(t, null), ',' order by o)
                                                                     from unnest(p.proargtypes) with ordinality a(t, o)), '') || ')'
                          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'atlvs' and p.prosecdef and has_function_privilege(?, p.oid, 'execute')
                         order by 1
                        """)) {
            statement.setString(1, role);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    functions.add(rows.getString(1));
                }
            }
        }
        return functions;
    }
}
