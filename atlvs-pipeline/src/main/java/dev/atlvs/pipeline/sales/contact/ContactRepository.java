package dev.atlvs.pipeline.sales.contact;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The sales contacts of the current organization. */
public interface ContactRepository extends Repository<Contact> {

    /** The contacts of a company, by name. */
    @SqlQuery("""
            select * from atlvs.pipeline_contacts
             where organization_id = :organizationId and company_id = :companyId
             order by last_name, first_name, id
            """)
    List<Contact> ofCompany(UUID companyId);

    /** The contact of a company with {@code email}, ignoring case. */
    @SqlQuery("""
            select * from atlvs.pipeline_contacts
             where organization_id = :organizationId and company_id = :companyId and lower(email) = lower(:email)
            """)
    Optional<Contact> byEmail(UUID companyId, String email);

    /** The contact that reuses the company contact {@code companyContactId}, if one does. */
    @SqlQuery("""
            select * from atlvs.pipeline_contacts
             where organization_id = :organizationId and company_contact_id = :companyContactId
             order by created_at, id
             limit 1
            """)
    Optional<Contact> byCompanyContact(UUID companyContactId);
}
