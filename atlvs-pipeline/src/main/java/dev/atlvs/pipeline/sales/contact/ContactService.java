package dev.atlvs.pipeline.sales.contact;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.people.company.contact.CompanyContact;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.deal.DealRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales contacts and the contacts of deals: adding and changing contacts, putting them on deals with their role in the
 * deal, choosing the primary contact and taking contacts off. The first contact put on a deal becomes its primary one;
 * the primary contact moves with {@link #makePrimary} (the previous one gives way in the same transaction); the primary
 * contact is taken off only when another takes its place or it is the deal's last contact.
 *
 * <pre>{@code
 * ContactService contacts = new ContactService(tx);
 * Contact promoter = contacts.add(Contact.builder().organizationId(tx.organizationId()).companyId(client.id())
 *         .firstName("Ines").lastName("Moreau").email("ines@harbourlights.example").dealRole(DealRole.DECISION_MAKER).build());
 * contacts.addToDeal(deal.id(), promoter.id(), DealRole.DECISION_MAKER);   // the deal's primary contact
 * contacts.makePrimary(deal.id(), champion.id());
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#CONTACTS_UPDATE} for changes, {@link PipelinePermissions#CONTACTS_READ} for
 * reads.
 */
public final class ContactService {

    private final TenantTransaction tx;

    public ContactService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private ContactRepository contacts() {
        return tx.repository(ContactRepository.class);
    }

    private DealContactRepository onDeals() {
        return tx.repository(DealContactRepository.class);
    }

    /**
     * Adds a contact.
     *
     * @throws dev.atlvs.core.error.DuplicateException (constraint {@code pipeline_contacts_email_unique}) when the
     *         company has a contact with that email
     */
    public Contact add(Contact contact) {
        requireNonNull(contact, "contact is null");
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        return contacts().insert(contact);
    }

    /**
     * The sales contact of a person the client company already keeps as its contact ({@code company_contacts}): the one
     * that reuses that record, or a new one with the company, names, title, email and phone copied from it and linked to
     * it ({@link Contact#companyContactId()}).
     */
    public Contact fromCompanyContact(CompanyContact companyContact, DealRole role) {
        requireNonNull(companyContact, "companyContact is null");
        requireNonNull(role, "role is null");
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        Optional<Contact> existing = contacts().byCompanyContact(companyContact.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        return contacts().insert(Contact.builder().organizationId(tx.organizationId()).companyId(companyContact.companyId())
                .companyContactId(companyContact.id()).firstName(companyContact.firstName()).lastName(companyContact.lastName())
                .title(companyContact.title()).email(companyContact.email()).phone(companyContact.phone()).dealRole(role).build());
    }

    /** Changes a contact. */
    public Contact update(Contact contact) {
        requireNonNull(contact, "contact is null");
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        return contacts().update(contact);
    }

    /** Removes a contact from the organization and from every deal it is on (those deals keep a primary contact). */
    public void remove(UUID contactId) {
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        for (DealContact on : onDeals().ofContact(contactId)) {
            takeOff(on);
        }
        contacts().delete(contacts().get(contactId));
    }

    /** The contact. */
    public Contact get(UUID contactId) {
        tx.require(PipelinePermissions.CONTACTS_READ);
        return contacts().get(contactId);
    }

    /** The contacts of a company, by name. */
    public List<Contact> ofCompany(UUID companyId) {
        tx.require(PipelinePermissions.CONTACTS_READ);
        return contacts().ofCompany(companyId);
    }

    /** Puts contact {@code contactId} on deal {@code dealId} in {@code role}; the deal's first contact is its primary one. */
    public DealContact addToDeal(UUID dealId, UUID contactId, DealRole role) {
        requireNonNull(role, "role is null");
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        tx.repository(DealRepository.class).get(dealId);
        contacts().get(contactId);
        Optional<DealContact> already = onDeals().of(dealId, contactId);
        if (already.isPresent()) {
            return already.get().dealRole() == role ? already.get()
                    : onDeals().update(ImmutableDealContact.copyOf(already.get()).withDealRole(role));
        }
        boolean first = onDeals().ofDeal(dealId).isEmpty();
        DealContact added = onDeals().insert(DealContact.builder().organizationId(tx.organizationId()).opportunityId(dealId)
                .contactId(contactId).dealRole(role).isPrimary(first).build());
        new DomainEvents(tx).append("deal", dealId, "deal.contact_added",
                Map.of("contactId", contactId.toString(), "primary", first));
        return added;
    }

    /** Changes the role contact {@code contactId} plays in deal {@code dealId}. */
    public DealContact changeRole(UUID dealId, UUID contactId, DealRole role) {
        requireNonNull(role, "role is null");
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        DealContact on = onDeal(dealId, contactId);
        return onDeals().update(ImmutableDealContact.copyOf(on).withDealRole(role));
    }

    /** Makes contact {@code contactId}, on deal {@code dealId}, its primary contact; the previous one gives way. */
    public DealContact makePrimary(UUID dealId, UUID contactId) {
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        DealContact chosen = onDeal(dealId, contactId);
        if (chosen.isPrimary()) {
            return chosen;
        }
        for (DealContact other : onDeals().ofDeal(dealId)) {
            if (other.isPrimary()) {
                onDeals().update(ImmutableDealContact.copyOf(other).withIsPrimary(false));
            }
        }
        DealContact primary = onDeals().update(ImmutableDealContact.copyOf(chosen).withIsPrimary(true));
        new DomainEvents(tx).append("deal", dealId, "deal.primary_contact_changed", Map.of("contactId", contactId.toString()));
        return primary;
    }

    /**
     * Takes contact {@code contactId} off deal {@code dealId}.
     *
     * @throws dev.atlvs.core.error.ConflictException (rule {@code opportunity_contacts_primary_required}) for the primary
     *         contact of a deal with other contacts: make another one primary first
     */
    public void removeFromDeal(UUID dealId, UUID contactId) {
        tx.require(PipelinePermissions.CONTACTS_UPDATE);
        DealContact on = onDeal(dealId, contactId);
        if (on.isPrimary() && onDeals().ofDeal(dealId).size() > 1) {
            throw PipelineRules.OPPORTUNITY_CONTACTS_PRIMARY_REQUIRED.exception();
        }
        onDeals().delete(on);
    }

    /** The contacts of a deal, the primary first. */
    public List<DealContact> ofDeal(UUID dealId) {
        tx.require(PipelinePermissions.CONTACTS_READ);
        return onDeals().ofDeal(dealId);
    }

    /** The primary contact of a deal, if it has contacts. */
    public Optional<Contact> primaryOf(UUID dealId) {
        tx.require(PipelinePermissions.CONTACTS_READ);
        return onDeals().ofDeal(dealId).stream().filter(DealContact::isPrimary).findFirst().map(on -> contacts().get(on.contactId()));
    }

    private void takeOff(DealContact on) {
        if (on.isPrimary()) {
            onDeals().ofDeal(on.opportunityId()).stream().filter(other -> !other.id().equals(on.id())).findFirst()
                    .ifPresent(next -> {
                        onDeals().delete(on);
                        onDeals().update(ImmutableDealContact.copyOf(next).withIsPrimary(true));
                    });
            if (onDeals().find(on.id()).isEmpty()) {
                return;
            }
        }
        onDeals().delete(on);
    }

    private DealContact onDeal(UUID dealId, UUID contactId) {
        return onDeals().of(dealId, contactId)
                .orElseThrow(() -> dev.atlvs.core.error.NotFoundException.of("DealContact", contactId));
    }
}
