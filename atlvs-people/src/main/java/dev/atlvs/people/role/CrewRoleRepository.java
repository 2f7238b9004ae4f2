package dev.atlvs.people.role;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The crew roles of the current organization. */
public interface CrewRoleRepository extends Repository<CrewRole> {

    /** The role with this name, ignoring case. */
    @SqlQuery("""
            select * from atlvs.people_roles
             where organization_id = :organizationId and lower(name) = lower(:name)
            """)
    Optional<CrewRole> findByName(String name);

    /** The active roles, by name. */
    @SqlQuery("""
            select * from atlvs.people_roles
             where organization_id = :organizationId and status = 'active'
             order by lower(name), id
            """)
    List<CrewRole> active();
}
