package dev.atlvs.tests.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

@AtlvsTest
class DomainEventsTest {

    @Test
    void eventsOfAnAggregateAreNumberedFromOneWithoutGaps(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UUID project = UUID.randomUUID();

        List<DomainEvent> history = org.asOwner(tx -> {
            DomainEvents events = new DomainEvents(tx);
            events.append("project", project, "project.created", Map.of("name", "Festival build"));
            events.append("project", project, "project.status_changed", Map.of("from", "planning", "to", "active"));
            events.append("project", UUID.randomUUID(), "project.created", Map.of("name", "Another"));
            return events.history("project", project);
        });

        assertThat(history).extracting(DomainEvent::sequence).containsExactly(1L, 2L);
        assertThat(history).extracting(DomainEvent::eventType).containsExactly("project.created", "project.status_changed");
        assertThat(history.get(0).actorId()).contains(org.owner().id());
        assertThat(history.get(1).payload()).contains("\"to\": \"active\"");
    }

    @Test
    void concurrentAppendsToOneAggregateStayGapFree(Fixtures fixtures) throws Exception {
        OrganizationFixture org = fixtures.organization();
        UUID project = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DomainEvent>> appends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                appends.add(() -> org.asOwner(tx -> new DomainEvents(tx).append("project", project, "project.status_changed", Map.of("n", n))));
            }
            for (Future<DomainEvent> done : pool.invokeAll(appends)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<DomainEvent> history = org.asOwner(tx -> new DomainEvents(tx).history("project", project));
        assertThat(history).extracting(DomainEvent::sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoAppendsToOneAggregateInRacingTransactionsTakeConsecutiveSequences(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Events " + isolation);
        UUID project = UUID.randomUUID();

        // when: both transactions have begun before either appends
        List<Race.Outcome<DomainEvent>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new DomainEvents(tx).append("project", project, "project.status_changed", Map.of("n", 1));
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new DomainEvents(tx).append("project", project, "project.status_changed", Map.of("n", 2));
                })));

        // then: both commit, numbered one and two
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.won()).as("appended").isTrue());
        List<DomainEvent> history = org.asOwner(tx -> new DomainEvents(tx).history("project", project));
        assertThat(history).extracting(DomainEvent::sequence).containsExactly(1L, 2L);
    }

    @Test
    void anUnknownEventTypeIsRefusedNamingTheFieldAndNothingIsStored(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UUID project = UUID.randomUUID();

        assertThatThrownBy(() -> org.asOwner(tx -> new DomainEvents(tx).append("project", project, "project.teleported", Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.UNKNOWN_EVENT_TYPE);
                    assertThat(e.violationsOf("eventType")).singleElement()
                            .satisfies(v -> assertThat(v.rule()).isEqualTo("domain_events_event_type_registered"));
                });
        List<DomainEvent> stored = org.asOwner(tx -> new DomainEvents(tx).history("project", project));
        assertThat(stored).isEmpty();
    }

    @Test
    void anEventTypeOfAnotherAggregateTypeIsRefusedAsTheDatabaseRefusesIt(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();

        assertThatThrownBy(() -> org.asOwner(tx -> new DomainEvents(tx).append("task", UUID.randomUUID(), "project.created", Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("eventType")).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("domain_events_event_type_registered")));
    }

    @Test
    void anOversizedPayloadIsRefusedNamingTheFieldAndRule(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UUID project = UUID.randomUUID();

        assertThatThrownBy(() -> org.asOwner(tx -> new DomainEvents(tx).append("project", project, "project.created",
                Map.of("notes", "x".repeat(DomainEvents.MAX_PAYLOAD_BYTES)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE);
                    assertThat(e.violationsOf("payload")).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("MaxSize"));
                });
        List<DomainEvent> stored = org.asOwner(tx -> new DomainEvents(tx).history("project", project));
        assertThat(stored).isEmpty();
    }

    @Test
    void theEventStoreIsAppendOnlyForTheRuntimeRole(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        UUID project = UUID.randomUUID();
        org.asOwner(tx -> new DomainEvents(tx).append("project", project, "project.created", Map.of()));

        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.domain_events set payload = '{}' where aggregate_id = :id")
                .bind("id", project).execute())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("delete from atlvs.domain_events where aggregate_id = :id")
                .bind("id", project).execute())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void projectServicesAppendTheirEventsInTheSameTransaction(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization();
        Project project = ProjectFixtures.project(org);

        org.asOwner(tx -> new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ACTIVE));
        assertThatThrownBy(() -> org.asOwner(tx -> {
            new ProjectService(tx).changeStatus(project.id(), ProjectStatus.ON_HOLD);
            throw new IllegalStateException("the caller gives up");
        })).isInstanceOf(IllegalStateException.class);

        List<DomainEvent> history = org.asOwner(tx -> new DomainEvents(tx).history("project", project.id()));
        assertThat(history).extracting(DomainEvent::eventType).containsExactly("project.created", "project.status_changed");
        assertThat(history.get(1).payload()).contains("\"from\": \"planning\"").contains("\"to\": \"active\"");
    }
}
