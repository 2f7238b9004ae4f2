package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * SQL running as the run-time role cannot make itself a tenant or an actor by writing the context's
 * settings: on a bare connection, or through the handle inside an SDK transaction, a tenant or actor
 * written with {@code set_config} leaves the transaction with no tenant and no actor, so row-level
 * security shows nothing and refuses every write. Only an opening proved with the context key counts,
 * and its context, copied elsewhere, still acts only as its own tenant and actor, until it expires or
 * its key is retired.
 */
@AtlvsTest
class ForgedContextTest {

    @Test
    void aTenantWrittenWithSetConfigOnABareConnectionSeesNothingOfThatTenant(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture victim = fixtures.organization("Forged Victim Live");
        venue(victim, "Secret Stage");

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            // when
            setConfig(connection, "atlvs.tenant_id", victim.id());
            setConfig(connection, "atlvs.actor_id", victim.owner().id());

            // then
            assertThat(count(connection, "select count(*) from atlvs.locations where organization_id = '" + victim.id() + "'")).isZero();
            assertThat(count(connection, "select count(*) from atlvs.organization_members")).isZero();
            assertThat(count(connection, "select count(*) from atlvs.users")).isZero();
            assertThat(count(connection, "select count(*) from atlvs.organizations")).isZero();
            connection.rollback();
        }
    }

    @Test
    void thePlatformTenantWrittenWithSetConfigSeesNoUser(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        fixtures.user();

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            // when
            setConfig(connection, "atlvs.tenant_id", new UUID(0L, 0L));

            // then
            assertThat(count(connection, "select count(*) from atlvs.users")).isZero();
            connection.rollback();
        }
    }

    @Test
    void aWriteUnderATenantWrittenWithSetConfigIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture victim = fixtures.organization("Forged Write Live");

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            setConfig(connection, "atlvs.tenant_id", victim.id());
            setConfig(connection, "atlvs.actor_id", victim.owner().id());

            // when / then
            assertThatThrownBy(() -> execute(connection, "insert into atlvs.locations (organization_id, name, type) values ('"
                    + victim.id() + "', 'Planted Stage', 'venue')"))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            connection.rollback();
        }
        List<Location> planted = victim.asOwner(tx -> tx.repository(LocationRepository.class)
                .page(dev.atlvs.core.repository.PageRequest.sortedBy("name")).items());
        assertThat(planted).isEmpty();
    }

    @Test
    void aTenantRewrittenThroughTheHandleSeesNeitherTheOtherTenantNorItsOwn(Fixtures fixtures) {
        // given
        OrganizationFixture attacker = fixtures.organization("Handle Attacker Live");
        OrganizationFixture victim = fixtures.organization("Handle Victim Live");
        venue(attacker, "Own Stage");
        venue(victim, "Their Stage");

        // when
        List<Long> seen = attacker.asOwner(tx -> {
            tx.handle().execute("set local atlvs.tenant_id = '" + victim.id() + "'");
            long theirs = tx.handle().createQuery("select count(*) from atlvs.locations where organization_id = :id")
                    .bind("id", victim.id()).mapTo(Long.class).one();
            long everything = tx.handle().createQuery("select count(*) from atlvs.locations").mapTo(Long.class).one();
            return List.of(theirs, everything);
        });

        // then
        assertThat(seen).containsExactly(0L, 0L);
    }

    @Test
    void anActorRewrittenThroughTheHandleLeavesTheTransactionWithNoActorAndNoTenant(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Handle Actor Live");
        var contributor = acme.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR);

        // when
        List<Object> context = acme.as(contributor, tx -> {
            tx.handle().createQuery("select set_config('atlvs.actor_id', :actor, true)").bind("actor", acme.owner().id().toString())
                    .mapTo(String.class).one();
            return tx.handle().createQuery("select atlvs.current_tenant() is null, atlvs.current_actor() is null")
                    .map((row, ctx) -> List.<Object>of(row.getBoolean(1), row.getBoolean(2))).one();
        });

        // then
        assertThat(context).containsExactly(true, true);
    }

    @Test
    void anActorRewrittenInsideAnAuditedStatementIsNeitherRecordedNorLetThrough(Fixtures fixtures, TestDatabase database) {
        // given: the owner's stage, and a member the owner would like the trail to blame
        OrganizationFixture acme = fixtures.organization("Statement Actor Live");
        var contributor = acme.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR);
        Location stage = venue(acme, "Blamed Stage");

        // when: the delete passes the tenant policy with the owner's context, then rewrites the actor for the trail
        var refusal = assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate(
                        "delete from atlvs.locations where id = :id and set_config('atlvs.actor_id', :actor, true) is not null")
                .bind("id", stage.id()).bind("actor", contributor.id().toString()).execute()));
        if (database.server().kind() == dev.atlvs.testing.PostgresServer.Kind.CITUS) {
            // Citus refuses a volatile function in the WHERE clause of a write to a distributed table before running it.
            refusal.isInstanceOf(dev.atlvs.core.error.AtlvsException.class).hasMessageContaining("0A000");
        } else {
            refusal.isInstanceOf(dev.atlvs.core.error.AccessDeniedException.class).hasMessageContaining("TENANT_VIOLATION");
        }

        // then: the stage is still there, and the trail names nobody but the owner for it
        java.util.Optional<Location> kept = acme.asOwner(tx -> tx.repository(LocationRepository.class).find(stage.id()));
        assertThat(kept).isPresent();
        List<String> actors = acme.asOwner(tx -> tx.handle().createQuery(
                        "select coalesce(actor_id::text, '') from atlvs.audit_logs where record_id = :id order by sequence")
                .bind("id", stage.id()).mapTo(String.class).list());
        assertThat(actors).containsExactly(acme.owner().id().toString());
    }

    @Test
    void aContextCopiedIntoABareSessionStillActsOnlyAsItsOwnTenantAndActor(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: the settings of a member's transaction, as SQL injected into it could read them
        OrganizationFixture acme = fixtures.organization("Copied Context Live");
        OrganizationFixture other = fixtures.organization("Copied Context Other");
        venue(acme, "Copied Stage");
        venue(other, "Other Stage");
        List<String> settings = acme.asOwner(tx -> tx.handle().createQuery("select current_setting('atlvs.tenant_id'), "
                        + "current_setting('atlvs.actor_id'), current_setting('atlvs.correlation_id'), current_setting('atlvs.context')")
                .map((row, ctx) -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4))).one());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            // when: they are written into another session
            setConfig(connection, "atlvs.tenant_id", settings.get(0));
            setConfig(connection, "atlvs.actor_id", settings.get(1));
            setConfig(connection, "atlvs.correlation_id", settings.get(2));
            setConfig(connection, "atlvs.context", settings.get(3));

            // then: they act as the member in its own organization (the MAC binds no session, so that shards can check
            // it), and as nobody once the tenant is changed
            assertThat(count(connection, "select count(*) from atlvs.locations")).isEqualTo(1);
            assertThat(text(connection, "select atlvs.current_actor()::text")).isEqualTo(acme.owner().id().toString());
            setConfig(connection, "atlvs.tenant_id", other.id());
            assertThat(count(connection, "select count(*) from atlvs.locations")).isZero();
            assertThat(text(connection, "select atlvs.current_actor()::text")).isNull();
            connection.rollback();
        }
    }

    @Test
    void aContextPastItsExpiryGivesNoTenant(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: two contexts made with the key, one expiring in a minute, one a second ago
        OrganizationFixture acme = fixtures.organization("Expired Context Live");
        venue(acme, "Expiring Stage");
        long now = Instant.now().getEpochSecond();

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            // when / then
            writeContext(connection, database.contextKey(), acme.id(), acme.owner().id(), now + 60);
            assertThat(count(connection, "select count(*) from atlvs.locations")).isEqualTo(1);
            writeContext(connection, database.contextKey(), acme.id(), acme.owner().id(), now - 1);
            assertThat(count(connection, "select count(*) from atlvs.locations")).isZero();
            connection.rollback();
        }
    }

    @Test
    void aContextMadeWithAKeyThatIsRetiredGivesNoTenantFromTheNextStatementOn(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: a second key, installed by the owner, and a context opened with it
        OrganizationFixture acme = fixtures.organization("Retired Key Live");
        venue(acme, "Retiring Stage");
        ContextKey second = ContextKey.generate("retiring");
        owner(database, "select atlvs.install_context_key(?, ?)", second);

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(second).tenant(connection, acme.id(), acme.owner().id());
            assertThat(count(connection, "select count(*) from atlvs.locations")).isEqualTo(1);

            // when
            try (Connection owner = database.ownerDataSource().getConnection();
                    PreparedStatement retire = owner.prepareStatement("select atlvs.retire_context_key(?)")) {
                retire.setString(1, second.id());
                retire.executeQuery().close();
            }

            // then
            assertThat(count(connection, "select count(*) from atlvs.locations")).isZero();
            connection.rollback();
        }
    }

    private static Location venue(OrganizationFixture organization, String name) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
    }

    /** Writes a context for {@code tenant} and {@code actor} expiring at {@code expiry} (Unix seconds), with its MAC made with {@code key}. */
    private static void writeContext(Connection connection, ContextKey key, UUID tenant, UUID actor, long expiry) throws SQLException {
        String context = new ContextProofs(key).context(ContextProofs.TENANT, tenant, actor, null, expiry);
        setConfig(connection, "atlvs.tenant_id", tenant);
        setConfig(connection, "atlvs.actor_id", actor);
        setConfig(connection, "atlvs.correlation_id", "");
        setConfig(connection, "atlvs.context", context);
    }

    /**
     * Writes {@code setting} for the rest of the transaction as raw SQL can: with {@code SET LOCAL}, which Citus sends
     * along to the shards once its propagation is on (the forger turns it on too; without Citus these settings are
     * mere placeholders), so that the shards see the forged value as well.
     */
    private static void setConfig(Connection connection, String setting, Object value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local citus.propagate_set_commands = 'local'");
            statement.execute("set local citus.allow_nested_distributed_execution = on");
            statement.execute("set local " + setting + " = '" + value.toString().replace("'", "''") + "'");
        }
    }

    private static void owner(TestDatabase database, String sql, ContextKey key) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key.id());
            statement.setBytes(2, key.secret());
            statement.executeQuery().close();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
