package dev.atlvs.core.profile;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Personnel profiles of the current organization. */
public interface UserProfileRepository extends Repository<UserProfile> {

    @SqlQuery("""
            select * from atlvs.user_profiles where organization_id = :organizationId and user_id = :userId
            """)
    Optional<UserProfile> findByUser(UUID userId);

    /** The profile with the organization's employee id {@code employeeId} (an encrypted column, found by its blind index). */
    default Optional<UserProfile> findByEmployeeId(String employeeId) {
        return findByBlindIndex("employee_id", employeeId).stream().findFirst();
    }

    /** The profiles of the people who report to {@code managerUserId}. */
    @SqlQuery("""
            select * from atlvs.user_profiles
             where organization_id = :organizationId and manager_user_id = :managerUserId
             order by id
            """)
    List<UserProfile> reportsOf(UUID managerUserId);
}
