package dev.atlvs.people.personal;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The health records of the current organization's people. Every read is guarded: a row comes back only to the
 * person it is about and to holders of {@link dev.atlvs.people.PeoplePermissions#SAFETY_ACCESS}.
 */
public interface PersonHealthRecordRepository extends Repository<PersonHealthRecord> {

    /** The health record of a person, if one was recorded. */
    @SqlQuery("""
            select * from atlvs.person_health_records
             where organization_id = :organizationId and person_id = :personId
            """)
    Optional<PersonHealthRecord> findByPerson(UUID personId);
}
