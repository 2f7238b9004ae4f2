package dev.atlvs.programming.rider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.RiderFixtures;
import dev.atlvs.programming.testing.RiderFixtures.HeadlinerRiders;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class RiderBudgetRollUpTest {

    /** The riders' line of a budget at one revision, as the finance tables hold it. */
    record Line(int revision, BigDecimal planned, String category) {}

    @Test
    void approvingAHospitalityRiderPlansItsCostInANewCateringBudgetOverTheProjectsDates(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Hospitality Roll-up");
        Festival festival = ProgrammingFixtures.festival(acme);
        HeadlinerRiders riders = RiderFixtures.headliner(acme, festival);

        // when
        Rider approved = approve(acme, riders.hospitality());

        // then: 600 + 720 + 96 + 72 + 45
        assertThat(approved.rolledUpAmount()).isEqualByComparingTo("1533");
        Budget budget = budget(acme, festival, approved.budgetId().orElseThrow());
        assertThat(budget.category()).isEqualTo(BudgetCategory.CATERING);
        assertThat(budget.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(budget.currency()).isEqualTo("GBP");
        assertThat(budget.periodStart()).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(budget.periodEnd()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(lines(acme, budget.id())).containsExactly(new Line(1, new BigDecimal("1533.0000"), "catering"));
        assertThat(approved.budgetLineRevision()).contains(1);
    }

    @Test
    void aTechnicalRiderRollsIntoTheProjectsExistingEquipmentBudget(Fixtures fixtures) {
        // given: the production (equipment) budget of the festival
        OrganizationFixture acme = fixtures.organization("Production Roll-up");
        Festival festival = ProgrammingFixtures.festival(acme);
        Budget production = acme.asOwner(tx -> new BudgetService(tx).create(Budget.builder().organizationId(acme.id())
                .projectId(festival.project().id()).name("Production").category(BudgetCategory.EQUIPMENT)
                .amount(new BigDecimal("250000")).currency("GBP").periodStart(LocalDate.of(2026, 6, 1))
                .periodEnd(LocalDate.of(2026, 7, 31)).build()));
        HeadlinerRiders riders = RiderFixtures.headliner(acme, festival);

        // when
        Rider approved = approve(acme, riders.technical());

        // then: 1,200 + 450 + 1,600 + 2,200 + 900 + 300
        assertThat(approved.budgetId()).contains(production.id());
        assertThat(lines(acme, production.id())).containsExactly(new Line(1, new BigDecimal("6650.0000"), "equipment"));
    }

    @Test
    void rollingUpAgainChangesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Idempotent Roll-up");
        Festival festival = ProgrammingFixtures.festival(acme);
        Rider approved = approve(acme, RiderFixtures.headliner(acme, festival).hospitality());

        // when
        Rider again = acme.asOwner(tx -> new RiderService(tx).rollUp(approved.id()));
        Rider thrice = acme.asOwner(tx -> new RiderService(tx).rollUp(approved.id()));

        // then
        assertThat(thrice).isEqualTo(again).isEqualTo(approved);
        assertThat(lines(acme, approved.budgetId().orElseThrow())).hasSize(1);
    }

    @Test
    void rejectingReopeningAndApprovingCountsTheCostOnce(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reopened Roll-up");
        Festival festival = ProgrammingFixtures.festival(acme);
        Rider rider = RiderFixtures.headliner(acme, festival).hospitality();
        User manager = acme.addMember(MemberRole.MANAGER);

        // when: rejected once, reopened, resubmitted and approved
        acme.asOwner(tx -> new RiderService(tx).submit(rider.id()));
        acme.as(manager, tx -> new RiderService(tx).reject(rider.id(), Optional.of("Too many towels")));
        Rider rejected = acme.asOwner(tx -> new RiderService(tx).get(rider.id()));
        acme.asOwner(tx -> new RiderService(tx).reopen(rider.id()));
        acme.asOwner(tx -> new RiderService(tx).submit(rider.id()));
        Rider approved = acme.as(manager, tx -> new RiderService(tx).approve(rider.id(), Optional.empty()));
        acme.asOwner(tx -> new RiderService(tx).rollUp(rider.id()));

        // then
        assertThat(rejected.rolledUpAmount()).isZero();
        assertThat(rejected.budgetId()).isEmpty();
        assertThat(lines(acme, approved.budgetId().orElseThrow())).containsExactly(new Line(1, new BigDecimal("1533.0000"), "catering"));
    }

    @Test
    void ridersOfOneCategoryShareTheLineWhichFollowsItemsAddedAndRidersDeleted(Fixtures fixtures) {
        // given: the hospitality rider approved, and a catering rider for the crew
        OrganizationFixture acme = fixtures.organization("Shared Line");
        Festival festival = ProgrammingFixtures.festival(acme);
        HeadlinerRiders riders = RiderFixtures.headliner(acme, festival);
        Rider hospitality = approve(acme, riders.hospitality());
        Event saturday = ProgrammingFixtures.mainStageDay(festival, 1);
        Rider crew = RiderFixtures.rider(acme, saturday, "Crew catering", RiderKind.CATERING, "500.0000");
        RiderFixtures.item(acme, crew, "Catering", "Crew lunch", 40, true, "400.0000");

        // when: the crew rider is approved, then gains a line, then the hospitality rider is deleted
        Rider crewApproved = approve(acme, crew);
        RiderFixtures.item(acme, crewApproved, "Catering", "Crew dinner", 40, false, "480.0000");
        acme.asOwner(tx -> {
            new RiderService(tx).delete(hospitality.id());
            return null;
        });

        // then: one budget, its line revised 1533 -> 1933 -> 2413 -> 880
        UUID budget = hospitality.budgetId().orElseThrow();
        assertThat(crewApproved.budgetId()).contains(budget);
        assertThat(lines(acme, budget)).extracting(Line::planned).containsExactly(new BigDecimal("1533.0000"),
                new BigDecimal("1933.0000"), new BigDecimal("2413.0000"), new BigDecimal("880.0000"));
        Rider crewNow = acme.asOwner(tx -> new RiderService(tx).get(crew.id()));
        assertThat(crewNow.rolledUpAmount()).isEqualByComparingTo("880");
    }

    @Test
    void aRiderWithoutItemCostsRollsUpItsEstimate(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Estimates");
        Festival festival = ProgrammingFixtures.festival(acme);
        Rider security = RiderFixtures.rider(acme, ProgrammingFixtures.mainStageDay(festival, 0), "Pit security", RiderKind.SECURITY,
                "3200.0000");

        Rider approved = approve(acme, security);

        assertThat(approved.rolledUpAmount()).isEqualByComparingTo("3200");
        assertThat(budget(acme, festival, approved.budgetId().orElseThrow()).category()).isEqualTo(BudgetCategory.OPERATIONS);
    }

    private static Rider approve(OrganizationFixture org, Rider rider) {
        org.asOwner(tx -> new RiderService(tx).submit(rider.id()));
        return org.as(org.addMember(MemberRole.MANAGER), tx -> new RiderService(tx).approve(rider.id(), Optional.empty()));
    }

    private static Budget budget(OrganizationFixture org, Festival festival, UUID budgetId) {
        List<BudgetPosition> positions = org.asOwner(tx -> new BudgetService(tx).report(festival.project().id(), LocalDate.of(2026, 7, 11)))
                .positions();
        return positions.stream().map(BudgetPosition::budget).filter(b -> b.id().equals(budgetId)).findFirst().orElseThrow();
    }

    private static List<Line> lines(OrganizationFixture org, UUID budgetId) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                        select revision, planned_amount, category from atlvs.budget_lines
                         where budget_id = :budgetId and description = 'Approved riders' order by revision
                        """).bind("budgetId", budgetId)
                .map((row, context) -> new Line(row.getInt("revision"), row.getBigDecimal("planned_amount"), row.getString("category")))
                .list());
    }
}
