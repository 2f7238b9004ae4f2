package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.team.ProjectMember;
import dev.atlvs.projects.team.ProjectMemberRepository;
import dev.atlvs.projects.team.ProjectRole;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The links of projects into people and companies: team seats name people of the directory, a project's client is a
 * company that is then kept, and bookings of people and vendors name the organization's people and companies.
 */
@AtlvsTest
class ProjectLinksTest {

    @Test
    void aProjectMemberPointingToAMissingPersonIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Missing Crew Live");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        ProjectFixtures.manager(acme, festival);
        long before = Rows.count(database, "project_members");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).insert(crew(festival, Ids.newId()))))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.getMessage()).contains("project_members_person_fkey");
                });
        assertThat(Rows.count(database, "project_members")).isEqualTo(before);
    }

    @Test
    void aPersonDeletedForGoodLeavesTheTeam(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Leaving Crew Live");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        ProjectFixtures.manager(acme, festival);
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        ProjectMember seat = acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).insert(crew(festival, ana.id())));

        // when
        acme.asOwner(tx -> {
            tx.repository(PersonRepository.class).delete(ana);
            return null;
        });

        // then
        java.util.Optional<ProjectMember> left = acme.asOwner(tx -> tx.repository(ProjectMemberRepository.class).find(seat.id()));
        assertThat(left).isEmpty();
    }

    @Test
    void aCompanyThatIsAProjectsClientIsNotDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Kept Client Live");
        Company client = CompanyFixtures.client(acme, "Harbour Festival Ltd");
        acme.asOwner(tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(acme, "Harbour Festival").clientCompanyId(client.id()).build()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(CompanyRepository.class).delete(client);
            return null;
        }))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.STILL_REFERENCED);
                    assertThat(e.getMessage()).contains("projects_client_company_fkey");
                });
        java.util.Optional<Company> kept = acme.asOwner(tx -> tx.repository(CompanyRepository.class).find(client.id()));
        assertThat(kept).isPresent();
    }

    @Test
    void aProjectsClientIsACompanyOfTheOrganization(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Unknown Client Live");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ProjectService(tx).create(ProjectFixtures.projectBuilder(acme, "Harbour Festival")
                .clientCompanyId(UUID.randomUUID()).build())))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("clientCompanyId"));
    }

    @Test
    void aCompanyBookedAsAVendorIsNotDeleted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Kept Vendor Live");
        Company vendor = CompanyFixtures.vendor(acme, "Festival Power");
        CompanyFixtures.completedFestival(acme, vendor);

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> {
            tx.repository(CompanyRepository.class).delete(vendor);
            return null;
        }))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STILL_REFERENCED));
    }

    @Test
    void aBookingOfAMissingPersonOrVendorIsRefusedThroughTheSdkAndByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Missing Booking Live");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        long before = Rows.count(database, "project_resources");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .insert(booking(festival, ResourceType.PERSON, UUID.randomUUID()))))
                .isInstanceOfSatisfying(ValidationException.class, ProjectLinksTest::assertReference);
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.project_resources (organization_id, project_id, resource_type, resource_id, name, start_at, end_at)
                values (:organizationId, :project, 'vendor', gen_random_uuid(), 'Generators', now(), now() + interval '1 day')
                """, Map.of("project", festival.id())))
                .isInstanceOfSatisfying(ValidationException.class, ProjectLinksTest::assertReference);
        assertThat(Rows.count(database, "project_resources")).isEqualTo(before);
    }

    @Test
    void aPersonDeletedForGoodLeavesTheNeedOfTheirBookingsOpen(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Released Booking Live");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Person ana = PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger");
        ProjectResource booking = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(booking(festival, ResourceType.PERSON, ana.id())));

        // when
        acme.asOwner(tx -> {
            tx.repository(PersonRepository.class).delete(ana);
            return null;
        });

        // then
        ProjectResource open = acme.asOwner(tx -> tx.repository(ProjectResourceRepository.class).get(booking.id()));
        assertThat(open.resourceId()).isEmpty();
        assertThat(open.name()).isEqualTo("Head rigger");
    }

    private static ProjectMember crew(Project project, UUID personId) {
        return ProjectMember.builder().organizationId(project.organizationId()).projectId(project.id()).personId(personId)
                .role(ProjectRole.MEMBER).function("Head rigger").build();
    }

    private static ProjectResource booking(Project project, ResourceType type, UUID resourceId) {
        return ProjectResource.builder().organizationId(project.organizationId()).projectId(project.id()).resourceType(type)
                .resourceId(resourceId).name("Head rigger").startAt(Instant.parse("2026-09-01T06:00:00Z"))
                .endAt(Instant.parse("2026-09-01T22:00:00Z")).build();
    }

    private static void assertReference(ValidationException e) {
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("resourceId", "project_resources_resource_reference"));
    }
}
