package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.UUID;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Soft delete and restore of the generic engine, on locations. */
@AtlvsTest
class SoftDeleteTest {

    @Test
    void aSoftDeletedRecordIsHiddenFromGetFindAndPages(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Hidden Rooms");
        Location kept = insert(acme, "Green Room");
        Location doomed = insert(acme, "Storage Closet");

        // when
        Location deleted = acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(doomed));

        // then
        assertThat(deleted.deletedAt()).isPresent();
        assertThat(deleted.version()).isEqualTo(2);
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).get(doomed.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(Locations.find(acme, doomed.id())).isEmpty();
        assertThat(Locations.items(acme, PageRequest.first()))
                .containsExactly(kept);
    }

    @Test
    void aSoftDeletedRecordIsStillFoundWhenDeletedOnesAreAskedFor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Archive Hunters");
        Location kept = insert(acme, "Main Hall");
        Location insertedDeleted = insert(acme, "Old Barn");

        Location deleted = acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(insertedDeleted));

        // when / then
        assertThat(Locations.findIncludingDeleted(acme, deleted.id())).contains(deleted);
        assertThat(Locations.items(acme, PageRequest.first().includeDeleted()))
                .containsExactly(kept, deleted);
    }

    @Test
    void aRestoredRecordIsLiveAgain(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Second Chances");
        Location original = insert(acme, "Rooftop");
        Location deleted = acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(original));

        // when
        Location restored = acme.asOwner(tx -> tx.repository(LocationRepository.class).restore(deleted));

        // then
        assertThat(restored).isEqualTo(ImmutableLocation.copyOf(original)
                .withVersion(3)
                .withUpdatedAt(restored.updatedAt().orElseThrow()));
        assertThat(Locations.get(acme, original.id())).isEqualTo(restored);
    }

    @Test
    void softDeletingARecordTwiceIsAConflict(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Tap Events");
        Location insertedDeleted = insert(acme, "Tent");

        Location deleted = acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(insertedDeleted));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(deleted)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e).isNotInstanceOf(StaleVersionException.class);
                    assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.field()).contains("deletedAt");
                });
        assertThat(Locations.findIncludingDeleted(acme, deleted.id())).contains(deleted);
    }

    @Test
    void restoringALiveRecordIsAConflict(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Never Gone Ltd");
        Location live = insert(acme, "Lobby");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).restore(live)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION));
    }

    @Test
    void softDeletingFromAStaleVersionIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Stale Deletes");
        Location original = insert(acme, "Loading Dock");
        Location current = acme.asOwner(tx -> tx.repository(LocationRepository.class)
                .update(ImmutableLocation.copyOf(original).withCapacity(12)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(original)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(Locations.get(acme, original.id())).isEqualTo(current);
    }

    @Test
    void aSoftDeletedRecordCannotBeUpdated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Frozen Records");
        Location insertedDeleted = insert(acme, "Cellar");

        Location deleted = acme.asOwner(tx -> tx.repository(LocationRepository.class).softDelete(insertedDeleted));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class)
                        .update(ImmutableLocation.copyOf(deleted).withName("Wine Cellar"))))
                .isInstanceOf(NotFoundException.class);
    }

    private static Location insert(OrganizationFixture organization, String name) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.ROOM).build()));
    }




}
