package dev.atlvs.programming.workshop;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The workshop registrations of the current organization. */
public interface WorkshopRegistrationRepository extends Repository<WorkshopRegistration> {

    /** The registrations of a workshop: seated ones by registration, then the waitlist in order, then cancelled ones. */
    @SqlQuery("""
            select * from atlvs.workshop_registrations
             where organization_id = :organizationId and workshop_id = :workshopId
             order by case status when 'waitlisted' then 1 when 'cancelled' then 2 else 0 end,
                      waitlist_position nulls first, registered_at, id
            """)
    List<WorkshopRegistration> ofWorkshop(UUID workshopId);
}
