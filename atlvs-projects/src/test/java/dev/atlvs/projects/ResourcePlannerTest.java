package dev.atlvs.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourcePlanner;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.schedule.Allocation;
import dev.atlvs.projects.schedule.Overallocation;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The planner reports the days on which a person's tentative and confirmed bookings across projects add up to
 * more than 100 %, on the calendar days of the organization's time zone (UTC here); released bookings do not
 * count; a project's query names only its own people, with their load on every project.
 */
@AtlvsTest
class ResourcePlannerTest {
    private static final LocalDate JULY_FIRST = LocalDate.of(2026, 7, 1);
    private static final LocalDate JULY_LAST = LocalDate.of(2026, 7, 31);
    private static final BigDecimal SIXTY = new BigDecimal("60.00");

    @Test
    void twoSixtyPercentBookingsOverlappingThreeDaysOverloadThosePreciseDays(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Busy Crew Productions");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project gala = ProjectFixtures.project(acme, "Harbour Gala");
        UUID rigger = UUID.randomUUID();
        book(acme, festival, rigger, "2026-07-01T06:00:00Z", "2026-07-05T22:00:00Z", ResourceStatus.CONFIRMED);
        book(acme, gala, rigger, "2026-07-03T06:00:00Z", "2026-07-08T00:00:00Z", ResourceStatus.TENTATIVE);

        // when
        List<Overallocation> days = acme.asOwner(tx -> new ResourcePlanner(tx).overallocations(JULY_FIRST, JULY_LAST));

        // then
        List<Allocation> both = List.of(
                Allocation.of(rigger, festival.id(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 5), SIXTY),
                Allocation.of(rigger, gala.id(), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 7), SIXTY));
        assertThat(days).containsExactly(
                overallocation(rigger, LocalDate.of(2026, 7, 3), both),
                overallocation(rigger, LocalDate.of(2026, 7, 4), both),
                overallocation(rigger, LocalDate.of(2026, 7, 5), both));
    }

    @Test
    void releasedBookingsAreIgnored(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Released Crew Productions");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project gala = ProjectFixtures.project(acme, "Harbour Gala");
        UUID rigger = UUID.randomUUID();
        book(acme, festival, rigger, "2026-07-01T06:00:00Z", "2026-07-05T22:00:00Z", ResourceStatus.CONFIRMED);
        book(acme, gala, rigger, "2026-07-03T06:00:00Z", "2026-07-08T00:00:00Z", ResourceStatus.RELEASED);

        // when
        List<Overallocation> days = acme.asOwner(tx -> new ResourcePlanner(tx).overallocations(JULY_FIRST, JULY_LAST));

        // then
        assertThat(days).isEmpty();
    }

    @Test
    void aProjectsQueryReportsItsPeoplesOverloadOnOtherProjects(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Shared Crew Productions");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project gala = ProjectFixtures.project(acme, "Harbour Gala");
        Project tour = ProjectFixtures.project(acme, "Spring Tour");
        UUID rigger = UUID.randomUUID();
        UUID electrician = UUID.randomUUID();
        // The rigger is on the festival, but overloaded by the gala and the tour together.
        book(acme, festival, rigger, "2026-07-20T06:00:00Z", "2026-07-21T22:00:00Z", ResourceStatus.TENTATIVE);
        book(acme, gala, rigger, "2026-07-10T06:00:00Z", "2026-07-10T22:00:00Z", ResourceStatus.CONFIRMED);
        book(acme, tour, rigger, "2026-07-10T08:00:00Z", "2026-07-10T20:00:00Z", ResourceStatus.TENTATIVE);
        // The electrician is overloaded too, but not on the festival.
        book(acme, gala, electrician, "2026-07-12T06:00:00Z", "2026-07-12T22:00:00Z", ResourceStatus.CONFIRMED);
        book(acme, tour, electrician, "2026-07-12T06:00:00Z", "2026-07-12T22:00:00Z", ResourceStatus.TENTATIVE);

        // when
        List<Overallocation> days = acme.asOwner(tx -> new ResourcePlanner(tx).overallocations(festival.id(), JULY_FIRST, JULY_LAST));

        // then
        LocalDate tenth = LocalDate.of(2026, 7, 10);
        assertThat(days).containsExactly(overallocation(rigger, tenth, List.of(
                Allocation.of(rigger, gala.id(), tenth, tenth, SIXTY),
                Allocation.of(rigger, tour.id(), tenth, tenth, SIXTY))));
        List<Overallocation> everyone = acme.asOwner(tx -> new ResourcePlanner(tx).overallocations(JULY_FIRST, JULY_LAST));
        assertThat(everyone).extracting(Overallocation::resourceId).containsExactly(rigger, electrician);
    }

    @Test
    void onlyTheDaysAskedForAreReported(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Windowed Crew Productions");
        Project festival = ProjectFixtures.project(acme, "Harbour Festival");
        Project gala = ProjectFixtures.project(acme, "Harbour Gala");
        UUID rigger = UUID.randomUUID();
        book(acme, festival, rigger, "2026-07-01T06:00:00Z", "2026-07-05T22:00:00Z", ResourceStatus.CONFIRMED);
        book(acme, gala, rigger, "2026-07-03T06:00:00Z", "2026-07-08T00:00:00Z", ResourceStatus.TENTATIVE);

        // when
        List<Overallocation> days = acme.asOwner(tx -> new ResourcePlanner(tx)
                .overallocations(LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 6)));

        // then
        assertThat(days).extracting(Overallocation::date).containsExactly(LocalDate.of(2026, 7, 5));
    }

    private static ProjectResource book(OrganizationFixture organization, Project project, UUID person, String startAt, String endAt,
            ResourceStatus status) {
        return organization.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder()
                .organizationId(organization.id()).projectId(project.id()).resourceType(ResourceType.PERSON).resourceId(person)
                .name("Head rigger").startAt(Instant.parse(startAt)).endAt(Instant.parse(endAt)).allocationPct(SIXTY)
                .status(status).build()));
    }

    private static Overallocation overallocation(UUID resource, LocalDate date, List<Allocation> allocations) {
        return Overallocation.builder().resourceId(resource).date(date).totalPercent(new BigDecimal("120.00")).allocations(allocations).build();
    }
}
