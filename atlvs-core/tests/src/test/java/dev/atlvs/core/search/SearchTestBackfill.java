package dev.atlvs.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registering a source indexes the records its table holds already. In a class of its own: it takes the trigger off
 * the locations of its database (each test class gets a fresh one) to have records that were never indexed.
 */
@AtlvsTest
class SearchTestBackfill {

    @Test
    void registeringASourceIndexesTheLiveRecordsItHoldsAlready(Fixtures fixtures, TestDatabase database) throws Exception {
        OrganizationFixture org = fixtures.organization("Backfilled Venues");
        execute(database, "drop trigger index_search_document on atlvs.locations");
        UUID arena = insert(org, "Old Arena").id();
        Location depot = insert(org, "Old Depot");
        UUID demolished = org.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(depot).id());
        assertThat(hits(org, "old")).isEmpty();

        execute(database, """
                select atlvs.register_search_source('atlvs.locations', 'location', array['name'], array['city', 'region', 'country'],
                                                    array['address_line1', 'address_line2', 'postal_code', 'notes'], 'deleted_at')
                """);

        assertThat(hits(org, "old")).extracting(SearchHit::id)
                .containsExactly(arena).doesNotContain(demolished);
        UUID later = insert(org, "Old Barn").id();
        assertThat(hits(org, "old barn")).extracting(SearchHit::id).startsWith(later);
    }

    private static java.util.List<SearchHit> hits(OrganizationFixture org, String text) {
        SearchPage page = org.asOwner(tx -> tx.search().query(SearchQuery.of(text)));
        return page.hits();
    }

    private static Location insert(OrganizationFixture org, String name) {
        return org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(LocationType.VENUE).build()));
    }

    private static void execute(TestDatabase database, String sql) throws Exception {
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
