package dev.atlvs.pipeline.workforce.manning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.people.person.Person;
import dev.atlvs.pipeline.testing.ManningFixtures;
import dev.atlvs.pipeline.testing.ManningFixtures.StaffedFestivalBuild;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@AtlvsTest
class CrewPlanTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Test
    void aKnownPlanReportsItsFillRatePerRolePerDayAndItsDayRateCost(Fixtures fixtures) {
        // given, worked by hand:
        //   Monday:  Rigger 4 at 320 (3 in: Ana 380 agreed, Ben and Caro 320), Runner 2 at 150 (1 in: Dev)
        //   Tuesday: Rigger 4 at 320 (1 in: Ana, 380 agreed), a cancelled Runner slot of 2
        //   fill: Monday Rigger 3/4 = 75.00%, Runner 1/2 = 50.00%; Tuesday Rigger 1/4 = 25.00%; all 5/10 = 50.00%
        //   planned: 4×320 + 2×150 + 4×320 = 2860.00 EUR; committed: 380 + 320 + 320 + 150 + 380 = 1550.00 EUR
        OrganizationFixture acme = fixtures.organization("Known Plan");
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot mondayRiggers = ManningFixtures.slot(acme, project, "Rigger", MONDAY, 4, "320.0000");
        ManningSlot mondayRunners = ManningFixtures.slot(acme, project, "Runner", MONDAY, 2, "150.0000");
        ManningSlot tuesdayRiggers = ManningFixtures.slot(acme, project, "Rigger", MONDAY.plusDays(1), 4, "320.0000");
        ManningSlot tuesdayRunners = ManningFixtures.slot(acme, project, "Runner", MONDAY.plusDays(1), 2, "150.0000");
        Person ana = ManningFixtures.crewMember(acme, "Ana", "Souza", "Head Rigger");
        Person ben = ManningFixtures.crewMember(acme, "Ben", "Okafor", "Rigger");
        Person caro = ManningFixtures.crewMember(acme, "Caro", "Lindqvist", "Rigger");
        Person dev = ManningFixtures.crewMember(acme, "Dev", "Patel", "Runner");
        assignAt(acme, mondayRiggers, ana, "380.0000");
        ManningFixtures.confirmed(acme, mondayRiggers, ben);
        ManningFixtures.assign(acme, mondayRiggers, caro);
        ManningFixtures.assign(acme, mondayRunners, dev);
        assignAt(acme, tuesdayRiggers, ana, "380.0000");
        ManningAssignment declined = ManningFixtures.assign(acme, tuesdayRunners, ben);
        acme.asOwner(tx -> new ManningService(tx).decline(declined.id()));
        acme.asOwner(tx -> new ManningService(tx).cancelSlot(tuesdayRunners.id()));

        // when
        CrewPlan plan = acme.asOwner(tx -> new ManningService(tx).crewPlan(project.id()));

        // then
        assertThat(plan.fill()).extracting(CrewPlan.Fill::day, CrewPlan.Fill::role, CrewPlan.Fill::required, CrewPlan.Fill::filled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MONDAY, "Rigger", 4, 3),
                        org.assertj.core.groups.Tuple.tuple(MONDAY, "Runner", 2, 1),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(1), "Rigger", 4, 1));
        assertThat(plan.fill(MONDAY, "Rigger").orElseThrow().ratePct()).isEqualByComparingTo("75.00");
        assertThat(plan.fill(MONDAY, "Runner").orElseThrow().ratePct()).isEqualByComparingTo("50.00");
        assertThat(plan.fill(MONDAY.plusDays(1), "Rigger").orElseThrow().ratePct()).isEqualByComparingTo("25.00");
        assertThat(plan.requiredCount()).isEqualTo(10);
        assertThat(plan.filledCount()).isEqualTo(5);
        assertThat(plan.fillRatePct()).isEqualByComparingTo("50.00");
        assertThat(plan.planned()).containsOnlyKeys("EUR");
        assertThat(plan.planned().get("EUR")).isEqualByComparingTo("2860.00");
        assertThat(plan.committed().get("EUR")).isEqualByComparingTo("1550.00");
        assertThat(plan.unfilled()).extracting(ManningSlot::id)
                .containsExactly(mondayRiggers.id(), mondayRunners.id(), tuesdayRiggers.id());
        assertThat(plan.plannedInBase()).isEmpty();
    }

    @Test
    void theCostOfAPlanInSeveralCurrenciesIsConvertedToTheBaseCurrencyAtTheRateOfEachDay(Fixtures fixtures) {
        // given: base currency of the organization, a GBP slot and a EUR slot; 1 GBP = 1.2 EUR-equivalent worked by hand
        OrganizationFixture acme = fixtures.organization("Plan In Base");
        String base = acme.asOwner(tx -> new ExchangeRates(tx).baseCurrency());
        String other = base.equals("GBP") ? "EUR" : "GBP";
        Project project = ProjectFixtures.project(acme, "Harbour Stage Build");
        ManningSlot local = ManningFixtures.slot(acme, project, "Rigger", MONDAY, 2, "300.0000");
        ManningSlot foreign = acme.asOwner(tx -> new ManningService(tx).plan(ManningFixtures.slotBuilder(acme, project, "Electrician",
                MONDAY, 1, "250.0000").currency(other).build()));
        acme.asOwner(tx -> new ManningService(tx).update(ImmutableManningSlot.copyOf(new ManningService(tx).slot(local.id()))
                .withCurrency(base)));
        acme.asOwner(tx -> new ExchangeRates(tx).record(other, base, new BigDecimal("1.2"), MONDAY.minusDays(30), "Test"));
        ManningFixtures.assign(acme, foreign, ManningFixtures.crewMember(acme, "Gus", "Olsen", "Electrician"));
        ManningFixtures.assign(acme, local, ManningFixtures.crewMember(acme, "Ana", "Souza", "Rigger"));

        // when
        CrewPlan plan = acme.asOwner(tx -> new ManningService(tx).crewPlanInBaseCurrency(project.id()));

        // then: planned 2×300 + 250×1.2 = 900.00; committed 300 + 250×1.2 = 600.00
        assertThat(plan.planned()).containsOnlyKeys(base, other);
        assertThat(plan.plannedInBase()).hasValueSatisfying(m -> {
            assertThat(m.currency()).isEqualTo(base);
            assertThat(m.amount()).isEqualByComparingTo("900.00");
        });
        assertThat(plan.committedInBase()).hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("600.00"));
    }

    @Test
    void theStaffedFestivalBuildIsPartlyFilled(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Staffed Festival");
        StaffedFestivalBuild build = ManningFixtures.staffedFestivalBuild(acme);

        // when
        CrewPlan plan = acme.asOwner(tx -> new ManningService(tx).crewPlan(build.project().id()));

        // then: 19 places a day over five days, 37 filled; EUR 4,730 a day planned, EUR 10,400 committed
        assertThat(plan.requiredCount()).isEqualTo(95);
        assertThat(plan.filledCount()).isEqualTo(37);
        assertThat(plan.fillRatePct()).isEqualByComparingTo("38.95");
        assertThat(plan.fill(ManningFixtures.BUILD_FIRST_DAY, "Rigger").orElseThrow().ratePct()).isEqualByComparingTo("66.67");
        assertThat(plan.fill(ManningFixtures.BUILD_LAST_DAY, "Runner").orElseThrow().filled()).isZero();
        assertThat(plan.planned().get("EUR")).isEqualByComparingTo("23650.00");
        assertThat(plan.committed().get("EUR")).isEqualByComparingTo("10400.00");
        assertThat(plan.unfilled()).hasSize(20);
        assertThat(build.slot("Electrician", ManningFixtures.BUILD_FIRST_DAY).crewRoleId()).contains(build.roles().get("Electrician").id());
    }

    @Test
    void aPlanOverSomeDaysCountsOnlyTheirSlotsAndPeople(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Staffed Festival Days");
        StaffedFestivalBuild build = ManningFixtures.staffedFestivalBuild(acme);

        // when: the first two build days
        CrewPlan plan = acme.asOwner(tx -> new ManningService(tx).crewPlan(build.project().id(), ManningFixtures.BUILD_FIRST_DAY,
                ManningFixtures.BUILD_FIRST_DAY.plusDays(1)));

        // then: 38 places; 4 + 2 + 1 + 1 filled each day; committed 4×320 + 2×220 + 300 + 150 = 2170 a day
        assertThat(plan.requiredCount()).isEqualTo(38);
        assertThat(plan.filledCount()).isEqualTo(16);
        assertThat(plan.fillRatePct()).isEqualByComparingTo("42.11");
        assertThat(plan.committed().get("EUR")).isEqualByComparingTo("4340.00");
        assertThat(plan.fill()).extracting(CrewPlan.Fill::day).containsOnly(ManningFixtures.BUILD_FIRST_DAY,
                ManningFixtures.BUILD_FIRST_DAY.plusDays(1));
    }

    private static ManningAssignment assignAt(OrganizationFixture org, ManningSlot slot, Person person, String rate) {
        return org.asOwner(tx -> new ManningService(tx).assign(ManningAssignment.builder().organizationId(org.id()).slotId(slot.id())
                .projectId(slot.projectId()).personId(person.id()).dayRate(new BigDecimal(rate)).build()));
    }
}
