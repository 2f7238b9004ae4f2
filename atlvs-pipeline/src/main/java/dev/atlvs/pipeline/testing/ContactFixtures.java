package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.company.Company;
import dev.atlvs.pipeline.sales.contact.Contact;
import dev.atlvs.pipeline.sales.contact.ContactService;
import dev.atlvs.pipeline.sales.contact.DealContact;
import dev.atlvs.pipeline.sales.contact.DealRole;
import dev.atlvs.pipeline.sales.deal.Deal;
import java.util.Locale;

/** Fixture builders of sales contacts and the contacts of deals. */
public final class ContactFixtures {

    private ContactFixtures() {}

    /** A contact at {@code company}, with an email of the company's domain. */
    public static Contact contact(FixtureOrganization org, Company company, String firstName, String lastName) {
        requireNonNull(org, "org is null");
        String email = (firstName + "." + lastName).toLowerCase(Locale.ROOT) + "@" + company.id().toString().substring(0, 8) + ".example";
        return org.asOwner(tx -> new ContactService(tx).add(Contact.builder().organizationId(org.id()).companyId(company.id())
                .firstName(firstName).lastName(lastName).email(email).phone("+447700900123").dealRole(DealRole.INFLUENCER)
                .ownerUserId(org.owner().id()).build()));
    }

    /** {@code contact} put on {@code deal} in {@code role} (the deal's first contact is its primary one). */
    public static DealContact onDeal(FixtureOrganization org, Deal deal, Contact contact, DealRole role) {
        return org.asOwner(tx -> new ContactService(tx).addToDeal(deal.id(), contact.id(), role));
    }
}
