package dev.atlvs.people.shortlist;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The shortlists of the current organization. */
public interface ShortlistRepository extends Repository<Shortlist> {

    /** The shortlists in a status, the ones needed soonest first (those without a date last). */
    @SqlQuery("""
            select * from atlvs.people_shortlists
             where organization_id = :organizationId and status = :status
             order by needed_by nulls last, name, id
            """)
    List<Shortlist> withStatus(ShortlistStatus status);

    /** The shortlists of a project, by name. */
    @SqlQuery("""
            select * from atlvs.people_shortlists
             where organization_id = :organizationId and project_id = :projectId
             order by name, id
            """)
    List<Shortlist> ofProject(UUID projectId);
}
