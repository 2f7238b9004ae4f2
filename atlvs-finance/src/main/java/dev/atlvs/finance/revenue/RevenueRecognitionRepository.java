package dev.atlvs.finance.revenue;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Recognition schedules of the current organization. */
public interface RevenueRecognitionRepository extends Repository<RevenueRecognition> {

    /** The schedule of a revenue, by date. */
    @SqlQuery("""
            select * from atlvs.revenue_recognitions
             where organization_id = :organizationId and revenue_id = :revenueId
             order by recognize_on
            """)
    List<RevenueRecognition> ofRevenue(UUID revenueId);

    /** The scheduled amounts due on or before {@code asOf}, of revenue that is not cancelled, by date. */
    @SqlQuery("""
            select s.* from atlvs.revenue_recognitions s
              join atlvs.revenue r on r.organization_id = s.organization_id and r.id = s.revenue_id
             where s.organization_id = :organizationId and r.organization_id = :organizationId
               and s.status = 'scheduled' and r.status <> 'cancelled' and s.recognize_on <= :asOf
             order by s.recognize_on, s.id
            """)
    List<RevenueRecognition> scheduledThrough(LocalDate asOf);

    /** Removes the amounts of a revenue's schedule that are not recognized yet. */
    @SqlUpdate("""
            delete from atlvs.revenue_recognitions
             where organization_id = :organizationId and revenue_id = :revenueId and status = 'scheduled'
            """)
    int deleteScheduled(UUID revenueId);
}
