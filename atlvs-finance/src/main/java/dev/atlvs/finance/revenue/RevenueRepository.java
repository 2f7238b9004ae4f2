package dev.atlvs.finance.revenue;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Revenue of the current organization. Status changes and recognition go through {@link RevenueService}. */
public interface RevenueRepository extends Repository<Revenue> {

    /** The revenue of a project, by recognition date. */
    @SqlQuery("""
            select * from atlvs.revenue
             where organization_id = :organizationId and project_id = :projectId
             order by recognition_date nulls last, id
            """)
    List<Revenue> ofProject(UUID projectId);
}
