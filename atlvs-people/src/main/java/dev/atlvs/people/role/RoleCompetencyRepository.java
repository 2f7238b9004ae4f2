package dev.atlvs.people.role;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The competencies the crew roles of the current organization require. */
public interface RoleCompetencyRepository extends Repository<RoleCompetency> {

    /** What a role requires, in the order the requirements were added. */
    @SqlQuery("""
            select * from atlvs.role_competencies
             where organization_id = :organizationId and role_id = :roleId
             order by id
            """)
    List<RoleCompetency> ofRole(UUID roleId);
}
