package dev.atlvs.core.permission;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Custom roles of the current organization. */
public interface CustomRoleRepository extends Repository<CustomRole> {

    @SqlQuery("""
            select * from atlvs.custom_roles where organization_id = :organizationId and name = :name
            """)
    Optional<CustomRole> findByName(String name);
}
