package dev.atlvs.people.personal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.TransactionKey;
import dev.atlvs.core.error.Rule;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.person.PersonRepository;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the personal data of people: their identity, tax and bank details ({@link PersonProfile}) and their
 * health record ({@link PersonHealthRecord}). The person reads and writes their own; anybody else needs
 * {@link PeoplePermissions#PERSONAL_ACCESS} for profiles and {@link PeoplePermissions#SAFETY_ACCESS} for health records,
 * which no base role but the owner's holds. A refused write names the rule the database holds too
 * ({@code person_profiles_access}, {@code person_health_records_access}); a refused read is an
 * {@link dev.atlvs.core.error.AccessDeniedException}.
 *
 * <pre>{@code
 * PersonalDataService personal = new PersonalDataService(tx);
 * personal.saveProfile(PersonProfile.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .passportNumber("123456789").passportCountry("GB").passportExpiresOn(LocalDate.of(2031, 4, 30)).build());
 * Optional<PersonProfile> mine = personal.profileOf(ana.id());
 * }</pre>
 */
public final class PersonalDataService {
    private static final TransactionKey<OwnPerson> OWN_PERSON = TransactionKey.of("people.own_person", OwnPerson.class);

    private final TenantTransaction tx;

    public PersonalDataService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * The person the acting user is in this organization, if any: the person whose login is the actor. Looked up once
     * per transaction.
     */
    public static Optional<UUID> ownPersonId(TenantTransaction tx) {
        return Optional.ofNullable(tx.attribute(OWN_PERSON,
                t -> new OwnPerson(t.repository(PersonRepository.class).findByUser(t.actorId()).map(p -> p.id()).orElse(null))).id());
    }

    /** Whether the actor may read and write the personal data of {@code personId} guarded by {@code permission}. */
    public static boolean mayAccess(TenantTransaction tx, UUID personId, dev.atlvs.core.permission.Permission permission) {
        return tx.permissions().allows(permission) || ownPersonId(tx).map(personId::equals).orElse(false);
    }

    /** The identity, tax and bank details of a person, if recorded. */
    public Optional<PersonProfile> profileOf(UUID personId) {
        require(personId, PeoplePermissions.PERSONAL_ACCESS, PeopleRules.PERSON_PROFILES_ACCESS);
        return tx.repository(PersonProfileRepository.class).findByPerson(personId);
    }

    /** Records or replaces (by version) the identity, tax and bank details of a person. */
    public PersonProfile saveProfile(PersonProfile profile) {
        require(profile.personId(), PeoplePermissions.PERSONAL_ACCESS, PeopleRules.PERSON_PROFILES_ACCESS);
        PersonProfileRepository profiles = tx.repository(PersonProfileRepository.class);
        return profile.version() == 0 ? profiles.insert(profile) : profiles.update(profile);
    }

    /** The health record of a person, if recorded. */
    public Optional<PersonHealthRecord> healthRecordOf(UUID personId) {
        require(personId, PeoplePermissions.SAFETY_ACCESS, PeopleRules.PERSON_HEALTH_RECORDS_ACCESS);
        return tx.repository(PersonHealthRecordRepository.class).findByPerson(personId);
    }

    /** Records or replaces (by version) the health record of a person. */
    public PersonHealthRecord saveHealthRecord(PersonHealthRecord record) {
        require(record.personId(), PeoplePermissions.SAFETY_ACCESS, PeopleRules.PERSON_HEALTH_RECORDS_ACCESS);
        PersonHealthRecordRepository records = tx.repository(PersonHealthRecordRepository.class);
        return record.version() == 0 ? records.insert(record) : records.update(record);
    }

    /** The person of the actor, or null: the value kept per transaction. */
    private record OwnPerson(UUID id) {}

    private void require(UUID personId, dev.atlvs.core.permission.Permission permission, Rule rule) {
        requireNonNull(personId, "personId is null");
        if (!mayAccess(tx, personId, permission)) {
            throw rule.exception();
        }
    }
}
