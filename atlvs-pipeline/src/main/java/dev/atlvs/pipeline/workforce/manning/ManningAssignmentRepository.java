package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The crew assignments of the current organization. */
public interface ManningAssignmentRepository extends Repository<ManningAssignment> {

    /** The assignments of a slot, live ones first, each group by creation. */
    @SqlQuery("""
            select * from atlvs.manning_assignments
             where organization_id = :organizationId and slot_id = :slotId
             order by case when status in ('assigned', 'confirmed', 'completed') then 0 else 1 end, created_at, id
            """)
    List<ManningAssignment> ofSlot(UUID slotId);

    /** The live assignments (assigned, confirmed, completed) of a project's slots that are not deleted. */
    @SqlQuery("""
            select a.* from atlvs.manning_assignments a
              join atlvs.manning_slots s on s.organization_id = a.organization_id and s.id = a.slot_id
             where a.organization_id = :organizationId and a.project_id = :projectId and s.deleted_at is null
               and a.status in ('assigned', 'confirmed', 'completed')
             order by s.needed_on, s.role_name, a.created_at, a.id
            """)
    List<ManningAssignment> liveOfProject(UUID projectId);

    /** The assignments of a person, by creation. */
    @SqlQuery("""
            select * from atlvs.manning_assignments
             where organization_id = :organizationId and person_id = :personId
             order by created_at, id
            """)
    List<ManningAssignment> ofPerson(UUID personId);
}
