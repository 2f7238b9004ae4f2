package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database opens a context only for a proof made with an installed, unretired context key over
 * exactly the values opened, on this session, issued within five minutes of its clock: a proof made
 * with another key, for another session, another tenant, or too long ago is refused as
 * {@code insufficient_privilege}, and the SDK reports the refusal as an access denial that names the
 * reason and never the key. Without a key of its own and without the owner's pool, the SDK says how to
 * configure one.
 */
@AtlvsTest
class ContextProofTest {

    @Test
    void aProofOverExactlyTheOpenedValuesOpensTheContext(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Sound Proof Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            long issued = now();
            begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                    proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued);
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select atlvs.current_tenant(), atlvs.current_actor()")) {
                row.next();
                assertThat(row.getObject(1)).isEqualTo(acme.id());
                assertThat(row.getObject(2)).isEqualTo(acme.owner().id());
            }
            connection.rollback();
        }
    }

    @Test
    void aProofMadeWithAnotherKeyIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Wrong Key Live");
        ContextProofs impostor = new ContextProofs(ContextKey.of("default", new byte[32]));

        long issued = now();
        assertThat(refusal(database, connection -> begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                impostor.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofForAnotherSessionIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Wrong Session Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection) + 1), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofForAnotherTenantIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Tampered Tenant Live");
        OrganizationFixture other = fixtures.organization("Tampered Tenant Other");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> begin(connection, "tenant", other.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofOfAPlatformOpeningDoesNotOpenATenantTransaction(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Kind Mixup Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.SYSTEM, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofIssuedTenMinutesAgoIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Stale Proof Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());
        long stale = now() - 600_000;

        assertThat(refusal(database, connection -> begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, stale, pid(connection)), stale)))
                .isEqualTo("the transaction context was refused: it was issued more than five minutes away from the database's clock");
    }

    @Test
    void aProofWithAKeyIdThatIsNotInstalledIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Unknown Key Live");
        ContextProofs proofs = new ContextProofs(ContextKey.generate("never-installed"));

        long issued = now();
        assertThat(refusal(database, connection -> begin(connection, "system", acme.id(), null, "never-installed",
                proofs.proof(ContextProofs.SYSTEM, acme.id(), null, null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its context key is not installed or is retired");
    }

    @Test
    void aValidProofForSomeoneWhoIsNoMemberOpensNoContext(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Outsider Proof Live");
        User outsider = fixtures.user();
        ContextProofs proofs = new ContextProofs(database.contextKey());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            String membership = proofs.beginTenant(connection, acme.id(), outsider.id(), null);

            assertThat(membership).isNull();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select atlvs.current_tenant(), atlvs.current_actor()")) {
                row.next();
                assertThat(row.getObject(1)).isNull();
                assertThat(row.getObject(2)).isNull();
            }
            connection.rollback();
        }
    }

    @Test
    void theSdkWithAnotherKeyIsDeniedWithTheDatabasesReasonAndNoSecret(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Misconfigured Key Live");
        ContextKey wrong = ContextKey.generate("default");
        Atlvs misconfigured = Atlvs.builder(database.appDataSource()).contextKey(wrong).strict(true).build();

        assertThatThrownBy(() -> misconfigured.inTenant(acme.id(), acme.owner().id(), TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONTEXT_REFUSED);
                    assertThat(e.getMessage()).contains("its proof does not match")
                            .doesNotContain(HexFormat.of().formatHex(wrong.secret()));
                });
    }

    @Test
    void theSdkWithoutAKeyOnTheRunTimePoolAloneSaysHowToConfigureOne(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Keyless Live");
        Atlvs keyless = Atlvs.builder(database.appDataSource()).strict(true).build();

        assertThatThrownBy(() -> keyless.inTenant(acme.id(), acme.owner().id(), TenantTransaction::organizationId))
                .isInstanceOfSatisfying(AtlvsException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONTEXT_KEY_MISSING);
                    assertThat(e.getMessage()).contains("Atlvs.Builder.contextKey", "Atlvs.Builder.migrateAs");
                });
    }

    @Test
    void theSdkReadsTheDatabasesKeyThroughTheOwnersPool(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Owner Pool Key Live");
        Atlvs atlvs = Atlvs.builder(database.appDataSource()).migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).strict(true).build();

        assertThat(atlvs.inTenant(acme.id(), acme.owner().id(), TenantTransaction::organizationId)).isEqualTo(acme.id());
    }

    @Test
    void migratingInstallsTheHostsKeyWhichThenOpensTransactions(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture acme = fixtures.organization("Host Key Live");
        ContextKey hostKey = ContextKey.generate();
        Atlvs atlvs = Atlvs.builder(database.appDataSource()).migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE)
                .contextKey(hostKey).strict(true).build();

        atlvs.migrate();
        atlvs.migrate();

        assertThat(atlvs.inTenant(acme.id(), acme.owner().id(), TenantTransaction::organizationId)).isEqualTo(acme.id());
    }

    @Test
    void aKeyIdIsNeverInstalledAgainWithAnotherSecret(TestDatabase database) {
        ContextKey first = ContextKey.generate("reused-id");
        ContextKey second = ContextKey.generate("reused-id");
        Atlvs.builder(database.appDataSource()).migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE).contextKey(first).build()
                .migrate();
        Atlvs reusing = Atlvs.builder(database.appDataSource()).migrateAs(database.ownerDataSource(), TestDatabases.APP_ROLE)
                .contextKey(second).build();

        assertThatThrownBy(reusing::migrate)
                .isInstanceOfSatisfying(AtlvsException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
                    assertThat(e.getMessage()).contains("reused-id").doesNotContain(HexFormat.of().formatHex(second.secret()));
                });
    }

    @FunctionalInterface
    private interface Opening {
        void open(Connection connection) throws SQLException;
    }

    /** The database's message refusing {@code opening}, made on a fresh run-time connection; fails if it is accepted. */
    private static String refusal(TestDatabase database, Opening opening) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                opening.open(connection);
            } catch (PSQLException refused) {
                assertThat(refused.getSQLState()).isEqualTo("42501");
                return refused.getServerErrorMessage().getMessage();
            } finally {
                connection.rollback();
            }
        }
        throw new AssertionError("the opening was accepted");
    }

    private static void begin(Connection connection, String kind, UUID tenant, UUID actor, String keyId, byte[] proof, long issuedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select atlvs.begin_" + kind + "_transaction(?, ?, ?, ?, ?, ?)")) {
            statement.setObject(1, tenant);
            statement.setObject(2, actor);
            statement.setObject(3, null, java.sql.Types.OTHER);
            statement.setString(4, keyId);
            statement.setObject(5, OffsetDateTime.ofInstant(Instant.ofEpochMilli(issuedAt), ZoneOffset.UTC));
            statement.setBytes(6, proof);
            statement.executeQuery().close();
        }
    }

    private static int pid(Connection connection) throws SQLException {
        return ContextProofs.backendPid(connection);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
