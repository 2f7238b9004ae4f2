package dev.atlvs.programming.rider;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The riders of the current organization. */
public interface RiderRepository extends SoftDeleteRepository<Rider> {

    /** The live riders of an event, by title. */
    @SqlQuery("""
            select * from atlvs.riders
             where organization_id = :organizationId and event_id = :eventId and deleted_at is null
             order by title, id
            """)
    List<Rider> ofEvent(UUID eventId);

    /** The live riders of a project, by deadline (riders without one last). */
    @SqlQuery("""
            select * from atlvs.riders
             where organization_id = :organizationId and project_id = :projectId and deleted_at is null
             order by deadline nulls last, title, id
            """)
    List<Rider> ofProject(UUID projectId);

    /** The highest budget line revision the riders' roll-ups wrote into {@code budgetId} . */
    @SqlQuery("""
            select coalesce(max(budget_line_revision), 0) from atlvs.riders
             where organization_id = :organizationId and budget_id = :budgetId
            """)
    int lastRevisionIn(UUID budgetId);

    /** The riders, deleted ones included, that count an amount in budget {@code budgetId}. */
    @SqlQuery("""
            select * from atlvs.riders
             where organization_id = :organizationId and budget_id = :budgetId and rolled_up_amount > 0
             order by id
            """)
    List<Rider> rolledUpIn(UUID budgetId);
}
