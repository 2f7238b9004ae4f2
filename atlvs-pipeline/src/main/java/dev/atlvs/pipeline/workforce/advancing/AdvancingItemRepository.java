package dev.atlvs.pipeline.workforce.advancing;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The advancing items of the current organization. */
public interface AdvancingItemRepository extends SoftDeleteRepository<AdvancingItem> {

    /** The live items of a project, by category then checklist order. */
    @SqlQuery("""
            select * from atlvs.advancing_items
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by category, sort_order, title, id
            """)
    List<AdvancingItem> ofProject(UUID projectId);
}
