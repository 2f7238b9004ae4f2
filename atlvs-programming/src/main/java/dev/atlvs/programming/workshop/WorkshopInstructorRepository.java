package dev.atlvs.programming.workshop;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The workshop instructors of the current organization. */
public interface WorkshopInstructorRepository extends Repository<WorkshopInstructor> {

    /** The instructors of a workshop, leads first. */
    @SqlQuery("""
            select * from atlvs.workshop_instructors
             where organization_id = :organizationId and workshop_id = :workshopId
             order by role desc, created_at, id
            """)
    List<WorkshopInstructor> ofWorkshop(UUID workshopId);
}
