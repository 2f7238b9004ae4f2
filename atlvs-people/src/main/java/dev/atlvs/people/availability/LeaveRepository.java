package dev.atlvs.people.availability;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The leave of the current organization's people. */
public interface LeaveRepository extends Repository<Leave> {

    /** A person's leave overlapping the days {@code from} to {@code to} inclusive, by first day. */
    @SqlQuery("""
            select * from atlvs.people_leave
             where organization_id = :organizationId and person_id = :personId
               and starts_on <= :to and ends_on >= :from
             order by starts_on, id
            """)
    List<Leave> ofPersonBetween(UUID personId, LocalDate from, LocalDate to);

    /** The requests waiting for a decision, oldest first. */
    @SqlQuery("""
            select * from atlvs.people_leave
             where organization_id = :organizationId and status = 'requested'
             order by starts_on, id
            """)
    List<Leave> pending();
}
