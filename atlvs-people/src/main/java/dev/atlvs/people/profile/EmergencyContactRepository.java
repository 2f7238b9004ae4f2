package dev.atlvs.people.profile;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The emergency contacts of the current organization's people. Sensitive: read them through
 * {@link EmergencyContactService}, which checks that the actor is the person or holds {@code people.safety.access}.
 */
public interface EmergencyContactRepository extends Repository<EmergencyContact> {

    /** A person's contacts, the primary first, then by priority. */
    @SqlQuery("""
            select * from atlvs.emergency_contacts
             where organization_id = :organizationId and person_id = :personId
             order by is_primary desc, priority_level, created_at, id
            """)
    List<EmergencyContact> of(UUID personId);

    /** Of {@code personIds}, those with at least one verified contact. */
    @SqlQuery("""
            select distinct person_id from atlvs.emergency_contacts
             where organization_id = :organizationId and person_id = any(:personIds) and verification_status = 'verified'
            """)
    List<UUID> withVerifiedContact(UUID[] personIds);
}
