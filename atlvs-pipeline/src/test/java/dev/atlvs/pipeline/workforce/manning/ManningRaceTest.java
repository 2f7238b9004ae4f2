package dev.atlvs.pipeline.workforce.manning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.people.person.Person;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.testing.ManningFixtures;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.RuleAssertions;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Racing transactions on one slot: of two people assigned at once to its last place exactly one is in. */
@AtlvsTest
class ManningRaceTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoPeopleAssignedAtOnceToTheLastPlaceCannotBothBeIn(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: a slot for one electrician, and two free electricians
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Crew " + isolation);
        ManningSlot slot = ManningFixtures.slot(org, ProjectFixtures.project(org, "Harbour Stage Build"), "Electrician",
                LocalDate.of(2026, 9, 8), 1, "300.0000");
        Person gus = ManningFixtures.crewMember(org, "Gus", "Olsen", "Electrician");
        Person ivy = ManningFixtures.crewMember(org, "Ivy", "Chen", "Electrician");

        // when: both transactions have begun before either writes
        List<Race.Outcome<ManningAssignment>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ManningService(tx).assign(slot.id(), gus.id());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ManningService(tx).assign(slot.id(), ivy.id());
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> RuleAssertions.reports(loser.failure().orElseThrow(), PipelineRules.MANNING_ASSIGNMENTS_WITHIN_REQUIRED));
        ManningSlot after = org.asOwner(tx -> new ManningService(tx).slot(slot.id()));
        assertThat(after.filledCount()).isEqualTo(1);
        assertThat(org.<List<ManningAssignment>>asOwner(tx -> new ManningService(tx).assignments(slot.id()))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void onePersonAssignedAtOnceToOverlappingShiftsOfTwoProjectsIsInOnlyOne(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: two projects need a rigger over the same shift
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing Person " + isolation);
        LocalDate day = LocalDate.of(2026, 9, 8);
        ManningSlot harbour = ManningFixtures.slot(org, ProjectFixtures.project(org, "Harbour Stage Build"), "Rigger", day, 2, "320.0000");
        ManningSlot gala = ManningFixtures.slot(org, ProjectFixtures.project(org, "Riverside Gala"), "Rigger", day, 2, "300.0000");
        UUID ana = ManningFixtures.crewMember(org, "Ana", "Souza", "Rigger").id();

        // when
        List<Race.Outcome<ManningAssignment>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ManningService(tx).assign(harbour.id(), ana);
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new ManningService(tx).assign(gala.id(), ana);
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> RuleAssertions.reports(loser.failure().orElseThrow(), PipelineRules.MANNING_ASSIGNMENTS_PERSON_AVAILABLE));
    }
}
