package dev.atlvs.people.person;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The people of the current organization. */
public interface PersonRepository extends SoftDeleteRepository<Person> {

    /** The person with this e-mail address, ignoring case, among the people not deleted. */
    @SqlQuery("""
            select * from atlvs.people
             where organization_id = :organizationId and lower(email) = lower(:email) and deleted_at is null
            """)
    Optional<Person> findByEmail(String email);

    /** The person of a login user, if the user is one of the organization's people. */
    @SqlQuery("""
            select * from atlvs.people
             where organization_id = :organizationId and user_id = :userId
            """)
    Optional<Person> findByUser(UUID userId);

    /** The people not deleted in a status, by last and first name. */
    @SqlQuery("""
            select * from atlvs.people
             where organization_id = :organizationId and status = :status and deleted_at is null
             order by last_name nulls first, first_name, id
            """)
    List<Person> withStatus(PersonStatus status);

    /** The people a manager manages directly, by last and first name. */
    @SqlQuery("""
            select * from atlvs.people
             where organization_id = :organizationId and manager_id = :managerId and deleted_at is null
             order by last_name nulls first, first_name, id
            """)
    List<Person> reportsOf(UUID managerId);
}
