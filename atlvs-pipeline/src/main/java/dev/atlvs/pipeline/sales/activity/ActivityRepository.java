package dev.atlvs.pipeline.sales.activity;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The activities of the current organization's deals. */
public interface ActivityRepository extends Repository<Activity> {

    /**
     * The activities of a deal in the order they happened: each at its completion time, else its due time, else its
     * creation.
     */
    @SqlQuery("""
            select * from atlvs.pipeline_activities
             where organization_id = :organizationId and opportunity_id = :opportunityId
             order by coalesce(completed_at, due_at, created_at), created_at, id
            """)
    List<Activity> ofDeal(UUID opportunityId);

    /** The open activities (not completed, not stage changes) due before {@code before}, by due time. */
    @SqlQuery("""
            select * from atlvs.pipeline_activities
             where organization_id = :organizationId and not completed and type <> 'stage_change' and due_at < :before
             order by due_at, id
            """)
    List<Activity> openDueBefore(Instant before);

    /** The open activities of a member, by due time. */
    @SqlQuery("""
            select * from atlvs.pipeline_activities
             where organization_id = :organizationId and user_id = :userId and not completed and type <> 'stage_change'
             order by due_at nulls last, id
            """)
    List<Activity> openOf(UUID userId);
}
