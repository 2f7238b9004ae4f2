package dev.atlvs.core.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one place hierarchy: it never loops (also when two moves race, at every isolation level the SDK
 * offers), and it is walked up (ancestors) and down (live children).
 */
@AtlvsTest
class LocationHierarchyTest {

    @Test
    void aLocationCannotBeMovedInsideItsOwnChild(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Looping Venues");
        Location site = insert(acme, location(acme, "Festival Grounds", LocationType.SITE, null));
        Location building = insert(acme, location(acme, "Main Building", LocationType.BUILDING, site.id()));

        // when / then
        assertThatThrownBy(() -> update(acme, ImmutableLocation.copyOf(site).withParentId(building.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentId", "locations_parent_cycle")));
        assertThat(get(acme, site.id())).isEqualTo(site);
    }

    @Test
    void aLocationCannotBeMovedInsideADeeperDescendant(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Deep Loops");
        Location site = insert(acme, location(acme, "Harbour Site", LocationType.SITE, null));
        Location building = insert(acme, location(acme, "Warehouse 4", LocationType.BUILDING, site.id()));
        Location floor = insert(acme, location(acme, "Upper Floor", LocationType.FLOOR, building.id()));

        // when / then
        assertThatThrownBy(() -> update(acme, ImmutableLocation.copyOf(site).withParentId(floor.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("parentId"))
                        .extracting(FieldViolation::rule)
                        .containsExactly("locations_parent_cycle"));
    }

    @Test
    void aLocationCannotBeItsOwnParent() {
        UUID id = Ids.newId();
        assertThatThrownBy(() -> Location.builder().id(id).organizationId(Ids.newId()).name("Ouroboros").type(LocationType.ROOM)
                        .parentId(id).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentId", "locations_parent_check")));
    }

    @Test
    void ancestorsAreListedNearestFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Nested Places");
        Location site = insert(acme, location(acme, "Olympic Park", LocationType.SITE, null));
        Location building = insert(acme, location(acme, "Velodrome", LocationType.BUILDING, site.id()));
        Location floor = insert(acme, location(acme, "Level 2", LocationType.FLOOR, building.id()));
        Location room = insert(acme, location(acme, "Press Room", LocationType.ROOM, floor.id()));

        // when
        List<Location> ancestors = acme.asOwner(tx -> tx.repository(LocationRepository.class).ancestors(room.id()));
        List<Location> ofTheTop = acme.asOwner(tx -> tx.repository(LocationRepository.class).ancestors(site.id()));

        // then
        assertThat(ancestors).containsExactly(floor, building, site);
        assertThat(ofTheTop).isEmpty();
    }

    @Test
    void childrenListsOnlyLiveDirectChildrenByName(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Family Trees");
        Location site = insert(acme, location(acme, "Riverside", LocationType.SITE, null));
        Location tent = insert(acme, location(acme, "Tent", LocationType.AREA, site.id()));
        Location backstage = insert(acme, location(acme, "Backstage", LocationType.AREA, site.id()));
        Location gone = insert(acme, location(acme, "Car Park", LocationType.AREA, site.id()));
        insert(acme, location(acme, "Dressing Room", LocationType.ROOM, backstage.id()));
        acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(gone));

        // when
        List<Location> children = acme.asOwner(tx -> tx.repository(LocationRepository.class).children(site.id()));

        // then
        assertThat(children).containsExactly(backstage, tent);
    }

    @Test
    void deletingAParentLeavesItsChildrenWithoutParent(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Orphaned Rooms");
        Location building = insert(acme, location(acme, "Condemned Hall", LocationType.BUILDING, null));
        Location room = insert(acme, location(acme, "Surviving Room", LocationType.ROOM, building.id()));

        // when
        acme.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(building);
            return null;
        });

        // then
        assertThat(get(acme, room.id()).parentId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoMovesThatCloseALoopTogetherInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: two top-level places, each about to be moved under the other
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Crossed Moves " + isolation);
        Location north = insert(acme, location(acme, "North Field", LocationType.AREA, null));
        Location south = insert(acme, location(acme, "South Field", LocationType.AREA, null));

        // when: both transactions have begun before either writes
        List<Race.Outcome<Location>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(LocationRepository.class).update(ImmutableLocation.copyOf(north).withParentId(south.id()));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(LocationRepository.class).update(ImmutableLocation.copyOf(south).withParentId(north.id()));
                })));

        // then: one move commits, the other is refused as a loop, and the tree has no loop
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("locations_parent_cycle")));
        assertThat(List.of(get(acme, north.id()).parentId(), get(acme, south.id()).parentId()))
                .filteredOn(Optional::isPresent).hasSize(1);
    }

    private static Location location(OrganizationFixture organization, String name, LocationType type, UUID parentId) {
        return Location.builder().organizationId(organization.id()).name(name).type(type).parentId(Optional.ofNullable(parentId)).build();
    }

    private static Location insert(OrganizationFixture organization, Location location) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(location));
    }

    private static Location update(OrganizationFixture organization, Location location) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).update(location));
    }

    private static Location get(OrganizationFixture organization, UUID id) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).get(id));
    }
}
