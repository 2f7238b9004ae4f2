package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A transaction's repository runs the operations {@link Repository} declares on the engine directly; an interface that
 * redeclares one of them keeps its own declaration, and the operations it inherits still work beside it.
 */
@AtlvsTest
class RepositoryDispatchTest {

    /** Locations whose {@code get} is redeclared: it marks the name of what it reads. */
    public interface MarkingLocations extends Repository<Location> {
        @Override
        default Location get(UUID id) {
            Location found = find(id).orElseThrow();
            return ImmutableLocation.copyOf(found).withName(found.name() + " (redeclared)");
        }
    }

    @Test
    void aRedeclaredOperationRunsItsOwnBodyAndTheInheritedOnesRunBesideIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Dispatch Live");
        Location venue = Location.builder().organizationId(acme.id()).id(Ids.newId()).name("Dispatch Hall").type(LocationType.VENUE).build();

        // when: insert and find inherited, get redeclared
        Location inserted = acme.asOwner(tx -> tx.repository(MarkingLocations.class).insert(venue));
        Location found = acme.asOwner(tx -> tx.repository(MarkingLocations.class).find(venue.id()).orElseThrow());
        Location got = acme.asOwner(tx -> tx.repository(MarkingLocations.class).get(venue.id()));

        // then
        assertThat(inserted.version()).isEqualTo(1);
        assertThat(found.name()).isEqualTo("Dispatch Hall");
        assertThat(got.name()).isEqualTo("Dispatch Hall (redeclared)");
        String table = acme.asOwner(tx -> tx.repository(MarkingLocations.class).table().name());
        assertThat(table).isEqualTo("locations");
    }
}
