package dev.atlvs.people.personal;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The identity, tax and bank details of the current organization's people. Every read is guarded: a row comes back
 * only to the person it is about and to holders of {@link dev.atlvs.people.PeoplePermissions#PERSONAL_ACCESS};
 * anybody else gets an {@link dev.atlvs.core.error.AccessDeniedException}.
 */
public interface PersonProfileRepository extends Repository<PersonProfile> {

    /** The profile of a person, if one was recorded. */
    @SqlQuery("""
            select * from atlvs.person_profiles
             where organization_id = :organizationId and person_id = :personId
            """)
    Optional<PersonProfile> findByPerson(UUID personId);

    /** The profiles holding this passport number (an encrypted column, found by its blind index). */
    default List<PersonProfile> findByPassportNumber(String passportNumber) {
        return findByBlindIndex("passport_number", passportNumber);
    }

    /** The profiles holding this tax id (an encrypted column, found by its blind index). */
    default List<PersonProfile> findByTaxId(String taxId) {
        return findByBlindIndex("tax_id", taxId);
    }
}
