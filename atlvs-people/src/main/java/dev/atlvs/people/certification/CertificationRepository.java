package dev.atlvs.people.certification;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The certifications of the current organization's people. Reads return the stored status; an active row past its
 * expiry date reads as expired through {@link Certification#effectiveStatus(LocalDate)} until {@link CertificationService#expirePast} stores it.
 */
public interface CertificationRepository extends Repository<Certification> {

    /** A person's certifications, the latest expiry first (without expiry last). */
    @SqlQuery("""
            select * from atlvs.certifications
             where organization_id = :organizationId and person_id = :personId
             order by expiry_date desc nulls last, name, id
            """)
    List<Certification> of(UUID personId);

    /** The certifications of some people, by person and name. */
    @SqlQuery("""
            select * from atlvs.certifications
             where organization_id = :organizationId and person_id = any(:personIds)
             order by person_id, name, id
            """)
    List<Certification> ofPeople(UUID[] personIds);

    /** The stored-active certifications still valid on {@code day} that expire on or before {@code through}. */
    @SqlQuery("""
            select * from atlvs.certifications
             where organization_id = :organizationId and status = 'active'
               and expiry_date >= :day and expiry_date <= :through
             order by expiry_date, id
            """)
    List<Certification> expiringBetween(LocalDate day, LocalDate through);

    /** The stored-active certifications whose expiry date is before {@code day}. */
    @SqlQuery("""
            select * from atlvs.certifications
             where organization_id = :organizationId and status = 'active' and expiry_date < :day
             order by id
            """)
    List<Certification> pastExpiry(LocalDate day);
}
