package dev.atlvs.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generic repository engine on a table with every kind of column (locations): insert, get,
 * update and delete, with the optimistic-locking version and the stamps the database maintains.
 */
@AtlvsTest
class RepositoryRoundTripTest {

    @Test
    void anInsertedRecordReadsBackEqualWithVersionOneAndTheActorsStamps(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Round Trip Live");
        Location venue = fullyPopulatedVenue(acme.id());

        // when
        Location inserted = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue));
        Location read = acme.asOwner(tx -> tx.repository(LocationRepository.class).get(venue.id()));

        // then
        assertThat(inserted.createdAt()).isPresent();
        assertThat(inserted).isEqualTo(ImmutableLocation.copyOf(venue)
                .withVersion(1)
                .withCreatedAt(inserted.createdAt().orElseThrow())
                .withCreatedBy(acme.owner().id())
                .withUpdatedAt(inserted.createdAt().orElseThrow())
                .withUpdatedBy(acme.owner().id()));
        assertThat(read).isEqualTo(inserted);
    }

    @Test
    void anUpdateBumpsTheVersionAndKeepsTheCreationStamps(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Version Bump Events");
        Location inserted = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(acme.id(), "Old Depot")));
        var editor = acme.addMember(MemberRole.MANAGER);

        // when
        Location updated = acme.as(editor, tx -> tx.repository(LocationRepository.class)
                .update(ImmutableLocation.copyOf(inserted).withName("New Depot").withCapacity(800)));

        // then
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.createdAt()).isEqualTo(inserted.createdAt());
        assertThat(updated.createdBy()).contains(acme.owner().id());
        assertThat(updated.updatedBy()).contains(editor.id());
        assertThat(updated.updatedAt().orElseThrow()).isAfterOrEqualTo(inserted.updatedAt().orElseThrow());
        assertThat(updated).isEqualTo(ImmutableLocation.copyOf(inserted)
                .withName("New Depot")
                .withCapacity(800)
                .withVersion(2)
                .withUpdatedAt(updated.updatedAt().orElseThrow())
                .withUpdatedBy(editor.id()));
        assertThat(Locations.get(acme, inserted.id())).isEqualTo(updated);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndWritesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Stale Copy Productions");
        Location original = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(acme.id(), "Arena")));
        Location current = acme.asOwner(tx -> tx.repository(LocationRepository.class)
                .update(ImmutableLocation.copyOf(original).withName("Arena North")));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class)
                        .update(ImmutableLocation.copyOf(original).withName("Arena South"))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.STALE_VERSION);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.field()).contains("version");
                });
        assertThat(Locations.get(acme, original.id())).isEqualTo(current);
    }

    @Test
    void aDeleteFromAStaleVersionIsRefusedAndKeepsTheRecord(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Careful Deletes Ltd");
        Location original = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(acme.id(), "Warehouse 9")));
        Location current = acme.asOwner(tx -> tx.repository(LocationRepository.class)
                .update(ImmutableLocation.copyOf(original).withCapacity(40)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(original);
            return null;
        })).isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.expectedVersion()).isEqualTo(1));
        assertThat(Locations.get(acme, original.id())).isEqualTo(current);
    }

    @Test
    void aDeleteWithTheCurrentVersionRemovesTheRecordForGood(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Clean Slate Shows");
        Location inserted = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(venue(acme.id(), "Pop-up Tent")));

        // when
        acme.asOwner(tx -> {
            tx.repository(LocationRepository.class).delete(inserted);
            return null;
        });

        // then
        assertThat(Locations.findIncludingDeleted(acme, inserted.id())).isEmpty();
    }

    @Test
    void gettingAnIdThatDoesNotExistIsNotFound(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Nowhere Venues");
        UUID missing = Ids.newId();

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).get(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.NOT_FOUND);
                    assertThat(e.entity()).isEqualTo("Location");
                });
        assertThat(Locations.find(acme, missing)).isEmpty();
    }

    @Test
    void updatingARecordThatDoesNotExistIsNotFoundRatherThanStale(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Phantom Updates");
        Location neverStored = ImmutableLocation.copyOf(venue(acme.id(), "Ghost Hall")).withVersion(1);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(LocationRepository.class).update(neverStored)))
                .isInstanceOf(NotFoundException.class);
    }

    static Location venue(UUID organizationId, String name) {
        return Location.builder().organizationId(organizationId).name(name).type(LocationType.VENUE).build();
    }

    private static Location fullyPopulatedVenue(UUID organizationId) {
        return Location.builder()
                .organizationId(organizationId)
                .name("Tempodrom")
                .type(LocationType.VENUE)
                .addressLine1("Möckernstraße 10")
                .addressLine2("Hall 2")
                .city("Berlin")
                .region("Berlin")
                .postalCode("10963")
                .country("DE")
                .latitude(new BigDecimal("52.501234"))
                .longitude(new BigDecimal("13.381234"))
                .timezone("Europe/Berlin")
                .capacity(3_800)
                .contact("Box office, +49 30 123456")
                .accessNotes("Load-in via the north gate")
                .notes("Curfew 23:00")
                .build();
    }




}
