package dev.atlvs.programming.accreditation;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The passes of the current organization. */
public interface CredentialsPassRepository extends Repository<CredentialsPass> {

    /** The passes of an event, by start of validity. */
    @SqlQuery("""
            select * from atlvs.credentials_passes
             where organization_id = :organizationId and event_id = :eventId
             order by valid_from, id
            """)
    List<CredentialsPass> ofEvent(UUID eventId);

    /** The issued passes of an event that admit to {@code zone} at {@code at}, by start of validity. */
    @SqlQuery("""
            select * from atlvs.credentials_passes
             where organization_id = :organizationId and event_id = :eventId and status = 'issued'
               and zones @> array[cast(:zone as text)] and valid_from <= :at and valid_to > :at
             order by valid_from, id
            """)
    List<CredentialsPass> admittedTo(UUID eventId, String zone, Instant at);
}
