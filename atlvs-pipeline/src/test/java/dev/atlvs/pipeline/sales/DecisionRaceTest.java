package dev.atlvs.pipeline.sales;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.contact.ContactService;
import dev.atlvs.pipeline.sales.contact.DealContact;
import dev.atlvs.pipeline.sales.contact.DealContactRepository;
import dev.atlvs.pipeline.sales.contact.DealRole;
import dev.atlvs.pipeline.sales.contact.ImmutableDealContact;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import dev.atlvs.pipeline.sales.pipeline.ImmutablePipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.testing.ContactFixtures;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.List;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Racing transactions on the rules the database decides at commit after reading other rows: a deal's one primary
 * contact and a pipeline's one won stage hold whichever transaction commits first, at every isolation level.
 */
@AtlvsTest
class DecisionRaceTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void takingOffAContactWhileThePrimaryRoleMovesToItNeverLeavesADealWithoutAPrimaryContact(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: Ines is the primary contact, Tom the other one
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing primary " + isolation);
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Racing deal", "10000");
        Company company = CompanyFixtures.client(org, "Racing client " + isolation);
        DealContact ines = ContactFixtures.onDeal(org, deal, ContactFixtures.contact(org, company, "Ines", "Moreau"), DealRole.DECISION_MAKER);
        DealContact tom = ContactFixtures.onDeal(org, deal, ContactFixtures.contact(org, company, "Tom", "Okafor"), DealRole.CHAMPION);

        // when: one transaction gives up Ines's primary role to Tom while another takes Tom off the deal
        List<Race.Outcome<Object>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    DealContactRepository onDeals = tx.repository(DealContactRepository.class);
                    onDeals.update(ImmutableDealContact.copyOf(onDeals.get(ines.id())).withIsPrimary(false));
                    onDeals.update(ImmutableDealContact.copyOf(onDeals.get(tom.id())).withIsPrimary(true));
                    return "moved";
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    tx.handle().createUpdate("delete from atlvs.opportunity_contacts where id = :id").bind("id", tom.id()).execute();
                    return "removed";
                })));

        // then: at most one commits, and the deal keeps exactly one primary contact
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSizeLessThanOrEqualTo(1);
        outcomes.stream().filter(o -> !o.won()).forEach(o -> assertThat(o.failure()).isPresent());
        List<DealContact> left = org.asOwner(tx -> new ContactService(tx).ofDeal(deal.id()));
        assertThat(left).isNotEmpty();
        assertThat(left).filteredOn(DealContact::isPrimary).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void movingTheWonStageWhileTheNewWonStageIsRemovedNeverLeavesAPipelineWithoutAWonStage(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: a pipeline with an extra open stage, "Contract signed"
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing won stage " + isolation);
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        PipelineStage signed = org.asOwner(tx -> new PipelineService(tx).addStage(PipelineStage.builder().organizationId(org.id())
                .pipelineId(pipeline.pipeline().id()).name("Contract signed").stageOrder(45).probability(new BigDecimal("90"))
                .forecastCategory(ForecastCategory.COMMIT).build()));

        // when: one transaction makes "Contract signed" the won stage while another removes it
        List<Race.Outcome<Object>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    PipelineService pipelines = new PipelineService(tx);
                    pipelines.updateStage(ImmutablePipelineStage.builder().from(pipeline.wonStage()).isWon(false)
                            .probability(new BigDecimal("95")).forecastCategory(ForecastCategory.COMMIT).build());
                    return pipelines.updateStage(ImmutablePipelineStage.builder().from(signed).isWon(true)
                            .probability(PipelineStage.CERTAIN).forecastCategory(ForecastCategory.CLOSED).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    tx.handle().createUpdate("delete from atlvs.pipeline_stages where id = :id").bind("id", signed.id()).execute();
                    return "removed";
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSizeGreaterThanOrEqualTo(1);
        outcomes.stream().filter(o -> !o.won()).forEach(o -> {
            Throwable failure = o.failure().orElseThrow();
            assertThat(failure).isInstanceOf(dev.atlvs.core.error.AtlvsException.class);
            if (((dev.atlvs.core.error.AtlvsException) failure).code() == PipelineRules.PIPELINE_STAGES_WON_AND_LOST.code()) {
                reports(failure, PipelineRules.PIPELINE_STAGES_WON_AND_LOST);
            }
        });
        List<PipelineStage> stages = org.asOwner(tx -> new PipelineService(tx).stages(pipeline.pipeline().id()));
        assertThat(stages).filteredOn(PipelineStage::isWon).hasSize(1);
        assertThat(stages).filteredOn(PipelineStage::isLost).hasSize(1);
    }
}
