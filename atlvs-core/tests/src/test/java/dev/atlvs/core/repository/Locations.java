package dev.atlvs.core.repository;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.testing.OrganizationFixture;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of an organization's locations, each in a transaction of its own as the owner. */
final class Locations {
    private Locations() {}

    static Location get(OrganizationFixture organization, UUID id) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).get(id));
    }

    static Optional<Location> find(OrganizationFixture organization, UUID id) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).find(id));
    }

    static Optional<Location> findIncludingDeleted(OrganizationFixture organization, UUID id) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).findIncludingDeleted(id));
    }

    static List<Location> items(OrganizationFixture organization, PageRequest request) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).page(request).items());
    }
}
