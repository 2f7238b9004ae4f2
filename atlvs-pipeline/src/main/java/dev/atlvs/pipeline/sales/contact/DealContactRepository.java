package dev.atlvs.pipeline.sales.contact;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The contacts on the current organization's deals. */
public interface DealContactRepository extends Repository<DealContact> {

    /** The contacts of a deal, the primary first. */
    @SqlQuery("""
            select * from atlvs.opportunity_contacts
             where organization_id = :organizationId and opportunity_id = :opportunityId
             order by is_primary desc, created_at, id
            """)
    List<DealContact> ofDeal(UUID opportunityId);

    /** Contact {@code contactId} on deal {@code opportunityId}, if it is on it. */
    @SqlQuery("""
            select * from atlvs.opportunity_contacts
             where organization_id = :organizationId and opportunity_id = :opportunityId and contact_id = :contactId
            """)
    Optional<DealContact> of(UUID opportunityId, UUID contactId);

    /** The deals a contact is on. */
    @SqlQuery("""
            select * from atlvs.opportunity_contacts
             where organization_id = :organizationId and contact_id = :contactId
             order by created_at, id
            """)
    List<DealContact> ofContact(UUID contactId);
}
