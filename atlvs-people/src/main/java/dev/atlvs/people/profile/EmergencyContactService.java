package dev.atlvs.people.profile;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's emergency contacts, readable and writable only by the person themselves (the person's login is the actor)
 * and by members holding {@link PeoplePermissions#SAFETY_ACCESS}; anyone else gets an {@link AccessDeniedException}
 * naming that permission. Every write keeps exactly one primary contact per person with contacts
 * ({@link PeopleRules#EMERGENCY_CONTACTS_PRIMARY}); {@link #makePrimary} moves it.
 *
 * <pre>{@code
 * EmergencyContactService contacts = new EmergencyContactService(tx);
 * contacts.add(EmergencyContact.builder().organizationId(tx.organizationId()).personId(ana.id()).name("Rui Souza")
 *         .relationship("Partner").phonePrimary("+447700900123").isPrimary(true).build());
 * List<EmergencyContact> hers = contacts.of(ana.id());
 * }</pre>
 */
public final class EmergencyContactService {
    private final TenantTransaction tx;

    public EmergencyContactService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The person's contacts, the primary first. */
    public List<EmergencyContact> of(UUID personId) {
        requireReadAccess(personId);
        return contacts().of(personId);
    }

    /** One contact. */
    public EmergencyContact get(UUID contactId) {
        EmergencyContact contact = contacts().get(contactId);
        requireReadAccess(contact.personId());
        return contact;
    }

    /** Adds a contact: the person's first is their primary, and a later one is primary only through {@link #makePrimary}. */
    public EmergencyContact add(EmergencyContact contact) {
        requireNonNull(contact, "contact is null");
        requireAccess(contact.personId());
        tx.validate("EmergencyContact", contact);
        List<EmergencyContact> after = new ArrayList<>(contacts().of(contact.personId()));
        after.add(contact);
        requireOnePrimary(after);
        return contacts().insert(contact);
    }

    /** Changes a contact's details; its primary flag stays as one primary requires. */
    public EmergencyContact update(EmergencyContact contact) {
        requireNonNull(contact, "contact is null");
        EmergencyContact current = contacts().get(contact.id());
        requireAccess(current.personId());
        tx.validate("EmergencyContact", contact);
        List<EmergencyContact> after = new ArrayList<>(contacts().of(current.personId()));
        after.replaceAll(c -> c.id().equals(contact.id()) ? contact : c);
        requireOnePrimary(after);
        return contacts().update(contact);
    }

    /** Makes {@code contactId} its person's primary contact, and the previous primary an ordinary one. */
    public EmergencyContact makePrimary(UUID contactId) {
        EmergencyContact chosen = contacts().get(contactId);
        requireAccess(chosen.personId());
        for (EmergencyContact other : contacts().of(chosen.personId())) {
            if (other.isPrimary() && !other.id().equals(contactId)) {
                contacts().update(ImmutableEmergencyContact.copyOf(other).withIsPrimary(false));
            }
        }
        return chosen.isPrimary() ? chosen : contacts().update(ImmutableEmergencyContact.copyOf(chosen).withIsPrimary(true));
    }

    /** Removes a contact; the primary goes only as the last one or after another was made primary. */
    public void remove(UUID contactId) {
        EmergencyContact contact = contacts().get(contactId);
        requireAccess(contact.personId());
        List<EmergencyContact> after = new ArrayList<>(contacts().of(contact.personId()));
        after.removeIf(c -> c.id().equals(contactId));
        requireOnePrimary(after);
        contacts().delete(contact);
    }

    private static void requireOnePrimary(List<EmergencyContact> contacts) {
        if (!contacts.isEmpty() && contacts.stream().filter(EmergencyContact::isPrimary).count() != 1) {
            throw PeopleRules.EMERGENCY_CONTACTS_PRIMARY.exception();
        }
    }

    /** Throws unless the actor is the person or holds {@link PeoplePermissions#SAFETY_ACCESS}. */
    private void requireReadAccess(UUID personId) {
        tx.repository(PersonRepository.class).get(personId);
        if (!PersonalDataService.mayAccess(tx, personId, PeoplePermissions.SAFETY_ACCESS)) {
            throw AccessDeniedException.missing(PeoplePermissions.SAFETY_ACCESS.name());
        }
    }

    /**
     * Throws the rule the database holds too ({@code emergency_contacts_access}) unless the actor is the person or holds
     * {@link PeoplePermissions#SAFETY_ACCESS}.
     */
    private void requireAccess(UUID personId) {
        tx.repository(PersonRepository.class).get(personId);
        if (!PersonalDataService.mayAccess(tx, personId, PeoplePermissions.SAFETY_ACCESS)) {
            throw PeopleRules.EMERGENCY_CONTACTS_ACCESS.exception();
        }
    }

    private EmergencyContactRepository contacts() {
        return tx.repository(EmergencyContactRepository.class);
    }
}
