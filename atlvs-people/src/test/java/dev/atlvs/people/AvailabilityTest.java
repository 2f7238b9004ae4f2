package dev.atlvs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.OrganizationRepository;
import dev.atlvs.people.availability.Availability;
import dev.atlvs.people.availability.AvailabilityService;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentRepository;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.availability.Leave;
import dev.atlvs.people.availability.LeaveService;
import dev.atlvs.people.person.Person;
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
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A person's time is held by commitments from every module (project bookings, leave, the host's own engagements):
 * availability reads them all, and the database refuses the confirmed commitment that would take a person beyond 100%
 * at any moment, whichever module writes it.
 */
@AtlvsTest
class AvailabilityTest {
    private static final Instant BUILD_START = Instant.parse("2026-07-13T07:00:00Z");
    private static final Instant BUILD_END = Instant.parse("2026-07-17T19:00:00Z");

    private static ProjectResource booking(OrganizationFixture org, Project project, Person person, Instant from, Instant to,
            ResourceStatus status) {
        return org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(org.id())
                .projectId(project.id()).resourceType(ResourceType.PERSON).resourceId(person.id()).name("Rigging: " + person.displayName())
                .startAt(from).endAt(to).status(status).build()));
    }

    @Test
    void commitmentsWithinOneProjectShareThePersonsTimeWhileAnotherProjectIsRefused(Fixtures fixtures) {
        // given: Ana is booked full time on the festival build
        OrganizationFixture org = fixtures.organization("Shared Time Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Project festival = ProjectFixtures.project(org);
        Project other = ProjectFixtures.project(org);
        booking(org, festival, ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED);
        Instant callStart = BUILD_START.plus(Duration.ofDays(1));
        Instant callEnd = callStart.plus(Duration.ofHours(12));

        // when: a call of the same project is committed in the database, then one of another project
        org.asOwner(tx -> tx.handle().createUpdate("""
                select atlvs.commit_project_time(:org, :person, :project, 'stage_calls', atlvs.uuid_v7(), :from, :to, 100,
                                                 'confirmed', 'Stage call')""")
                .bind("org", org.id()).bind("person", ana.id()).bind("project", festival.id())
                .bind("from", callStart).bind("to", callEnd).execute());

        // then
        assertThat(org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), callStart, callEnd)).confirmed()).hasSize(2);
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                select atlvs.commit_project_time(:org, :person, :project, 'stage_calls', atlvs.uuid_v7(), :from, :to, 100,
                                                 'confirmed', 'Other call')""")
                .bind("org", org.id()).bind("person", ana.id()).bind("project", other.id())
                .bind("from", callStart).bind("to", callEnd).execute()))
                .isInstanceOfSatisfying(ScheduleConflictException.class,
                        e -> assertThat(e.rule()).contains("person_commitments_capacity"));
    }

    @Test
    void aConfirmedProjectBookingHoldsThePersonsTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Booked Crew Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        ProjectResource booked = booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED);

        // when
        Availability during = org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), BUILD_START.plus(Duration.ofDays(1)), BUILD_END));
        Availability after = org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), BUILD_END, BUILD_END.plus(Duration.ofDays(3))));

        // then
        assertThat(during.isFree()).isFalse();
        assertThat(during.confirmed()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("project_resources");
            assertThat(c.sourceId()).isEqualTo(booked.id());
            assertThat(c.startsAt()).isEqualTo(BUILD_START);
            assertThat(c.endsAt()).isEqualTo(BUILD_END);
            assertThat(c.label()).isEqualTo("Rigging: Ana Souza");
        });
        assertThat(after.isFree()).isTrue();
        assertThat(after.commitments()).isEmpty();
    }

    @Test
    void aTentativeBookingIsAHoldNotABlock(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Pencilled Crew Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.TENTATIVE);

        Availability week = org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), BUILD_START, BUILD_END));

        assertThat(week.isFree()).isTrue();
        assertThat(week.isFreeButHeld()).isTrue();
        assertThat(week.tentative()).hasSize(1);
    }

    @Test
    void releasingABookingReleasesThePersonsTime(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Released Crew Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        ProjectResource booked = booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED);

        org.asOwner(tx -> tx.repository(ProjectResourceRepository.class)
                .update(dev.atlvs.projects.resource.ImmutableProjectResource.copyOf(booked).withStatus(ResourceStatus.RELEASED)));

        Optional<Commitment> left = org.asOwner(tx -> tx.repository(CommitmentRepository.class).ofSource("project_resources", booked.id()));
        assertThat(left).isEmpty();
    }

    @Test
    void approvedLeaveRefusesAConfirmedBookingOverIt(Fixtures fixtures) {
        // given: approved leave on the Wednesday of the build week
        OrganizationFixture org = fixtures.organization("Leave Blocks Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Leave leave = PeopleFixtures.leave(org, ana, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15));
        org.asOwner(tx -> new LeaveService(tx).approve(leave.id()));
        Project festival = ProjectFixtures.project(org);

        // when / then: through the SDK
        assertThatThrownBy(() -> booking(org, festival, ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_DOUBLE_BOOKED);
                    assertThat(e.rule()).contains("person_commitments_capacity");
                });
        // and by raw SQL
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.project_resources (organization_id, project_id, resource_type, resource_id, name, start_at, end_at, status)
                values (:org, :project, 'person', :person, 'Rigging', :from, :to, 'confirmed')
                """).bind("org", org.id()).bind("project", festival.id()).bind("person", ana.id())
                .bind("from", BUILD_START).bind("to", BUILD_END).execute()))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_DOUBLE_BOOKED));
        List<ProjectResource> written = org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).ofProject(festival.id()));
        assertThat(written).isEmpty();
    }

    @Test
    void leaveCannotBeApprovedOverAConfirmedBooking(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Booking Blocks Leave Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED);
        Leave leave = PeopleFixtures.leave(org, ana, LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 24));

        assertThatThrownBy(() -> org.asOwner(tx -> new LeaveService(tx).approve(leave.id())))
                .isInstanceOfSatisfying(ScheduleConflictException.class, e -> assertThat(e.rule()).contains("person_commitments_capacity"));
        dev.atlvs.people.availability.LeaveStatus status = org.asOwner(
                tx -> tx.repository(dev.atlvs.people.availability.LeaveRepository.class).get(leave.id()).status());
        assertThat(status).isEqualTo(dev.atlvs.people.availability.LeaveStatus.REQUESTED);
    }

    @Test
    void leaveCoversWholeDaysInTheOrganizationsTimeZone(Fixtures fixtures) {
        // given: an organization in London, on summer time (UTC+1)
        OrganizationFixture org = fixtures.organization("London Leave Live");
        org.asOwner(tx -> {
            OrganizationRepository organizations = tx.repository(OrganizationRepository.class);
            return organizations.update(ImmutableOrganization.copyOf(organizations.get(org.id())).withTimezone("Europe/London"));
        });
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");

        // when
        Leave leave = PeopleFixtures.leave(org, ana, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 4));

        // then: from midnight of the first day to midnight after the last, London time
        Commitment held = org.asOwner(tx -> tx.repository(CommitmentRepository.class).ofSource("people_leave", leave.id()).orElseThrow());
        assertThat(held.startsAt()).isEqualTo(Instant.parse("2026-08-02T23:00:00Z"));
        assertThat(held.endsAt()).isEqualTo(Instant.parse("2026-08-04T23:00:00Z"));
        assertThat(held.status()).isEqualTo(CommitmentStatus.TENTATIVE);
        Availability firstDay = org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 3)));
        assertThat(firstDay.tentative()).hasSize(1);
    }

    @Test
    void aTerminatedPersonCannotBeBooked(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Terminated Crew Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        org.asOwner(tx -> new PersonService(tx).changeStatus(ana.id(), PersonStatus.TERMINATED));

        assertThatThrownBy(() -> booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.TENTATIVE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_NOT_ASSIGNABLE);
                    assertThat(e.rule()).contains("person_commitments_person_active");
                    assertThat(e.field()).contains("personId");
                });
    }

    @Test
    void aHostsOwnEngagementDoubleBookingAProjectBookingIsRefused(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Engagement Clash Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        booking(org, ProjectFixtures.project(org), ana, BUILD_START, BUILD_END, ResourceStatus.CONFIRMED);

        assertThatThrownBy(() -> PeopleFixtures.engagement(org, ana, BUILD_END.minus(Duration.ofHours(2)), BUILD_END.plus(Duration.ofHours(4)),
                CommitmentStatus.CONFIRMED)).isInstanceOf(ScheduleConflictException.class);
        Commitment beside = PeopleFixtures.engagement(org, ana, BUILD_END, BUILD_END.plus(Duration.ofHours(4)), CommitmentStatus.CONFIRMED);
        assertThat(beside.startsAt()).isEqualTo(BUILD_END);
    }

    @Test
    void twoHalfTimeBookingsFitAndAThirdDoesNot(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Half Time Crew Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Production Coordinator");
        Project a = ProjectFixtures.project(org);
        Project b = ProjectFixtures.project(org);
        for (Project project : List.of(a, b)) {
            org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(org.id())
                    .projectId(project.id()).resourceType(ResourceType.PERSON).resourceId(ana.id()).name("Coordination")
                    .startAt(BUILD_START).endAt(BUILD_END).allocationPct(new BigDecimal("50.00")).status(ResourceStatus.CONFIRMED).build()));
        }

        assertThatThrownBy(() -> PeopleFixtures.engagement(org, ana, BUILD_START, BUILD_START.plus(Duration.ofHours(1)), CommitmentStatus.CONFIRMED))
                .isInstanceOf(ScheduleConflictException.class);
    }

    @Test
    void twoTransactionsBookingTheSamePersonAtOnceLeaveOneBooking(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().build();
        OrganizationFixture org = fixtures.organization("Racing Bookings Live");
        Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Project a = ProjectFixtures.project(org);
        Project b = ProjectFixtures.project(org);

        // when: both transactions have begun before either books
        List<Race.Outcome<ProjectResource>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(org.id())
                            .projectId(a.id()).resourceType(ResourceType.PERSON).resourceId(ana.id()).name("Rigging A")
                            .startAt(BUILD_START).endAt(BUILD_END).status(ResourceStatus.CONFIRMED).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(org.id())
                            .projectId(b.id()).resourceType(ResourceType.PERSON).resourceId(ana.id()).name("Rigging B")
                            .startAt(BUILD_START.plus(Duration.ofDays(1))).endAt(BUILD_END).status(ResourceStatus.CONFIRMED).build());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOf(ScheduleConflictException.class));
        Availability week = org.asOwner(tx -> new AvailabilityService(tx).of(ana.id(), BUILD_START, BUILD_END));
        assertThat(week.confirmed()).hasSize(1);
    }

    /**
     * Whatever confirmed and tentative commitments a person has, availability never reports them free over a window a
     * confirmed commitment overlaps, and lists exactly the commitments overlapping the window.
     */
    @PropertyTest(tries = 40)
    void availabilityNeverReportsFreeWhoHasAConfirmedOverlappingCommitment(Gen gen, Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Property Crew " + gen.seed());
        Person person = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        Instant base = Instant.parse("2026-09-01T00:00:00Z");
        List<Commitment> written = new ArrayList<>();
        for (int i = 0; i < gen.intBetween(0, 6); i++) {
            Instant from = base.plus(Duration.ofHours(gen.intBetween(0, 24 * 14)));
            Instant to = from.plus(Duration.ofHours(gen.intBetween(1, 72)));
            CommitmentStatus status = gen.oneOf(CommitmentStatus.class);
            try {
                written.add(PeopleFixtures.engagement(org, person, from, to, status));
            } catch (ScheduleConflictException refused) {
                // a confirmed commitment over another: refused, nothing written
            }
        }
        for (int q = 0; q < 5; q++) {
            Instant from = base.plus(Duration.ofHours(gen.intBetween(0, 24 * 16)));
            Instant to = from.plus(Duration.ofHours(gen.intBetween(1, 96)));
            Availability availability = org.asOwner(tx -> new AvailabilityService(tx).of(person.id(), from, to));
            List<Commitment> overlapping = written.stream().filter(c -> c.overlaps(from, to)).toList();
            boolean confirmedOverlap = overlapping.stream().anyMatch(c -> c.status() == CommitmentStatus.CONFIRMED);
            if (confirmedOverlap) {
                assertThat(availability.isFree()).as("free over a confirmed commitment, window %s - %s", from, to).isFalse();
            }
            assertThat(availability.commitments()).extracting(Commitment::id)
                    .containsExactlyInAnyOrderElementsOf(overlapping.stream().map(Commitment::id).toList());
        }
    }
}
