package dev.atlvs.people.competency;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The competencies of the current organization's skills taxonomy. */
public interface CompetencyRepository extends Repository<Competency> {

    /** The competency with this name, ignoring case. */
    @SqlQuery("""
            select * from atlvs.people_competencies
             where organization_id = :organizationId and lower(name) = lower(:name)
            """)
    Optional<Competency> findByName(String name);

    /** Every competency, by category and name. */
    @SqlQuery("""
            select * from atlvs.people_competencies
             where organization_id = :organizationId
             order by category nulls last, lower(name), id
            """)
    List<Competency> all();
}
