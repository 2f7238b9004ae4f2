package dev.atlvs.programming.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The seats and the waitlist of a workshop under any sequence of registrations, cancellations and added seats. */
@AtlvsTest
class WorkshopWaitlistPropertiesTest {

    private static final Instant FROM = Instant.parse("2026-09-12T13:00:00Z");

    @PropertyTest(tries = 10)
    void theSeatsAreNeverExceededAndTheWaitlistIsContiguousFirstComeFirstServed(Gen gen, Fixtures fixtures) {
        // given: a workshop of one to four seats, open
        OrganizationFixture acme = fixtures.organization("Waitlist " + gen.seed());
        Event event = ProgrammingFixtures.event(acme, ProgrammingFixtures.eventBuilder(acme, ProjectFixtures.project(acme), "Rigging basics",
                EventKind.WORKSHOP, FROM, FROM.plus(Duration.ofHours(2))).build());
        Workshop created = acme.asOwner(tx -> new WorkshopService(tx).create(Workshop.builder().organizationId(acme.id())
                .eventId(event.id()).maxParticipants(gen.intBetween(1, 4)).build()));
        acme.asOwner(tx -> new WorkshopService(tx).openRegistration(created.id()));
        List<UUID> live = new ArrayList<>();

        // when: registrations, cancellations and an occasional added seat, in any order
        int steps = gen.intBetween(4, 14);
        for (int step = 0; step < steps; step++) {
            int choice = gen.intBetween(0, 9);
            if (choice < 6 || live.isEmpty()) {
                String name = "Attendee " + step;
                live.add(acme.asOwner(tx -> new WorkshopService(tx).register(WorkshopRegistration.builder().organizationId(acme.id())
                        .workshopId(created.id()).attendeeName(name).build())).registration().id());
            } else if (choice < 9) {
                UUID leaving = live.remove(gen.intBetween(0, live.size() - 1));
                acme.asOwner(tx -> new WorkshopService(tx).cancelRegistration(leaving));
            } else {
                acme.asOwner(tx -> {
                    Workshop current = new WorkshopService(tx).get(created.id());
                    return new WorkshopService(tx).update(ImmutableWorkshop.copyOf(current).withMaxParticipants(current.maxParticipants() + 1));
                });
            }

            // then, after every step
            Roster roster = acme.asOwner(tx -> new WorkshopService(tx).roster(created.id()));
            int seats = roster.workshop().maxParticipants();
            assertThat(roster.seated().size()).isLessThanOrEqualTo(seats);
            assertThat(roster.seated().size() + roster.waitlist().size()).isEqualTo(live.size());
            if (!roster.waitlist().isEmpty()) {
                assertThat(roster.seated()).hasSize(seats);
            }
            assertThat(roster.waitlist()).extracting(r -> r.waitlistPosition().orElseThrow())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, roster.waitlist().size()).boxed().toList());
            assertThat(roster.waitlist()).extracting(WorkshopRegistration::id).isSorted();
        }
    }
}
