package com.example.festival;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The application's own table ({@code festival.stages}, migrated by Boot's Flyway) beside the SDK's: a stage stands
 * at a venue that the SDK stores for the organization.
 */
@Service
public class Stages {

    private final Atlvs atlvs;
    private final JdbcTemplate jdbc;

    public Stages(Atlvs atlvs, JdbcTemplate jdbc) {
        this.atlvs = atlvs;
        this.jdbc = jdbc;
    }

    /** Stores a venue in the organization's tenant transaction, then a stage there in the application's table. */
    public UUID open(UUID organizationId, UUID userId, String venue, String stage) {
        Location location = atlvs.inTenant(organizationId, userId, tx -> tx.repository(LocationRepository.class)
                .insert(Location.builder().organizationId(organizationId).name(venue).type(LocationType.SITE)
                        .city("Oslo").country("NO").build()));
        UUID id = UUID.randomUUID();
        jdbc.update("insert into festival.stages (organization_id, id, location_id, name) values (?, ?, ?, ?)",
                organizationId, id, location.id(), stage);
        return location.id();
    }

    /** The name of the venue {@code locationId}, read back in the organization's tenant transaction. */
    public String venueName(UUID organizationId, UUID userId, UUID locationId) {
        return atlvs.inTenant(organizationId, userId, tx -> tx.repository(LocationRepository.class).get(locationId).name());
    }
}
