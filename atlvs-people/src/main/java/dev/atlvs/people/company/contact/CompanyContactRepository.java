package dev.atlvs.people.company.contact;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The contacts of the current organization's companies. */
public interface CompanyContactRepository extends Repository<CompanyContact> {

    /** A company's contacts, the primary first, then by last and first name. */
    @SqlQuery("""
            select * from atlvs.company_contacts
             where organization_id = :organizationId and company_id = :companyId
             order by is_primary desc, last_name nulls first, first_name, id
            """)
    List<CompanyContact> ofCompany(UUID companyId);

    /** A company's primary contact, if it has one. */
    @SqlQuery("""
            select * from atlvs.company_contacts
             where organization_id = :organizationId and company_id = :companyId and is_primary
            """)
    Optional<CompanyContact> primaryOf(UUID companyId);

    /**
     * Whom to send a company's mail to: its active contacts with an e-mail address, the primary first. Inactive
     * contacts are left off.
     */
    @SqlQuery("""
            select * from atlvs.company_contacts
             where organization_id = :organizationId and company_id = :companyId and is_active and email is not null
             order by is_primary desc, last_name nulls first, first_name, id
            """)
    List<CompanyContact> distributionList(UUID companyId);
}
