package dev.atlvs.people.person;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;
import java.util.UUID;

/**
 * The operations on the directory of people that go beyond a single write: adding a person, moving their
 * status through {@link PersonStatus#LIFECYCLE}, and the assignability check other operations use before they
 * give a person new work.
 *
 * <pre>{@code
 * PersonService people = new PersonService(tx);
 * Person ana = people.add(Person.builder().organizationId(tx.organizationId()).firstName("Ana").lastName("Souza")
 *         .email("ana@crew.example").title("Head Rigger").build());
 * people.changeStatus(ana.id(), PersonStatus.ON_LEAVE);
 * }</pre>
 */
public final class PersonService {
    private final TenantTransaction tx;

    public PersonService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Adds a person to the directory. */
    public Person add(Person person) {
        tx.require(PeoplePermissions.PEOPLE_CREATE);
        return people().insert(person);
    }

    /** The person (deleted people are not found). */
    public Person get(UUID personId) {
        tx.require(PeoplePermissions.PEOPLE_READ);
        return people().get(personId);
    }

    /** Moves a person to another status, as {@link PersonStatus#LIFECYCLE} allows. */
    public Person changeStatus(UUID personId, PersonStatus target) {
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        Person person = people().get(personId);
        return people().update(ImmutablePerson.copyOf(PersonStatus.LIFECYCLE.require(person, target)).withStatus(target));
    }

    /**
     * The person, if they may take on new work: active and not deleted. Otherwise a
     * {@link PeopleErrorCode#PERSON_NOT_ASSIGNABLE} conflict naming the status.
     */
    public Person requireAssignable(UUID personId) {
        Person person = people().get(personId);
        if (!person.status().assignable()) {
            throw new dev.atlvs.core.error.ConflictException(PeopleErrorCode.PERSON_NOT_ASSIGNABLE, "status",
                    "the person is " + person.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " and cannot take on new work");
        }
        return person;
    }

    /**
     * Erases a person: deletes their personal data, leave, commitments and team seats (and what the other tables of the
     * module hold about them), detaches them from bookings, anonymizes their row, and removes every personal value of
     * theirs from the audit trail, which keeps only who did what and when. Needs
     * {@link PeoplePermissions#PEOPLE_ERASE}, which no base role but the owner's holds. The database does the work
     * ({@code atlvs.erase_person}) and checks the permission itself.
     */
    public Erasure erase(UUID personId) {
        requireNonNull(personId, "personId is null");
        tx.require(PeoplePermissions.PEOPLE_ERASE, dev.atlvs.people.PeopleRules.PEOPLE_ERASE_PERMISSION);
        people().get(personId);
        java.util.Map<String, Long> records = new java.util.TreeMap<>();
        tx.handle().createQuery("select table_name, records from atlvs.erase_person(:personId)").bind("personId", personId)
                .map((rows, context) -> java.util.Map.entry(rows.getString("table_name"), rows.getLong("records")))
                .forEach(entry -> records.merge(entry.getKey(), entry.getValue(), Long::sum));
        return new Erasure(personId, records);
    }

    private PersonRepository people() {
        return tx.repository(PersonRepository.class);
    }
}
