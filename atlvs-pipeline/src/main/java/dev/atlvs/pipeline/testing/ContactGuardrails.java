package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.pipeline.sales.contact.Contact;
import dev.atlvs.pipeline.sales.contact.ContactRepository;
import dev.atlvs.pipeline.sales.contact.ContactService;
import dev.atlvs.pipeline.sales.contact.DealContact;
import dev.atlvs.pipeline.sales.contact.DealContactRepository;
import dev.atlvs.pipeline.sales.contact.DealRole;
import dev.atlvs.pipeline.sales.contact.ImmutableContact;
import dev.atlvs.pipeline.sales.contact.ImmutableDealContact;
import dev.atlvs.pipeline.sales.deal.Deal;
import java.util.UUID;

/** Samples, mutations and rule probes of sales contacts and the contacts of deals. */
final class ContactGuardrails {

    private ContactGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("pipeline_contacts", org -> ContactFixtures.contact(org, client(org), "Ines", "Moreau").id(),
                        (org, id) -> org.asOwner(tx -> new ContactService(tx).update(ImmutableContact.copyOf(contacts(tx).get(id))
                                .withTitle("Head of partnerships"))))
                .table("opportunity_contacts", org -> {
                            Deal deal = SalesGuardrails.deal(org);
                            Contact contact = ContactFixtures.contact(org, client(org), "Ines", "Moreau");
                            return ContactFixtures.onDeal(org, deal, contact, DealRole.DECISION_MAKER).id();
                        },
                        (org, id) -> org.asOwner(tx -> new ContactService(tx).changeRole(onDeals(tx).get(id).opportunityId(),
                                onDeals(tx).get(id).contactId(), DealRole.CHAMPION)));

        builder
                .rule("opportunity_contacts_one_primary",
                        org -> twoContacts(org, false),
                        (tx, id) -> onDeals(tx).update(ImmutableDealContact.copyOf(onDeals(tx).get(id)).withIsPrimary(true)),
                        (tx, id) -> sql(tx, "update atlvs.opportunity_contacts set is_primary = true where id = :id", id))
                .rule("opportunity_contacts_primary_required",
                        org -> twoContacts(org, true),
                        (tx, id) -> {
                            DealContact primary = onDeals(tx).get(id);
                            new ContactService(tx).removeFromDeal(primary.opportunityId(), primary.contactId());
                        },
                        (tx, id) -> sql(tx, "update atlvs.opportunity_contacts set is_primary = false where id = :id", id));
    }

    /** A deal with two contacts; the id of its primary one ({@code primary}) or of the other. */
    private static UUID twoContacts(FixtureOrganization org, boolean primary) {
        Deal deal = SalesGuardrails.deal(org);
        Company company = client(org);
        DealContact first = ContactFixtures.onDeal(org, deal, ContactFixtures.contact(org, company, "Ines", "Moreau"),
                DealRole.DECISION_MAKER);
        DealContact second = ContactFixtures.onDeal(org, deal, ContactFixtures.contact(org, company, "Tom", "Okafor"),
                DealRole.CHAMPION);
        return primary ? first.id() : second.id();
    }

    private static Company client(FixtureOrganization org) {
        return CompanyFixtures.client(org, "Harbour Lights Promotions " + UUID.randomUUID().toString().substring(0, 8));
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static ContactRepository contacts(TenantTransaction tx) {
        return tx.repository(ContactRepository.class);
    }

    private static DealContactRepository onDeals(TenantTransaction tx) {
        return tx.repository(DealContactRepository.class);
    }
}
