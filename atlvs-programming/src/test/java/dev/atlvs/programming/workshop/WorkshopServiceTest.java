package dev.atlvs.programming.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.WorkshopFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@AtlvsTest
class WorkshopServiceTest {

    @Test
    void registrationsBeyondTheSeatsGoToTheWaitlistInOrder(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Waitlist");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 2);

        // when
        Registration ada = WorkshopFixtures.register(acme, workshop, "Ada Lovelace");
        Registration grace = WorkshopFixtures.register(acme, workshop, "Grace Hopper");
        Registration alan = WorkshopFixtures.register(acme, workshop, "Alan Turing");
        Registration katherine = WorkshopFixtures.register(acme, workshop, "Katherine Johnson");

        // then
        assertThat(ada.seated()).isTrue();
        assertThat(grace.seated()).isTrue();
        assertThat(alan.seated()).isFalse();
        assertThat(alan.waitlistPosition()).isEqualTo(OptionalInt.of(1));
        assertThat(katherine.waitlistPosition()).isEqualTo(OptionalInt.of(2));
        assertThat(ada.registration().registeredAt()).isPresent();
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(workshop.id()));
        assertThat(roster.seated()).extracting(WorkshopRegistration::id).containsExactly(ada.registration().id(), grace.registration().id());
        assertThat(roster.waitlist()).extracting(WorkshopRegistration::id).containsExactly(alan.registration().id(),
                katherine.registration().id());
        assertThat(roster.freeSeats()).isZero();
    }

    @Test
    void cancellingASeatPromotesTheFirstWaitlistedAndMovesTheLineUp(Fixtures fixtures) {
        // given: one seat, Grace and Alan waiting
        OrganizationFixture acme = fixtures.organization("Promotion");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 1);
        Registration ada = WorkshopFixtures.register(acme, workshop, "Ada Lovelace");
        Registration grace = WorkshopFixtures.register(acme, workshop, "Grace Hopper");
        Registration alan = WorkshopFixtures.register(acme, workshop, "Alan Turing");

        // when
        WorkshopRegistration cancelled = acme.asOwner(tx -> new WorkshopService(tx).cancelRegistration(ada.registration().id()));

        // then
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        WorkshopRegistration promoted = acme.asOwner(tx -> new WorkshopService(tx).registration(grace.registration().id()));
        WorkshopRegistration next = acme.asOwner(tx -> new WorkshopService(tx).registration(alan.registration().id()));
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(promoted.waitlistPosition()).isEmpty();
        assertThat(next.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(next.waitlistPosition()).contains(1);
    }

    @Test
    void cancellingByRawSqlPromotesTooAndLeavingTheWaitlistClosesTheGap(Fixtures fixtures) {
        // given: one seat, three waiting
        OrganizationFixture acme = fixtures.organization("Promotion Raw");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 1);
        Registration ada = WorkshopFixtures.register(acme, workshop, "Ada Lovelace");
        WorkshopFixtures.register(acme, workshop, "Grace Hopper");
        Registration alan = WorkshopFixtures.register(acme, workshop, "Alan Turing");
        Registration katherine = WorkshopFixtures.register(acme, workshop, "Katherine Johnson");

        // when: Alan (2nd in line) leaves, then Ada's seat is cancelled by raw SQL
        acme.asOwner(tx -> new WorkshopService(tx).cancelRegistration(alan.registration().id()));
        acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.workshop_registrations set status = 'cancelled' where id = :id")
                .bind("id", ada.registration().id()).execute());

        // then
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(workshop.id()));
        assertThat(roster.seated()).extracting(r -> r.attendeeName().orElseThrow()).containsExactly("Grace Hopper");
        assertThat(roster.waitlist()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(katherine.registration().id());
            assertThat(r.waitlistPosition()).contains(1);
        });
    }

    @Test
    void aRawInsertBeyondTheSeatsIsWaitlistedNotRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Raw Waitlist");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 1);
        WorkshopFixtures.register(acme, workshop, "Ada Lovelace");

        // (the position is cast to text: a distributed database takes only immutable functions in a RETURNING list)
        List<String> status = acme.asOwner(tx -> tx.handle().createQuery("""
                insert into atlvs.workshop_registrations (organization_id, workshop_id, attendee_name, status)
                values (:organizationId, :workshopId, 'Grace Hopper', 'registered')
                returning status || '#' || waitlist_position::text
                """).bind("organizationId", acme.id()).bind("workshopId", workshop.id()).mapTo(String.class).list());

        assertThat(status).containsExactly("waitlisted#1");
    }

    @Test
    void registeringIsOpenOnlyWhileRegistrationIsOpen(Fixtures fixtures) {
        // given: a workshop in planning, and one whose registration has closed
        OrganizationFixture acme = fixtures.organization("Closed Doors");
        Festival festival = ProgrammingFixtures.festival(acme);
        Workshop planning = WorkshopFixtures.masterclass(acme, festival, 10);
        Workshop closed = WorkshopFixtures.openMasterclass(acme, festival, 10);
        acme.asOwner(tx -> new WorkshopService(tx).closeRegistration(closed.id()));

        // when / then
        for (Workshop workshop : List.of(planning, closed)) {
            assertThatThrownBy(() -> WorkshopFixtures.register(acme, workshop, "Ada Lovelace"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.WORKSHOP_REGISTRATIONS_REGISTRATION_OPEN));
            assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                    insert into atlvs.workshop_registrations (organization_id, workshop_id, attendee_name)
                    values (:organizationId, :workshopId, 'Ada Lovelace')
                    """).bind("organizationId", acme.id()).bind("workshopId", workshop.id()).execute()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.WORKSHOP_REGISTRATIONS_REGISTRATION_OPEN));
        }
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(planning.id()));
        assertThat(roster.seated()).isEmpty();
    }

    @Test
    void moreSeatsSeatTheWaitlistAndFewerThanTakenAreRefused(Fixtures fixtures) {
        // given: two seats taken, two waiting
        OrganizationFixture acme = fixtures.organization("Seat Changes");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 2);
        for (String name : List.of("Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson")) {
            WorkshopFixtures.register(acme, workshop, name);
        }

        // when: one more seat
        Workshop bigger = acme.asOwner(tx -> new WorkshopService(tx).update(ImmutableWorkshop.copyOf(
                new WorkshopService(tx).get(workshop.id())).withMaxParticipants(3)));

        // then
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(workshop.id()));
        assertThat(roster.seated()).extracting(r -> r.attendeeName().orElseThrow()).containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(roster.waitlist()).singleElement().satisfies(r -> assertThat(r.waitlistPosition()).contains(1));
        // and fewer than taken is refused both ways
        assertThatThrownBy(() -> acme.asOwner(tx -> new WorkshopService(tx).update(ImmutableWorkshop.copyOf(bigger).withMaxParticipants(2))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.WORKSHOPS_MAX_PARTICIPANTS_SEATED));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.workshops set max_participants = 1 where id = :id")
                .bind("id", workshop.id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.WORKSHOPS_MAX_PARTICIPANTS_SEATED));
    }

    @Test
    void aWaitlistedRegistrationIsNotSeatedByHandWhileTheWorkshopIsFull(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("No Jumping");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 1);
        WorkshopFixtures.register(acme, workshop, "Ada Lovelace");
        Registration grace = WorkshopFixtures.register(acme, workshop, "Grace Hopper");

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.workshop_registrations set status = 'registered' where id = :id")
                .bind("id", grace.registration().id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertRule(e, ProgrammingRules.WORKSHOP_REGISTRATIONS_CAPACITY));
    }

    @Test
    void aWorkshopMovesThroughItsLifecycleAndAttendanceIsMarked(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Workshop Lifecycle");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 5);
        Registration ada = WorkshopFixtures.register(acme, workshop, "Ada Lovelace");
        Registration grace = WorkshopFixtures.register(acme, workshop, "Grace Hopper");

        // when
        acme.asOwner(tx -> new WorkshopService(tx).closeRegistration(workshop.id()));
        acme.asOwner(tx -> new WorkshopService(tx).start(workshop.id()));
        WorkshopRegistration attended = acme.asOwner(tx -> new WorkshopService(tx).markAttendance(ada.registration().id(), true));
        WorkshopRegistration missed = acme.asOwner(tx -> new WorkshopService(tx).markAttendance(grace.registration().id(), false));
        Workshop completed = acme.asOwner(tx -> new WorkshopService(tx).complete(workshop.id()));

        // then
        assertThat(attended.status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(missed.status()).isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(completed.status()).isEqualTo(WorkshopStatus.COMPLETED);
        assertThatThrownBy(() -> acme.asOwner(tx -> new WorkshopService(tx).openRegistration(workshop.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.WORKSHOP_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("workshops_status_transition");
                });
        assertThatThrownBy(() -> acme.asOwner(tx -> new WorkshopService(tx).cancelRegistration(attended.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.WORKSHOP_REGISTRATION_TRANSITION_INVALID));
    }

    @Test
    void aWorkshopIsAnEventOfTypeWorkshop(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Wrong Events");
        Festival festival = ProgrammingFixtures.festival(acme);
        UUID performance = ProgrammingFixtures.mainStageDay(festival, 0).id();

        assertThatThrownBy(() -> acme.asOwner(tx -> new WorkshopService(tx).create(Workshop.builder().organizationId(acme.id())
                .eventId(performance).maxParticipants(10).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.WORKSHOPS_EVENT_IS_WORKSHOP));
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.workshops (organization_id, event_id, max_participants) values (:organizationId, :eventId, 10)
                """).bind("organizationId", acme.id()).bind("eventId", performance).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.WORKSHOPS_EVENT_IS_WORKSHOP));
    }

    @Test
    void aPriceNeedsACurrency(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Prices");
        Workshop workshop = WorkshopFixtures.masterclass(acme, ProgrammingFixtures.festival(acme), 10);

        assertThatThrownBy(() -> acme.asOwner(tx -> new WorkshopService(tx).update(ImmutableWorkshop.copyOf(workshop)
                .withCurrency(java.util.Optional.empty()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertRule(e, ProgrammingRules.WORKSHOPS_PRICE_CURRENCY_CHECK));
    }

    @Test
    void erasingAPersonDeletesTheirRegistrationAndSeatsTheNextInLine(Fixtures fixtures) {
        // given: Jonas holds the one seat, Ada waits
        OrganizationFixture acme = fixtures.organization("Erasure");
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 1);
        Person jonas = PeopleFixtures.person(acme, "Jonas", "Weber", "Monitor engineer");
        Registration seat = acme.asOwner(tx -> new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(acme.id())
                .workshopId(workshop.id()).personId(jonas.id()).build()));
        Registration ada = WorkshopFixtures.register(acme, workshop, "Ada Lovelace");

        // when
        acme.asOwner(tx -> new PersonService(tx).erase(jonas.id()));

        // then
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(workshop.id()));
        assertThat(seat.seated()).isTrue();
        assertThat(roster.seated()).extracting(WorkshopRegistration::id).containsExactly(ada.registration().id());
        assertThat(roster.waitlist()).isEmpty();
    }

    @Test
    void anInstructorsTimeIsHeldWhilePlannedConfirmedWhenRegistrationOpensAndReleasedOnCancellation(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Instructors");
        Workshop workshop = WorkshopFixtures.masterclass(acme, ProgrammingFixtures.festival(acme), 10);
        Person lena = PeopleFixtures.person(acme, "Lena", "Fischer", "FOH engineer");
        java.time.Instant from = java.time.Instant.parse("2026-07-11T00:00:00Z");
        java.time.Instant to = java.time.Instant.parse("2026-07-12T00:00:00Z");

        // when / then: planned
        WorkshopInstructor instructor = acme.asOwner(tx -> new WorkshopService(tx).addInstructor(workshop.id(), lena.id(), InstructorRole.LEAD));
        dev.atlvs.people.availability.Availability planned = acme.asOwner(tx -> new dev.atlvs.people.availability.AvailabilityService(tx)
                .of(lena.id(), from, to));
        assertThat(planned.tentative()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("workshop_instructors");
            assertThat(c.sourceId()).isEqualTo(instructor.id());
            assertThat(c.label()).startsWith("Workshop: Live sound masterclass");
        });
        // registration opens: confirmed
        acme.asOwner(tx -> new WorkshopService(tx).openRegistration(workshop.id()));
        assertThat(acme.asOwner(tx -> new dev.atlvs.people.availability.AvailabilityService(tx).of(lena.id(), from, to)).confirmed()).hasSize(1);
        // cancelled: released
        acme.asOwner(tx -> new WorkshopService(tx).cancel(workshop.id()));
        assertThat(acme.asOwner(tx -> new dev.atlvs.people.availability.AvailabilityService(tx).of(lena.id(), from, to)).isFree()).isTrue();
        List<WorkshopInstructor> instructors = acme.asOwner(tx -> new WorkshopService(tx).instructors(workshop.id()));
        assertThat(instructors).containsExactly(instructor);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoRegistrationsRacingForTheLastSeatEndOneSeatedOneWaitlisted(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: two seats, one taken
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Last Seat " + isolation);
        Workshop workshop = WorkshopFixtures.openMasterclass(acme, ProgrammingFixtures.festival(acme), 2);
        WorkshopFixtures.register(acme, workshop, "Ada Lovelace");

        // when: both transactions have begun before either registers
        List<Race.Outcome<Registration>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(acme.id())
                            .workshopId(workshop.id()).attendeeName("Grace Hopper").build());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(acme.id())
                            .workshopId(workshop.id()).attendeeName("Alan Turing").build());
                })));

        // then: both commit, one in the last seat and one first on the waitlist
        assertThat(outcomes).allMatch(Race.Outcome::won);
        List<Registration> registrations = outcomes.stream().map(o -> o.result().orElseThrow()).toList();
        assertThat(registrations).filteredOn(Registration::seated).hasSize(1);
        assertThat(registrations).filteredOn(r -> !r.seated()).singleElement()
                .satisfies(r -> assertThat(r.waitlistPosition()).isEqualTo(OptionalInt.of(1)));
        Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(workshop.id()));
        assertThat(roster.seated()).hasSize(2);
        assertThat(roster.waitlist()).hasSize(1);
    }

    private static void assertRule(AtlvsException e, dev.atlvs.core.error.Rule rule) {
        assertThat(e.code()).isEqualTo(rule.code());
        if (e instanceof ValidationException validation) {
            assertThat(validation.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(rule.field());
                assertThat(v.rule()).isEqualTo(rule.name());
            });
        } else if (e instanceof ConflictException conflict) {
            assertThat(conflict.field()).contains(rule.field());
            assertThat(conflict.rule()).contains(rule.name());
        } else {
            throw new AssertionError("unexpected " + e);
        }
    }
}
