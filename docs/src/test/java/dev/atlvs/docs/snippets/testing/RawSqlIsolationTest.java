package dev.atlvs.docs.snippets.testing;

// tag::testing-database[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RawSqlIsolationTest {
    static TestDatabase database;
    static Fixtures fixtures;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.shared().create(RawSqlIsolationTest.class);   // a clone of the migrated template
        fixtures = new Fixtures(database.atlvsBuilder().build());              // the SDK over the run-time role
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void rawSqlInAnotherTenantsContextSeesNoneOfItsRows() throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("Acme Live");
        OrganizationFixture rival = fixtures.organization("Rival Events");
        acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder().organizationId(acme.id())
                .name("Harbour Field").type(LocationType.SITE).build()));

        // when
        long seen;
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).tenant(connection, rival.id(), rival.owner().id());
            try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from atlvs.locations")) {
                rows.next();
                seen = rows.getLong(1);
            }
            connection.rollback();
        }

        // then
        assertThat(seen).isZero();
    }
}
// end::testing-database[]
