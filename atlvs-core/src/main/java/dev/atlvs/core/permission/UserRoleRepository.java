package dev.atlvs.core.permission;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Custom-role assignments of the current organization. */
public interface UserRoleRepository extends Repository<UserRole> {

    /** Every assignment of {@code userId}, expired or not. */
    @SqlQuery("""
            select * from atlvs.user_roles where organization_id = :organizationId and user_id = :userId order by granted_at, id
            """)
    List<UserRole> ofUser(UUID userId);
}
