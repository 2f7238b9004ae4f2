package dev.atlvs.people.certification;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The competencies of the people of the current organization. */
public interface PersonCompetencyRepository extends Repository<PersonCompetency> {

    /** The person's competencies, oldest first. */
    @SqlQuery("""
            select * from atlvs.person_competencies
             where organization_id = :organizationId and person_id = :personId
             order by created_at, id
            """)
    List<PersonCompetency> of(UUID personId);

    /** The competencies of any of {@code personIds}, by person. */
    @SqlQuery("""
            select * from atlvs.person_competencies
             where organization_id = :organizationId and person_id = any(:personIds)
             order by person_id, created_at, id
            """)
    List<PersonCompetency> ofPeople(UUID[] personIds);

    /** The person's level in one competency, if assessed. */
    @SqlQuery("""
            select * from atlvs.person_competencies
             where organization_id = :organizationId and person_id = :personId and competency_id = :competencyId
            """)
    Optional<PersonCompetency> find(UUID personId, UUID competencyId);
}
