package dev.atlvs.pipeline.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetPosition;
import dev.atlvs.finance.budget.BudgetService;
import dev.atlvs.finance.budget.BudgetStatus;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.DealStatus;
import dev.atlvs.pipeline.sales.deal.SeedBudget;
import dev.atlvs.pipeline.sales.deal.WonDeal;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class DealWinTest {

    @Test
    void winningADealCreatesItsProjectWithClientValueDatesAndASeedBudget(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Win creates project");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Company client = CompanyFixtures.client(org, "Harbour Lights Promotions");
        Deal deal = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Harbour Lights Festival 2027",
                "480000").companyId(client.id()).startsOn(LocalDate.of(2027, 7, 9)).endsOn(LocalDate.of(2027, 7, 11)).build()));

        // when
        WonDeal won = org.asOwner(tx -> new DealService(tx).win(deal.id()));

        // then
        assertThat(won.projectCreated()).isTrue();
        assertThat(won.deal().status()).isEqualTo(DealStatus.WON);
        assertThat(won.deal().stageId()).isEqualTo(pipeline.wonStage().id());
        assertThat(won.deal().probability()).isEqualByComparingTo("100");
        assertThat(won.deal().actualCloseDate()).isPresent();
        assertThat(won.deal().projectId()).contains(won.projectId());
        Project project = org.asOwner(tx -> new ProjectService(tx).get(won.projectId()));
        assertThat(project.name()).isEqualTo("Harbour Lights Festival 2027");
        assertThat(project.code()).startsWith("HLF2027-");
        assertThat(project.clientCompanyId()).contains(client.id());
        assertThat(project.startDate()).contains(LocalDate.of(2027, 7, 9));
        assertThat(project.endDate()).contains(LocalDate.of(2027, 7, 11));
        assertThat(project.currency()).contains("EUR");
        List<BudgetPosition> budgets = org.asOwner(tx -> new BudgetService(tx).report(won.projectId(), LocalDate.of(2027, 7, 9))
                .positions());
        assertThat(budgets).singleElement().satisfies(position -> {
            Budget budget = position.budget();
            assertThat(budget.id()).isEqualTo(won.seedBudgetId().orElseThrow());
            assertThat(budget.status()).isEqualTo(BudgetStatus.DRAFT);
            assertThat(budget.category()).isEqualTo(BudgetCategory.OPERATIONS);
            assertThat(budget.amount()).isEqualByComparingTo("288000");
            assertThat(budget.currency()).isEqualTo("EUR");
            assertThat(budget.periodStart()).isEqualTo(LocalDate.of(2027, 7, 9));
            assertThat(budget.periodEnd()).isEqualTo(LocalDate.of(2027, 7, 11));
        });
        List<BigDecimal> lines = org.asOwner(tx -> tx.handle().createQuery(
                "select planned_amount from atlvs.budget_lines where budget_id = :budget order by planned_amount desc")
                .bind("budget", won.seedBudgetId().orElseThrow()).mapTo(BigDecimal.class).list());
        assertThat(lines).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100800"), new BigDecimal("86400"), new BigDecimal("57600"), new BigDecimal("43200"));
        assertThat(org.<List<DomainEvent>>asOwner(tx -> new DomainEvents(tx).history("deal", deal.id())))
                .extracting(DomainEvent::eventType).containsSubsequence("deal.stage_changed", "deal.won", "deal.project_created");
    }

    @Test
    void winningADealTwiceGivesItNoSecondProject(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Win twice");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Old Docks Tour", "90000");
        WonDeal first = org.asOwner(tx -> new DealService(tx).win(deal.id()));

        // when
        WonDeal second = org.asOwner(tx -> new DealService(tx).win(deal.id()));

        // then
        assertThat(second.projectCreated()).isFalse();
        assertThat(second.projectId()).isEqualTo(first.projectId());
        assertThat(org.<Long>asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.projects where name = 'Old Docks Tour'")
                .mapTo(Long.class).one())).isEqualTo(1L);
    }

    @Test
    void aDealWonByAnotherHostWithoutAProjectGetsItsProjectOnce(Fixtures fixtures) {
        // given: raw SQL moves the deal into the won stage
        OrganizationFixture org = fixtures.organization("Won elsewhere");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Eastgate Festival", "15000");
        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where id = :id")
                .bind("stage", pipeline.wonStage().id()).bind("id", deal.id()).execute());

        // when
        WonDeal won = org.asOwner(tx -> new DealService(tx).win(deal.id()));

        // then
        assertThat(won.projectCreated()).isTrue();
        assertThat(org.<Deal>asOwner(tx -> new DealService(tx).get(deal.id())).projectId()).contains(won.projectId());
    }

    @Test
    void theSeedBudgetsShareIsConfigurable(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Seed share");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Brand Pop-up", "10000");

        // when
        WonDeal won = org.asOwner(tx -> new DealService(tx, SeedBudget.DEFAULT.withShare(new BigDecimal("0.45"))).win(deal.id()));

        // then
        Budget budget = org.asOwner(tx -> new BudgetService(tx).position(won.seedBudgetId().orElseThrow(), LocalDate.now()).budget());
        assertThat(budget.amount()).isEqualByComparingTo("4500");
    }
}
