package dev.atlvs.pipeline.workforce.manning;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The manning slots of the current organization. */
public interface ManningSlotRepository extends SoftDeleteRepository<ManningSlot> {

    /** The live slots of a project's crew plan, by day, role and shift. */
    @SqlQuery("""
            select * from atlvs.manning_slots
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by needed_on, role_name, starts_at, id
            """)
    List<ManningSlot> ofProject(UUID projectId);

    /** The live slots of a project's crew plan on the days {@code from} to {@code to} inclusive. */
    @SqlQuery("""
            select * from atlvs.manning_slots
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
               and needed_on between :from and :to
             order by needed_on, role_name, starts_at, id
            """)
    List<ManningSlot> ofProjectBetween(UUID projectId, LocalDate from, LocalDate to);
}
