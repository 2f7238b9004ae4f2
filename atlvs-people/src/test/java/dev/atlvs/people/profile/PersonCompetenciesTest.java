package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.RawSql;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationService;
import dev.atlvs.people.certification.PersonCompetencies;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A person's competencies: listed once per competency (a duplicate is a conflict naming {@code competencyId} and the rule,
 * whoever catches it), proven only by a certification of the same person, and counted on a date only while a required
 * certification is valid.
 */
@AtlvsTest
class PersonCompetenciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void aDuplicateCompetencyOfAPersonIsAConflictThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Twice Skilled");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Competency dante = PeopleFixtures.competency(acme, "Dante networking", false);
        PeopleFixtures.personCompetency(acme, ana, dante, CompetencyLevel.ADVANCED, Optional.empty());
        long before = Rows.count(database, "person_competencies");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new PersonCompetencies(tx).add(PersonCompetency.builder().organizationId(acme.id())
                .personId(ana.id()).competencyId(dante.id()).level(CompetencyLevel.EXPERT).build())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_COMPETENCY_DUPLICATE);
                    assertThat(e.field()).contains("competencyId");
                    assertThat(e.rule()).contains("person_competencies_unique");
                });
        assertThat(Rows.count(database, "person_competencies")).isEqualTo(before);
    }

    @Test
    void aDuplicateCompetencyOfAPersonIsTheSameConflictFromTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Twice Skilled Raw");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Competency dante = PeopleFixtures.competency(acme, "Dante networking", false);
        PeopleFixtures.personCompetency(acme, ana, dante, CompetencyLevel.ADVANCED, Optional.empty());
        long before = Rows.count(database, "person_competencies");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.person_competencies (organization_id, person_id, competency_id, level)
                values (:organizationId, :person, :competency, 'expert')
                """, Map.of("person", ana.id(), "competency", dante.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_COMPETENCY_DUPLICATE);
                    assertThat(e.field()).contains("competencyId");
                    assertThat(e.rule()).contains("person_competencies_unique");
                });
        assertThat(Rows.count(database, "person_competencies")).isEqualTo(before);
    }

    @Test
    void aCertificationOfAnotherPersonCannotProveACompetency(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Borrowed Cards");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Competency rigging = PeopleFixtures.competency(acme, "Rigging", true);
        Certification anas = PeopleFixtures.certification(acme, ana, "Rigging Level 3", "NRC", Optional.of(rigging), TODAY.minusYears(1),
                TODAY.plusYears(2));
        long before = Rows.count(database, "person_competencies");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.personCompetency(acme, ben, rigging, CompetencyLevel.EXPERT, Optional.of(anas)))
                .isInstanceOfSatisfying(ReferenceMissingException.class,
                        e -> assertThat(e.getMessage()).contains("person_competencies_certification_fkey"));
        assertThat(Rows.count(database, "person_competencies")).isEqualTo(before);
    }

    @Test
    void aCompetencyThatRequiresCertificationCountsOnlyWhileItsCertificationIsValid(Fixtures fixtures) {
        // given: Ben's rigging certificate lasts through 30 September; Dante networking needs none
        OrganizationFixture acme = fixtures.organization("Counting Skills");
        Person ben = PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger");
        Competency rigging = PeopleFixtures.competency(acme, "Rigging", true);
        Competency dante = PeopleFixtures.competency(acme, "Dante networking", false);
        Competency forklift = PeopleFixtures.competency(acme, "Forklift", true);
        Certification card = PeopleFixtures.certification(acme, ben, "Rigging Level 2", "NRC", Optional.of(rigging), TODAY.minusYears(2),
                LocalDate.of(2026, 9, 30));
        PeopleFixtures.personCompetency(acme, ben, rigging, CompetencyLevel.ADVANCED, Optional.of(card));
        PeopleFixtures.personCompetency(acme, ben, dante, CompetencyLevel.INTERMEDIATE, Optional.empty());
        PeopleFixtures.personCompetency(acme, ben, forklift, CompetencyLevel.EXPERT, Optional.empty());

        // when
        Map<java.util.UUID, CompetencyLevel> lastDay = acme.asOwner(tx -> new PersonCompetencies(tx).effectiveOn(ben.id(), LocalDate.of(2026, 9, 30)));
        Map<java.util.UUID, CompetencyLevel> dayAfter = acme.asOwner(tx -> new PersonCompetencies(tx).effectiveOn(ben.id(), LocalDate.of(2026, 10, 1)));
        acme.asOwner(tx -> new CertificationService(tx).suspend(card.id()));
        Map<java.util.UUID, CompetencyLevel> suspended = acme.asOwner(tx -> new PersonCompetencies(tx).effectiveOn(ben.id(), TODAY));

        // then: forklift never counts (no certification), rigging only while the card is valid and not suspended
        assertThat(lastDay).isEqualTo(Map.of(rigging.id(), CompetencyLevel.ADVANCED, dante.id(), CompetencyLevel.INTERMEDIATE));
        assertThat(dayAfter).isEqualTo(Map.of(dante.id(), CompetencyLevel.INTERMEDIATE));
        assertThat(suspended).isEqualTo(Map.of(dante.id(), CompetencyLevel.INTERMEDIATE));
    }
}
