package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Where Citus is loaded ({@code citus.propagate_set_commands} exists), the proved openings set the context with
 * {@code SET LOCAL}, which Citus sends to every shard connection; elsewhere with {@code set_config}. Both kinds of
 * session are checked here on plain PostgreSQL: a session that defines {@code citus.propagate_set_commands} takes the
 * {@code SET LOCAL} path of {@code atlvs.begin_tenant_transaction}, the opening {@link ContextProofs} sends where Citus
 * is loaded.
 */
@AtlvsTest
class ContextOnEveryNodeTest {

    @Test
    void aContextSetWithSetLocalActsAsItsTenantAndAsksCitusToPropagateIt(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("Every Node Live");
        acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Node Stage").type(LocationType.VENUE).build()));

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set citus.propagate_set_commands = 'none'");
            }
            // when
            ContextProofs proofs = new ContextProofs(database.contextKey());
            long issuedAt = System.currentTimeMillis();
            assertThat(ProvedOpenings.begin(connection, ContextProofs.TENANT, acme.id(), acme.owner().id(), proofs.key().id(),
                    proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issuedAt, ContextProofs.backendPid(connection)),
                    issuedAt)).isEqualTo("active:owner");

            // then
            assertThat(text(connection, "select atlvs.current_tenant()::text")).isEqualTo(acme.id().toString());
            assertThat(text(connection, "select atlvs.current_actor()::text")).isEqualTo(acme.owner().id().toString());
            assertThat(text(connection, "select count(*)::text from atlvs.locations")).isEqualTo("1");
            assertThat(text(connection, "select current_setting('citus.propagate_set_commands')")).isEqualTo("local");
            assertThat(text(connection, "select current_setting('atlvs.transaction_id')"))
                    .isEqualTo(text(connection, "select pg_current_xact_id()::text"))
                    .isEqualTo(text(connection, "select atlvs.current_transaction_id()::text"));
            connection.rollback();
            assertThat(text(connection, "select coalesce(nullif(current_setting('atlvs.tenant_id', true), ''), 'none')")).isEqualTo("none");
            connection.rollback();
        }
    }

    @Test
    void aTenantWrittenWithSetLocalByHandIsNoTenant(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture victim = fixtures.organization("Set Local Victim Live");

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            // when
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local atlvs.tenant_id = '" + victim.id() + "'");
                statement.execute("set local atlvs.actor_id = '" + victim.owner().id() + "'");
            }

            // then
            assertThat(text(connection, "select coalesce(atlvs.current_tenant()::text, 'none')")).isEqualTo("none");
            assertThat(text(connection, "select count(*)::text from atlvs.organization_members")).isEqualTo("0");
            connection.rollback();
        }
    }

    @Test
    void onlyTheSettingsOfTheSdkAreSetThroughItsFunction(TestDatabase database) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> text(connection, "select atlvs.set_local('search_path', 'public')::text"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"));
            connection.rollback();
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
