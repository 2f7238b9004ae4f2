package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.people.person.Person;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.CallSheetFixtures;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generating a draft call sheet from the confirmed bookings of the project, the day's events and the people's arrivals.
 */
@AtlvsTest
class CallSheetGeneratorTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    private static Instant at(LocalDate date, int hour, int minute) {
        return ProgrammingFixtures.at(date, LocalTime.of(hour, minute));
    }

    private record Crew(Festival festival, Person ana, Person chloe, Person fin, Person gus, Person hal) {}

    /** Ana is booked all week, Chloe from 09:00 Friday, Fin until 18:00 Friday, Gus only tentatively, Hal from Saturday. */
    private static Crew crew(OrganizationFixture org) {
        Festival festival = ProgrammingFixtures.festival(org);
        Person ana = person(org, "Ana");
        Person chloe = person(org, "Chloe");
        Person fin = person(org, "Fin");
        Person gus = person(org, "Gus");
        Person hal = person(org, "Hal");
        CallSheetFixtures.booking(org, festival.project(), ana, "Rigger", at(FRIDAY.minusDays(2), 7, 0), at(FRIDAY.plusDays(4), 20, 0));
        CallSheetFixtures.booking(org, festival.project(), chloe, "Audio engineer", at(FRIDAY, 9, 0), at(FRIDAY.plusDays(1), 1, 0));
        CallSheetFixtures.booking(org, festival.project(), fin, "Lighting tech", at(FRIDAY, 6, 0), at(FRIDAY, 18, 0));
        org.asOwner(tx -> tx.repository(dev.atlvs.projects.resource.ProjectResourceRepository.class)
                .insert(dev.atlvs.projects.resource.ProjectResource.builder().organizationId(org.id()).projectId(festival.project().id())
                        .resourceType(dev.atlvs.projects.resource.ResourceType.PERSON).resourceId(gus.id()).name("Runner")
                        .startAt(at(FRIDAY, 7, 0)).endAt(at(FRIDAY, 23, 0))
                        .status(dev.atlvs.projects.resource.ResourceStatus.TENTATIVE).build()));
        CallSheetFixtures.booking(org, festival.project(), hal, "Backline tech", at(FRIDAY.plusDays(1), 8, 0),
                at(FRIDAY.plusDays(1), 23, 0));
        return new Crew(festival, ana, chloe, fin, gus, hal);
    }

    private static Person person(OrganizationFixture org, String first) {
        return CallSheetFixtures.crewMember(org, org.addMember(MemberRole.CONTRIBUTOR), first, "Crew", "Crew");
    }

    @Test
    void eachConfirmedPersonIsCalledAtTheLaterOfTheGeneralCallAndTheirStartAndWrappedAtTheEarlierOfTheTeardownAndTheirEnd(
            Fixtures fixtures) {
        // given: the main stage's Friday runs until its teardown at midnight
        OrganizationFixture org = fixtures.organization("Generate Calls");
        Crew crew = crew(org);
        Event mainStage = ProgrammingFixtures.mainStageDay(crew.festival(), 0);

        // when
        CallSheetGenerator.Generated generated = org.asOwner(tx -> new CallSheetGenerator(tx)
                .generate(mainStage.id(), FRIDAY, CallType.CREW, LocalTime.of(8, 0)));

        // then
        assertThat(generated.sheet().status()).isEqualTo(CallSheetStatus.DRAFT);
        assertThat(generated.sheet().eventId()).contains(mainStage.id());
        assertThat(generated.sheet().timezone()).contains("Europe/London");
        assertThat(generated.sheet().callTime()).contains(LocalTime.of(8, 0));
        assertThat(generated.calls()).extracting(CallSheetEntry::personId, CallSheetEntry::callAt, CallSheetEntry::wrapAt,
                        c -> c.role().orElseThrow())
                .containsExactly(
                        tuple(crew.ana().id(), at(FRIDAY, 8, 0), at(FRIDAY.plusDays(1), 0, 0), "Rigger"),
                        tuple(crew.fin().id(), at(FRIDAY, 8, 0), at(FRIDAY, 18, 0), "Lighting tech"),
                        tuple(crew.chloe().id(), at(FRIDAY, 9, 0), at(FRIDAY.plusDays(1), 0, 0), "Audio engineer"));
        assertThat(generated.adjustments()).isEmpty();
    }

    @Test
    void theScheduleListsTheEventsOfTheDate(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Generate Schedule");
        Crew crew = crew(org);

        // when
        CallSheetGenerator.Generated generated = org.asOwner(tx -> new CallSheetGenerator(tx)
                .generate(ProgrammingFixtures.mainStageDay(crew.festival(), 0).id(), FRIDAY, CallType.CREW, LocalTime.of(8, 0)));

        // then: Friday's events, and none of Saturday's
        assertThat(generated.sheet().schedule()).contains("Main Stage - Friday", "Riverside Tent - Friday", "Riverside Sound - Friday")
                .doesNotContain("Saturday");
    }

    @Test
    void nobodyIsCalledBeforeTheyArriveAndTheMoveIsReported(Fixtures fixtures) {
        // given: Ana's train arrives at 10:15
        OrganizationFixture org = fixtures.organization("Generate Arrival");
        Crew crew = crew(org);
        Instant arrival = at(FRIDAY, 10, 15);
        ArrivalSource travel = (person, project, date) -> person.equals(crew.ana().id()) && date.equals(FRIDAY)
                ? Optional.of(arrival) : Optional.empty();

        // when
        CallSheetGenerator.Generated generated = org.asOwner(tx -> new CallSheetGenerator(tx, travel)
                .generate(ProgrammingFixtures.mainStageDay(crew.festival(), 0).id(), FRIDAY, CallType.CREW, LocalTime.of(8, 0)));

        // then
        Instant moved = arrival.plus(CallSheetGenerator.ARRIVAL_MARGIN);
        assertThat(generated.calls()).filteredOn(c -> c.personId().equals(crew.ana().id()))
                .singleElement().satisfies(c -> assertThat(c.callAt()).isEqualTo(moved));
        assertThat(generated.adjustments()).containsExactly(
                new CallSheetGenerator.Adjustment(crew.ana().id(), at(FRIDAY, 8, 0), moved, CallSheetGenerator.Reason.ARRIVAL));
    }

    @Test
    void anArrivalAfterTheEndOfTheBookingLeavesThePersonUncalled(Fixtures fixtures) {
        // given: Fin's flight lands after his booking ends
        OrganizationFixture org = fixtures.organization("Generate Late Arrival");
        Crew crew = crew(org);
        ArrivalSource travel = (person, project, date) -> person.equals(crew.fin().id()) ? Optional.of(at(FRIDAY, 17, 30))
                : Optional.empty();

        // when
        CallSheetGenerator.Generated generated = org.asOwner(tx -> new CallSheetGenerator(tx, travel)
                .generate(ProgrammingFixtures.mainStageDay(crew.festival(), 0).id(), FRIDAY, CallType.CREW, LocalTime.of(8, 0)));

        // then
        assertThat(generated.calls()).extracting(CallSheetEntry::personId).doesNotContain(crew.fin().id());
        assertThat(generated.skipped()).containsExactly(
                new CallSheetGenerator.Skipped(crew.fin().id(), CallSheetGenerator.Reason.NO_TIME_LEFT));
    }

    @Test
    void peopleAlreadyOnAnotherCallAreReportedNotCalledTwice(Fixtures fixtures) {
        // given: the main stage's crew call has been generated
        OrganizationFixture org = fixtures.organization("Generate Twice");
        Crew crew = crew(org);
        org.asOwner(tx -> new CallSheetGenerator(tx).generate(ProgrammingFixtures.mainStageDay(crew.festival(), 0).id(), FRIDAY,
                CallType.CREW, LocalTime.of(8, 0)));

        // when: the tent's is generated for the same crew
        CallSheetGenerator.Generated tent = org.asOwner(tx -> new CallSheetGenerator(tx)
                .generate(crew.festival().tentDays().get(0).id(), FRIDAY, CallType.CREW, LocalTime.of(9, 0)));

        // then
        assertThat(tent.calls()).isEmpty();
        assertThat(tent.skipped()).extracting(CallSheetGenerator.Skipped::reason)
                .containsOnly(CallSheetGenerator.Reason.ON_ANOTHER_CALL).hasSize(3);
    }

    @Test
    void aProjectWideSheetWrapsAtTheEndOfTheDatesLastEvent(Fixtures fixtures) {
        // given: Friday's last teardown (the tent's) is at 01:30 on Saturday; the festival and its days only hold events
        OrganizationFixture org = fixtures.organization("Generate Project");
        Crew crew = crew(org);

        // when
        CallSheetGenerator.Generated generated = org.asOwner(tx -> new CallSheetGenerator(tx)
                .generateForProject(crew.festival().project().id(), Festival.ZONE, FRIDAY, CallType.GENERAL, LocalTime.of(7, 0)));

        // then: Ana wraps with the tent, Chloe when her booking ends
        assertThat(generated.sheet().eventId()).isEmpty();
        assertThat(generated.calls()).filteredOn(c -> c.personId().equals(crew.ana().id())).singleElement()
                .satisfies(c -> assertThat(c.wrapAt()).isEqualTo(at(FRIDAY.plusDays(1), 1, 30)));
        assertThat(generated.calls()).filteredOn(c -> c.personId().equals(crew.chloe().id())).singleElement()
                .satisfies(c -> assertThat(c.wrapAt()).isEqualTo(at(FRIDAY.plusDays(1), 1, 0)));
    }
}
