package dev.atlvs.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Properties of the search over generated names. */
@AtlvsTest
class SearchTestProperties {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèüöäçñøå";

    private OrganizationFixture org;

    @BeforeEach
    void organization(Fixtures fixtures) {
        if (org == null) {
            org = fixtures.organization("Generated Venues");
        }
    }

    @PropertyTest(tries = 60)
    void everyIndexedRecordIsTheBestHitOfItsExactTitle(Gen gen) {
        String name = String.join(" ", gen.listOf(1, 3, () -> gen.string(LETTERS, 2, 12)));
        Location location = org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(org.id()).name(name).type(gen.oneOf(LocationType.class)).build()));

        List<SearchHit> hits = org.asOwner(tx -> tx.search().query(SearchQuery.of(name).limit(100))).hits();

        assertThat(hits).extracting(SearchHit::id).contains(location.id());
        double best = hits.get(0).rank();
        assertThat(hits).filteredOn(hit -> hit.id().equals(location.id())).singleElement()
                .satisfies(hit -> assertThat(hit.rank()).isEqualTo(best));
    }
}
