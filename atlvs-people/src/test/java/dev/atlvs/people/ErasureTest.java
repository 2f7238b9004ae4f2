package dev.atlvs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.people.availability.CommitmentRepository;
import dev.atlvs.people.person.Erasure;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Erasing a person removes everything that identifies them: their personal data, leave and commitments are deleted,
 * their bookings keep only the need, their own row is anonymized, and the audit trail keeps who did what and when
 * but none of their values. Only holders of people.people.erase erase, whoever asks the database.
 */
@AtlvsTest
class ErasureTest {

    private record Erased(OrganizationFixture org, Person ana, ProjectResource booking, Erasure erasure) {}

    private static Erased erased(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Person renamed = org.asOwner(tx -> tx.repository(PersonRepository.class).update(ImmutablePerson.copyOf(ana).withBio("Rigger since 2009")));
        PeopleFixtures.personalDetails(org, renamed);
        PeopleFixtures.healthRecord(org, renamed);
        PeopleFixtures.leave(org, renamed, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7));
        Project festival = ProjectFixtures.project(org);
        ProjectResource booking = org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder()
                .organizationId(org.id()).projectId(festival.id()).resourceType(ResourceType.PERSON).resourceId(ana.id())
                .name("Rigging: Ana Souza").startAt(Instant.parse("2026-07-13T07:00:00Z")).endAt(Instant.parse("2026-07-17T19:00:00Z"))
                .status(ResourceStatus.CONFIRMED).build()));
        Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Rigger");
        PeopleFixtures.emergencyContact(org, renamed, "Rui Souza", "Partner", true, dev.atlvs.people.profile.ContactVerificationStatus.VERIFIED);
        dev.atlvs.people.competency.Competency rigging = PeopleFixtures.competency(org, "Rigging", true);
        PeopleFixtures.certification(org, renamed, "Rigging Level 3", "NRC", Optional.of(rigging), LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 9));
        PeopleFixtures.endorsement(org, renamed, ben, rigging, 5, "Safest rigger on the build");
        PeopleFixtures.endorsement(org, ben, renamed, rigging, 4, "Solid on the chain hoists");
        PeopleFixtures.connection(org, renamed, ben, dev.atlvs.people.network.RelationshipType.COLLEAGUE, 4);
        Erasure erasure = org.asOwner(tx -> new PersonService(tx).erase(ana.id()));
        return new Erased(org, ana, booking, erasure);
    }

    @Test
    void erasingAPersonDeletesTheirPersonalDataLeaveAndCommitments(Fixtures fixtures) {
        Erased e = erased(fixtures, "Erasure Rows Live");

        assertThat(e.erasure().records()).containsEntry("person_profiles", 1L).containsEntry("person_health_records", 1L)
                .containsEntry("people_leave", 1L).containsEntry("project_resources", 1L).containsEntry("people", 1L)
                .containsEntry("emergency_contacts", 1L).containsEntry("certifications", 1L).containsEntry("people_endorsements", 2L)
                .containsEntry("people_network", 1L);
        List<Long> left = e.org().asOwner(tx -> List.of("person_profiles", "person_health_records", "people_leave", "person_commitments",
                        "emergency_contacts", "certifications", "people_endorsements", "people_network").stream()
                .map(table -> tx.handle().createQuery("select count(*) from atlvs." + table + " where person_id = :id")
                        .bind("id", e.ana().id()).mapTo(Long.class).one()).toList());
        assertThat(left).containsOnly(0L);
    }

    @Test
    void theirBookingKeepsTheNeedWithoutThePerson(Fixtures fixtures) {
        Erased e = erased(fixtures, "Erasure Booking Live");

        ProjectResource booking = e.org().asOwner(tx -> tx.repository(ProjectResourceRepository.class).get(e.booking().id()));

        assertThat(booking.resourceId()).isEmpty();
        assertThat(booking.name()).isEqualTo("Erased person");
        Optional<dev.atlvs.people.availability.Commitment> commitment = e.org().asOwner(
                tx -> tx.repository(CommitmentRepository.class).ofSource("project_resources", e.booking().id()));
        assertThat(commitment).isEmpty();
    }

    @Test
    void theirOwnRowIsAnonymizedAndDeleted(Fixtures fixtures) {
        Erased e = erased(fixtures, "Erasure Anonymized Live");

        Person row = e.org().asOwner(tx -> tx.repository(PersonRepository.class).findIncludingDeleted(e.ana().id()).orElseThrow());

        assertThat(row.firstName()).isEqualTo("Erased");
        assertThat(row.lastName()).isEmpty();
        assertThat(row.email()).isEmpty();
        assertThat(row.phone()).isEmpty();
        assertThat(row.bio()).isEmpty();
        assertThat(row.city()).isEmpty();
        assertThat(row.status()).isEqualTo(PersonStatus.TERMINATED);
        assertThat(row.deletedAt()).isPresent();
    }

    @Test
    void theAuditTrailKeepsWhoDidWhatButNoneOfTheirValues(Fixtures fixtures, TestDatabase database) {
        Erased e = erased(fixtures, "Erasure Audit Live");

        List<AuditEntry> history = e.org().asOwner(tx -> new AuditTrail(tx).history(Person.TABLE, e.ana().id()));
        // read as the administrator: the run-time role cannot read sealed values at all
        long sealed = org.jdbi.v3.core.Jdbi.create(database.adminDataSource()).withHandle(h -> h.createQuery("""
                select count(*) from atlvs.audit_sealed_values v
                  join atlvs.audit_logs l on l.organization_id = v.organization_id and l.id = v.id
                 where l.organization_id = :org and l.record_id = any(:ids)
                """).bind("org", e.org().id()).bind("ids", new java.util.UUID[] {e.ana().id(), e.booking().id()}).mapTo(Long.class).one());
        String everything = history.toString();

        assertThat(history).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sealed).isZero();
        assertThat(everything).doesNotContain("Souza").doesNotContain("Ana").doesNotContain("Rigger since").doesNotContain("crew.example");
    }

    @Test
    void anAdministratorWithoutTheErasePermissionIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Erasure Refused Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        User admin = org.addMember(MemberRole.ADMIN);

        assertThatThrownBy(() -> org.as(admin, tx -> new PersonService(tx).erase(ana.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).contains("people_erase_permission"));
        assertThatThrownBy(() -> org.as(admin, tx -> tx.handle().createQuery("select count(*) from atlvs.erase_person(:id)")
                .bind("id", ana.id()).mapTo(Long.class).one()))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PERMISSION_DENIED));
        Optional<Person> untouched = org.asOwner(tx -> tx.repository(PersonRepository.class).findIncludingDeleted(ana.id()));
        assertThat(untouched.map(Person::firstName)).contains("Ana");
    }
}
