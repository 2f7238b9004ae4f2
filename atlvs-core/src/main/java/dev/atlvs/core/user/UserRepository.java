package dev.atlvs.core.user;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Users. Inside a tenant transaction use {@link #members()} to list the users of the organization; the
 * platform API registers and looks up users across organizations.
 */
public interface UserRepository extends Repository<User> {

    /** Every user with a membership (any status) in the current organization, by display name. */
    @SqlQuery("""
            select u.*
              from atlvs.organization_members m
              join atlvs.users u on u.id = m.user_id
             where m.organization_id = :organizationId
             order by u.display_name, u.id
            """)
    List<User> members();
}
