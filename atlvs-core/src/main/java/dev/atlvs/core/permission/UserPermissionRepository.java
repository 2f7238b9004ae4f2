package dev.atlvs.core.permission;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Direct permission grants of the current organization. */
public interface UserPermissionRepository extends Repository<UserPermission> {

    /** Every grant of {@code userId}, expired or not. */
    @SqlQuery("""
            select * from atlvs.user_permissions where organization_id = :organizationId and user_id = :userId order by permission, id
            """)
    List<UserPermission> ofUser(UUID userId);
}
