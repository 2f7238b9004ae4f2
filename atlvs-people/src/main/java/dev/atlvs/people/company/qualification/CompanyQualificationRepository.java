package dev.atlvs.people.company.qualification;

import dev.atlvs.core.repository.Repository;
import dev.atlvs.people.company.qualification.internal.ExpiringQualificationMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The qualifications of the current organization's companies. */
public interface CompanyQualificationRepository extends Repository<CompanyQualification> {

    /** A company's qualifications, by type and expiry date. */
    @SqlQuery("""
            select * from atlvs.company_qualifications
             where organization_id = :organizationId and company_id = :companyId
             order by type, expiry_date nulls last, id
            """)
    List<CompanyQualification> ofCompany(UUID companyId);

    /** The active qualifications whose expiry date is before {@code date}: those {@link QualificationService#expireDue} moves. */
    @SqlQuery("""
            select * from atlvs.company_qualifications
             where organization_id = :organizationId and status = 'active' and expiry_date < :date
             order by expiry_date, id
            """)
    List<CompanyQualification> activePastExpiry(LocalDate date);

    /**
     * The qualifications of live companies expiring between {@code from} and {@code to} (inclusive), active or
     * suspended, by expiry date: holder, name, expiry date and status (an active one already past its expiry date on
     * {@code asOf} reads expired).
     */
    @SqlQuery("""
            select q.id, q.company_id as holder_id, c.name as holder_name, q.name, q.expiry_date,
                   case when q.status = 'active' and q.expiry_date < :asOf then 'expired' else q.status end as status
              from atlvs.company_qualifications q
              join atlvs.companies c on c.organization_id = q.organization_id and c.id = q.company_id
             where q.organization_id = :organizationId and q.status in ('active', 'suspended')
               and q.expiry_date between :from and :to and c.deleted_at is null
             order by q.expiry_date, c.name, q.id
            """)
    @RegisterRowMapper(ExpiringQualificationMapper.class)
    List<ExpiringQualification> expiringBetween(LocalDate from, LocalDate to, LocalDate asOf);
}
