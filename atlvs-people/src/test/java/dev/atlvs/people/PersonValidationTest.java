package dev.atlvs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person's e-mail address and E.164 phone number are refused malformed through the SDK and by raw SQL, naming the field
 * and the rule, and nothing is written; e-mail addresses are unique among the live people, ignoring case; a person's
 * status moves only as its lifecycle allows; a person's writes are audited.
 */
@AtlvsTest
class PersonValidationTest {

    private static dev.atlvs.people.person.ImmutablePerson.Builder ana(OrganizationFixture org) {
        return Person.builder().organizationId(org.id()).firstName("Ana").lastName("Souza");
    }

    private static long people(OrganizationFixture org) {
        return org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.people").mapTo(Long.class).one());
    }

    @Test
    void aMalformedEmailIsRefusedThroughTheSdkNamingTheField(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Malformed Email Live");

        assertThatThrownBy(() -> org.asOwner(tx -> new PersonService(tx).add(ana(org).email("ana@crew").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("email")));
        assertThat(people(org)).isZero();
    }

    @Test
    void aMalformedEmailIsRefusedByRawSqlUnderItsCheck(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Malformed Email Sql Live");

        assertThatThrownBy(() -> RawSql.execute(org, "insert into atlvs.people (organization_id, first_name, email) values (:org, 'Ana', 'ana@crew')",
                Map.of("org", org.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("email");
                    assertThat(v.rule()).isEqualTo("people_email_check");
                }));
        assertThat(people(org)).isZero();
    }

    @Test
    void aPhoneNumberNotInE164IsRefusedBothWays(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Malformed Phone Live");

        for (String phone : List.of("07700 900123", "+44 7700 900123", "+0447700900123", "+44")) {
            assertThatThrownBy(() -> org.asOwner(tx -> new PersonService(tx).add(ana(org).phone(phone).build())))
                    .as(phone).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("phone"));
            assertThatThrownBy(() -> RawSql.execute(org, "insert into atlvs.people (organization_id, first_name, phone) values (:org, 'Ana', :phone)",
                    Map.of("org", org.id(), "phone", phone)))
                    .as(phone).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.rule()).isEqualTo("people_phone_check")));
        }
        assertThat(people(org)).isZero();
    }

    @Test
    void anEmailAddressIsUniqueAmongTheLivePeopleIgnoringCase(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Unique Email Live");
        Person first = org.asOwner(tx -> new PersonService(tx).add(ana(org).email("ana@crew.example").build()));

        assertThatThrownBy(() -> org.asOwner(tx -> new PersonService(tx).add(ana(org).email("ANA@crew.example").build())))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).contains("email"));
        org.asOwner(tx -> tx.repository(PersonRepository.class).softDelete(tx.repository(PersonRepository.class).get(first.id())));
        Person again = org.asOwner(tx -> new PersonService(tx).add(ana(org).email("ANA@crew.example").build()));
        assertThat(again.email()).contains("ANA@crew.example");
    }

    @Test
    void aTerminatedPersonIsRehiredButNotPutOnLeave(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Person Lifecycle Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        org.asOwner(tx -> new PersonService(tx).changeStatus(ana.id(), PersonStatus.TERMINATED));

        assertThatThrownBy(() -> org.asOwner(tx -> new PersonService(tx).changeStatus(ana.id(), PersonStatus.ON_LEAVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_TRANSITION_INVALID));
        Person rehired = org.asOwner(tx -> new PersonService(tx).changeStatus(ana.id(), PersonStatus.ACTIVE));
        assertThat(rehired.status()).isEqualTo(PersonStatus.ACTIVE);
    }

    @Test
    void addingAPersonIsAuditedWithTheIdentifyingValuesSealed(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Person Audit Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");

        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Person.TABLE, ana.id()));

        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actorId()).contains(org.owner().id());
            assertThat(entry.newValues().orElseThrow()).contains("\"title\": \"Head Rigger\"").doesNotContain("Souza");
        });
    }
}
