package dev.atlvs.programming.accreditation;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The accreditation zones of the current organization. */
public interface AccreditationZoneRepository extends Repository<AccreditationZone> {

    /** The zones a crew role may enter at an event (its allowances for every event and for that one), by zone. */
    @SqlQuery("""
            select distinct zone from atlvs.accreditation_zones
             where organization_id = :organizationId and crew_role_id = :crewRoleId
               and (event_id is null or event_id = :eventId)
             order by zone
            """)
    List<String> zonesOf(UUID crewRoleId, UUID eventId);
}
