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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            ProvedOpenings.begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                    proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued);
            assertContext(connection, acme.id(), acme.owner().id());
            connection.rollback();
        }
    }

    @Test
    void aProofMadeWithAnotherKeyIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Wrong Key Live");
        ContextProofs impostor = new ContextProofs(ContextKey.of("default", new byte[32]));

        long issued = now();
        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                impostor.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofForAnotherSessionIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Wrong Session Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection) + 1), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofForAnotherTenantIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Tampered Tenant Live");
        OrganizationFixture other = fixtures.organization("Tampered Tenant Other");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "tenant", other.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofOfAPlatformOpeningDoesNotOpenATenantTransaction(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Kind Mixup Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        long issued = now();
        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.SYSTEM, acme.id(), acme.owner().id(), null, issued, pid(connection)), issued)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aProofIssuedTenMinutesAgoIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Stale Proof Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());
        long stale = now() - 600_000;

        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "tenant", acme.id(), acme.owner().id(), "default",
                proofs.proof(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, stale, pid(connection)), stale)))
                .isEqualTo("the transaction context was refused: it was issued more than five minutes away from the database's clock");
    }

    @Test
    void aProofWithAKeyIdThatIsNotInstalledIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Unknown Key Live");
        ContextProofs proofs = new ContextProofs(ContextKey.generate("never-installed"));

        long issued = now();
        assertThat(refusal(database, connection -> ProvedOpenings.begin(connection, "system", acme.id(), null, "never-installed",
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
            assertContext(connection, null, null);
            connection.rollback();
        }
    }

    @Test
    void aSignedOpeningVerifiesTheContextItSetsEachTimeItsPreparedStatementRuns(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: one connection, so that the opening's statement is prepared once and then planned generically
        OrganizationFixture acme = fixtures.organization("Signed Opening Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            for (int opening = 1; opening <= 8; opening++) {
                // when
                String membership = proofs.beginTenant(connection, acme.id(), acme.owner().id(), null);

                // then: the membership is read under the context the same statement set, and that context verifies
                assertThat(membership).as("opening %d", opening).isEqualTo("active:owner");
                assertContext(connection, acme.id(), acme.owner().id());
                connection.commit();
            }
        }
    }

    @Test
    void aSignedContextVerifiesToTheEndOfItsTransactionPastItsExpiryAndInNoLaterTransaction(Fixtures fixtures, TestDatabase database)
            throws SQLException {
        // given: a context expiring two seconds from now at most, set in a transaction that has begun
        OrganizationFixture acme = fixtures.organization("Signed Expiry Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            String context = proofs.context(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, now() / 1000 + 2);
            setContext(connection, acme.id(), acme.owner().id(), context);
            assertThat(tenant(connection)).isEqualTo(acme.id());

            // when: the expiry passes while the transaction runs
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery("select pg_sleep(2.1)").close();
            }

            // then: the checks compare with the transaction's start, so the transaction keeps its tenant
            assertThat(tenant(connection)).isEqualTo(acme.id());
            connection.commit();

            // and a later transaction with the same settings has none
            setContext(connection, acme.id(), acme.owner().id(), context);
            assertThat(tenant(connection)).isNull();
            connection.rollback();
        }
    }

    @Test
    void aTenantOpeningWithAnotherSecretIsRefusedAsNotMatching(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Signed Wrong Key Live");
        ContextProofs impostor = new ContextProofs(ContextKey.of("default", new byte[32]));

        assertThat(refusal(database, connection -> impostor.beginTenant(connection, acme.id(), acme.owner().id(), null)))
                .isEqualTo("the transaction context was refused: its proof does not match");
    }

    @Test
    void aTenantOpeningWithAKeyIdThatIsNotInstalledIsRefused(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Signed Unknown Key Live");
        ContextProofs stranger = new ContextProofs(ContextKey.generate("never-installed"));

        assertThat(refusal(database, connection -> stranger.beginTenant(connection, acme.id(), acme.owner().id(), null)))
                .isEqualTo("the transaction context was refused: its context key is not installed or is retired");
    }

    @Test
    void settlingAnOpeningRefusesAContextThatDoesNotVerifyWithItsReason(Fixtures fixtures, TestDatabase database) throws SQLException {
        OrganizationFixture acme = fixtures.organization("Settled Refusal Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());
        long nowSeconds = now() / 1000;

        assertThat(refusal(database, connection -> settle(connection, "now()")))
                .isEqualTo("the transaction context was refused: none is set");
        assertThat(refusal(database, connection -> {
            setContext(connection, acme.id(), acme.owner().id(), proofs.context(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, nowSeconds - 1));
            settle(connection, "now()");
        })).isEqualTo("the transaction context was refused: it has expired");
        assertThat(refusal(database, connection -> {
            // signed for another actor than the settings name
            setContext(connection, acme.id(), acme.owner().id(), proofs.context(ContextProofs.TENANT, acme.id(), UUID.randomUUID(), null, nowSeconds + 60));
            settle(connection, "now()");
        })).isEqualTo("the transaction context was refused: its proof does not match");
        assertThat(refusal(database, connection -> {
            setContext(connection, acme.id(), acme.owner().id(), proofs.context(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, nowSeconds + 3600));
            settle(connection, "now() - interval '10 minutes'");
        })).isEqualTo("the transaction context was refused: it was issued more than five minutes away from the database's clock");
        assertThat(refusal(database, connection -> {
            // signed by a host whose clock is fifteen minutes behind: expired on arrival, refused for the clock
            setContext(connection, acme.id(), acme.owner().id(), proofs.context(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, nowSeconds - 300));
            settle(connection, "now() - interval '15 minutes'");
        })).isEqualTo("the transaction context was refused: it was issued more than five minutes away from the database's clock");
    }

    @Test
    void settlingAnOpeningClearsAContextThatVerifies(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given: a verified context, as a signed opening leaves it before it reads a membership that is not active
        OrganizationFixture acme = fixtures.organization("Settled Close Live");
        ContextProofs proofs = new ContextProofs(database.contextKey());

        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            setContext(connection, acme.id(), acme.owner().id(),
                    proofs.context(ContextProofs.TENANT, acme.id(), acme.owner().id(), null, now() / 1000 + 3600));
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select atlvs.current_tenant()")) {
                row.next();
                assertThat(row.getObject(1)).isEqualTo(acme.id());
            }

            // when
            settle(connection, "now()");

            // then
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select atlvs.current_tenant(), current_setting('atlvs.context')")) {
                row.next();
                assertThat(row.getObject(1)).isNull();
                assertThat(row.getString(2)).isEmpty();
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

    /** Sets the context's settings as raw SQL of the run-time role can (on Citus too, through its propagation). */
    private static void setContext(Connection connection, UUID tenant, UUID actor, String context) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local citus.propagate_set_commands = 'local'");
            statement.execute("set local citus.allow_nested_distributed_execution = on");
            statement.execute("set local atlvs.tenant_id = '" + tenant + "'");
            statement.execute("set local atlvs.actor_id = '" + actor + "'");
            statement.execute("set local atlvs.correlation_id = ''");
            statement.execute("set local atlvs.context = '" + context + "'");
        }
    }

    /** Asserts the verified tenant and actor of the transaction on {@code connection} (null for none). */
    private static void assertContext(Connection connection, UUID tenant, UUID actor) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select atlvs.current_tenant(), atlvs.current_actor()")) {
            row.next();
            assertThat(row.getObject(1)).isEqualTo(tenant);
            assertThat(row.getObject(2)).isEqualTo(actor);
        }
    }

    private static Object tenant(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select atlvs.current_tenant()")) {
            row.next();
            return row.getObject(1);
        }
    }

    private static void settle(Connection connection, String issuedAt) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("select atlvs.settle_tenant_opening(" + issuedAt + ")").close();
        }
    }

    private static int pid(Connection connection) throws SQLException {
        return ContextProofs.backendPid(connection);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
