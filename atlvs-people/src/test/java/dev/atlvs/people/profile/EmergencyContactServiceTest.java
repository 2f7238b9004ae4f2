package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.PrivilegeService;
import dev.atlvs.core.user.User;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.RawSql;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Emergency contacts: encrypted at rest, readable only by the person and by members holding
 * {@code people.safety.access}, and exactly one primary per person with contacts, whoever writes.
 */
@AtlvsTest
class EmergencyContactServiceTest {

    @Test
    void thePersonThemselvesReadsTheirContactsInClear(Fixtures fixtures) {
        // given: Ana has a login
        OrganizationFixture acme = fixtures.organization("Own Contacts");
        User anaLogin = acme.addMember(MemberRole.CONTRIBUTOR);
        Person ana = withLogin(acme, anaLogin);
        EmergencyContact rui = PeopleFixtures.emergencyContact(acme, ana, "Rui Souza", "Partner", true, ContactVerificationStatus.VERIFIED);

        // when
        List<EmergencyContact> hers = acme.as(anaLogin, tx -> new EmergencyContactService(tx).of(ana.id()));

        // then
        assertThat(hers).containsExactly(rui);
        assertThat(hers.get(0).name()).isEqualTo("Rui Souza");
    }

    @Test
    void aMemberHoldingSafetyAccessReadsAnotherPersonsContacts(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Safety Officer");
        User officer = acme.addMember(MemberRole.VIEWER);
        acme.asOwner(tx -> new PrivilegeService(tx).grant(officer.id(), PeoplePermissions.SAFETY_ACCESS.name(), Optional.empty(), Optional.empty()));
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.UNVERIFIED);

        // when
        List<EmergencyContact> his = acme.as(officer, tx -> new EmergencyContactService(tx).of(ben.id()));

        // then
        assertThat(his).containsExactly(ada);
    }

    @Test
    void anotherMemberWithoutSafetyAccessIsDenied(Fixtures fixtures) {
        // given: a manager reads and writes everything ordinary, but holds no safety access
        OrganizationFixture acme = fixtures.organization("Nosy Manager");
        User manager = acme.addMember(MemberRole.MANAGER);
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.UNVERIFIED);

        // when / then
        assertThatThrownBy(() -> acme.as(manager, tx -> new EmergencyContactService(tx).of(ben.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).contains(PeoplePermissions.SAFETY_ACCESS.name()));
        assertThatThrownBy(() -> acme.as(manager, tx -> new EmergencyContactService(tx).get(ada.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePersonThemselvesAddsAContactAndAnotherMemberCannot(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Service");
        User anaLogin = acme.addMember(MemberRole.CONTRIBUTOR);
        User colleague = acme.addMember(MemberRole.CONTRIBUTOR);
        Person ana = withLogin(acme, anaLogin);

        // when
        EmergencyContact rui = acme.as(anaLogin, tx -> new EmergencyContactService(tx).add(contact(acme, ana, "Rui Souza")));

        // then
        assertThat(acme.<List<EmergencyContact>>as(anaLogin, tx -> new EmergencyContactService(tx).of(ana.id()))).containsExactly(rui);
        long before = Rows.count(database, "emergency_contacts");
        assertThatThrownBy(() -> acme.as(colleague, tx -> new EmergencyContactService(tx).add(
                ImmutableEmergencyContact.copyOf(contact(acme, ana, "Someone Else")).withIsPrimary(false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Rows.count(database, "emergency_contacts")).isEqualTo(before);
    }

    @Test
    void theAuditTrailOfAContactHoldsNoPersonalData(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Quiet Audit");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.UNVERIFIED);

        // when
        acme.asOwner(tx -> new EmergencyContactService(tx).update(ImmutableEmergencyContact.copyOf(ada).withPhonePrimary("+447700900999")));

        // then
        List<dev.atlvs.core.audit.AuditEntry> history = acme.asOwner(tx -> new dev.atlvs.core.audit.AuditTrail(tx).history(EmergencyContact.TABLE, ada.id()));
        assertThat(history).extracting(dev.atlvs.core.audit.AuditEntry::action)
                .containsExactly(dev.atlvs.core.audit.AuditAction.INSERT, dev.atlvs.core.audit.AuditAction.UPDATE);
        assertThat(history.get(1).changedFields()).containsExactly("phone_primary");
        assertThat(history.get(0).redactedFields()).contains("name", "phone_primary", "email");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.newValues().orElse("")).doesNotContain("Ada", "+447700900999", ada.phonePrimary(), "family.example");
            assertThat(entry.oldValues().orElse("")).doesNotContain("Ada", ada.phonePrimary());
        });
    }

    @Test
    void theContactsPersonalDataIsStoredEncrypted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Ciphered Contacts");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.UNVERIFIED);

        // when
        Map<String, Object> stored = acme.asOwner(tx -> tx.handle().createQuery("""
                select name, phone_primary, email from atlvs.emergency_contacts where organization_id = :organizationId and id = :id
                """).bind("organizationId", acme.id()).bind("id", ada.id()).mapToMap().one());

        // then
        assertThat(new String((byte[]) stored.get("name"), StandardCharsets.ISO_8859_1)).doesNotContain("Ada");
        assertThat(new String((byte[]) stored.get("phone_primary"), StandardCharsets.ISO_8859_1)).doesNotContain(ada.phonePrimary());
        assertThat(new String((byte[]) stored.get("email"), StandardCharsets.ISO_8859_1)).doesNotContain("family.example");
    }

    @Test
    void aSecondPrimaryContactIsRefusedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Two Primaries");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.VERIFIED);
        long before = Rows.count(database, "emergency_contacts");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.emergencyContact(acme, ben, "Tom Okafor", "Brother", true, ContactVerificationStatus.PENDING))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isPrimary", "emergency_contacts_primary")));
        assertThat(Rows.count(database, "emergency_contacts")).isEqualTo(before);
    }

    @Test
    void aFirstContactThatIsNotPrimaryIsRefusedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("No Primary");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        long before = Rows.count(database, "emergency_contacts");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", false, ContactVerificationStatus.VERIFIED))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isPrimary", "emergency_contacts_primary")));
        assertThat(Rows.count(database, "emergency_contacts")).isEqualTo(before);
    }

    @Test
    void aSecondPrimaryContactWrittenByRawSqlIsRefusedAtCommit(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Two Primaries Raw");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.VERIFIED);
        long before = Rows.count(database, "emergency_contacts");

        // when / then: a copy of Ada's row (its ciphertext included) as a second primary
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.emergency_contacts (organization_id, person_id, name, relationship, phone_primary, is_primary)
                select organization_id, person_id, name, 'Brother', phone_primary, true from atlvs.emergency_contacts where id = :id
                """, Map.of("id", ada.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isPrimary", "emergency_contacts_primary")));
        assertThat(Rows.count(database, "emergency_contacts")).isEqualTo(before);
    }

    @Test
    void removingThePrimaryFlagByRawSqlIsRefusedAtCommit(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("No Primary Raw");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.VERIFIED);

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.emergency_contacts set is_primary = false where id = :id", Map.of("id", ada.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("isPrimary", "emergency_contacts_primary")));
        assertThat(acme.asOwner(tx -> new EmergencyContactService(tx).get(ada.id())).isPrimary()).isTrue();
    }

    @Test
    void makingAnotherContactPrimaryMovesThePrimaryAndRemovingTheOldOneIsAllowed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Moving Primary");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        EmergencyContact ada = PeopleFixtures.emergencyContact(acme, ben, "Ada Okafor", "Mother", true, ContactVerificationStatus.VERIFIED);
        EmergencyContact tom = PeopleFixtures.emergencyContact(acme, ben, "Tom Okafor", "Brother", false, ContactVerificationStatus.PENDING);

        // when
        acme.asOwner(tx -> new EmergencyContactService(tx).makePrimary(tom.id()));
        acme.asOwner(tx -> {
            new EmergencyContactService(tx).remove(ada.id());
            return null;
        });

        // then
        List<EmergencyContact> contacts = acme.asOwner(tx -> new EmergencyContactService(tx).of(ben.id()));
        assertThat(contacts).extracting(EmergencyContact::id, EmergencyContact::isPrimary).containsExactly(tuple(tom.id(), true));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoFirstPrimaryContactsAddedInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: Ben has no contact yet, and two coordinators each add one as his primary
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing Contacts " + isolation);
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");

        // when: both transactions have begun before either writes
        List<Race.Outcome<EmergencyContact>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new EmergencyContactService(tx).add(contact(acme, ben, "Ada Okafor"));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new EmergencyContactService(tx).add(contact(acme, ben, "Tom Okafor"));
                })));

        // then: one commits, the other is refused by the rule (or retried and then refused by the Java check)
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                                .containsExactly(tuple("isPrimary", "emergency_contacts_primary"))));
        assertThat(acme.<List<EmergencyContact>>asOwner(tx -> new EmergencyContactService(tx).of(ben.id()))).hasSize(1);
    }

    private static EmergencyContact contact(OrganizationFixture acme, Person person, String name) {
        return EmergencyContact.builder().organizationId(acme.id()).personId(person.id()).name(name).relationship("Family")
                .phonePrimary("+447700900123").isPrimary(true).build();
    }

    private static Person withLogin(OrganizationFixture acme, User login) {
        return acme.asOwner(tx -> new PersonService(tx).add(Person.builder().organizationId(acme.id()).userId(login.id())
                .firstName("Ana").lastName("Souza").title("Head Rigger").build()));
    }
}
