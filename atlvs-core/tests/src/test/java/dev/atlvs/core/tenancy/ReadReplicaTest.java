package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Read-only work ({@code Atlvs.readInTenant}) runs in a read-only tenant transaction, on the read replica when one is
 * configured. The replica here is a second pool on the same database that names itself {@code atlvs-replica}, so the
 * tests can tell which pool a transaction ran on.
 */
@AtlvsTest
class ReadReplicaTest {

    @Test
    void readOnlyWorkRunsOnTheReplicaAndEverythingElseOnThePrimary(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Replica Reader Live");
        Atlvs atlvs = database.atlvsBuilder().readReplica(replica(database)).build();

        // when
        String reading = atlvs.readInTenant(acme.id(), acme.owner().id(), tx -> applicationName(tx));
        String writing = atlvs.inTenant(acme.id(), acme.owner().id(), tx -> applicationName(tx));

        // then
        assertThat(atlvs.hasReadReplica()).isTrue();
        assertThat(reading).isEqualTo("atlvs-replica");
        assertThat(writing).isNotEqualTo("atlvs-replica");
    }

    @Test
    void onTheReplicaTheTenantSeesOnlyItsOwnRows(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Replica Own Rows Live");
        OrganizationFixture other = fixtures.organization("Replica Other Rows Live");
        venue(acme, "Acme Hall");
        venue(other, "Other Hall");
        Atlvs atlvs = database.atlvsBuilder().readReplica(replica(database)).build();

        // when
        List<String> names = atlvs.readInTenant(acme.id(), acme.owner().id(), tx -> tx.handle()
                .createQuery("select name from atlvs.locations order by name").mapTo(String.class).list());

        // then
        assertThat(names).containsExactly("Acme Hall");
    }

    @Test
    void aNonMemberIsRefusedOnTheReplica(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Replica Stranger Live");
        Atlvs atlvs = database.atlvsBuilder().readReplica(replica(database)).build();

        // when / then
        assertThatThrownBy(() -> atlvs.readInTenant(acme.id(), fixtures.user().id(), tx -> 1))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_A_MEMBER));
    }

    @Test
    void aWriteInReadOnlyWorkIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Read Only Live");
        Atlvs atlvs = database.atlvsBuilder().build();

        // when
        var write = (org.assertj.core.api.ThrowableAssert.ThrowingCallable) () -> atlvs.readInTenant(acme.id(), acme.owner().id(),
                tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                        .organizationId(acme.id()).name("Written While Reading").type(LocationType.VENUE).build()));

        // then
        assertThat(atlvs.hasReadReplica()).isFalse();
        assertThatThrownBy(write).isInstanceOfSatisfying(AtlvsException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.READ_ONLY_TRANSACTION));
        long count = acme.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.locations").mapTo(Long.class).one());
        assertThat(count).isZero();
    }

    private static String applicationName(dev.atlvs.core.TenantTransaction tx) {
        return tx.handle().createQuery("select current_setting('application_name')").mapTo(String.class).one();
    }

    private static void venue(OrganizationFixture organization, String name) {
        organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
    }

    /** A pool that plays the replica: the same database, as the run-time role, under another application name. */
    private static PGSimpleDataSource replica(TestDatabase database) {
        PGSimpleDataSource replica = new PGSimpleDataSource();
        replica.setURL(database.jdbcUrl());
        replica.setUser(database.appCredentials().user());
        replica.setPassword(database.appCredentials().password());
        replica.setApplicationName("atlvs-replica");
        return replica;
    }
}
