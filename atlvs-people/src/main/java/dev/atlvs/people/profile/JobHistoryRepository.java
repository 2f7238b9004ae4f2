package dev.atlvs.people.profile;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The job histories of the current organization's people. */
public interface JobHistoryRepository extends Repository<JobHistoryEntry> {

    /** A person's history, current and latest entries first. */
    @SqlQuery("""
            select * from atlvs.job_history
             where organization_id = :organizationId and person_id = :personId
             order by is_current desc, coalesce(end_date, start_date) desc, start_date desc, id
            """)
    List<JobHistoryEntry> of(UUID personId);
}
