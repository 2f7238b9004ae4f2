package dev.atlvs.pipeline.sales;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import dev.atlvs.pipeline.sales.pipeline.ImmutablePipelineStage;
import dev.atlvs.pipeline.sales.pipeline.Pipeline;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.sales.pipeline.StageTemplate;
import dev.atlvs.pipeline.sales.pipeline.StageWarning;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AtlvsTest
class PipelineServiceTest {

    @Test
    void aPipelineIsCreatedWithTheDefaultStagesInOneCall(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Default stages");

        // when
        PipelineSetup setup = org.asOwner(tx -> new PipelineService(tx).create(Pipeline.builder().organizationId(org.id())
                .name("Festival production").currency("EUR").build()));

        // then
        assertThat(setup.stages()).extracting(PipelineStage::name, PipelineStage::stageOrder, s -> s.probability().intValue(),
                        PipelineStage::forecastCategory)
                .containsExactly(
                        tuple("Lead", 10, 10, ForecastCategory.PIPELINE),
                        tuple("Qualified", 20, 25, ForecastCategory.PIPELINE),
                        tuple("Proposal", 30, 50, ForecastCategory.BEST_CASE),
                        tuple("Negotiation", 40, 75, ForecastCategory.COMMIT),
                        tuple("Won", 50, 100, ForecastCategory.CLOSED),
                        tuple("Lost", 60, 0, ForecastCategory.OMITTED));
        assertThat(setup.wonStage().isWon()).isTrue();
        assertThat(setup.lostStage().isLost()).isTrue();
        assertThat(setup.pipeline().isDefault()).as("the organization's first pipeline is its default").isTrue();
        assertThat(org.<List<PipelineStage>>asOwner(tx -> new PipelineService(tx).stages(setup.pipeline().id())))
                .isEqualTo(setup.stages());
    }

    @Test
    void theDefaultPipelineMovesToTheNewDefaultAndIsCreatedWhenMissing(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Default pipeline");
        PipelineSetup first = org.asOwner(tx -> new PipelineService(tx).defaultPipeline());

        // when
        PipelineSetup touring = org.asOwner(tx -> new PipelineService(tx).create(Pipeline.builder().organizationId(org.id())
                .name("Touring").currency("USD").isDefault(true).build()));

        // then
        assertThat(first.pipeline().name()).isEqualTo("Sales");
        assertThat(org.<PipelineSetup>asOwner(tx -> new PipelineService(tx).defaultPipeline()).pipeline().id())
                .isEqualTo(touring.pipeline().id());
        assertThat(org.<Pipeline>asOwner(tx -> new PipelineService(tx).get(first.pipeline().id())).isDefault()).isFalse();
    }

    @Test
    void stagesAreReorderedInTwoStepsAroundTheUniqueOrder(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Reorder");
        PipelineSetup setup = SalesFixtures.standardPipeline(org);
        List<UUID> wanted = List.of(setup.stage("Qualified").id(), setup.stage("Lead").id(), setup.stage("Proposal").id(),
                setup.stage("Negotiation").id(), setup.stage("Lost").id(), setup.stage("Won").id());

        // when
        List<PipelineStage> reordered = org.asOwner(tx -> new PipelineService(tx).reorder(setup.pipeline().id(), wanted));

        // then
        assertThat(reordered).extracting(PipelineStage::id).containsExactlyElementsOf(wanted);
        assertThat(org.<List<PipelineStage>>asOwner(tx -> new PipelineService(tx).stages(setup.pipeline().id())))
                .extracting(PipelineStage::name, PipelineStage::stageOrder)
                .containsExactly(tuple("Qualified", 10), tuple("Lead", 20),
                        tuple("Proposal", 30), tuple("Negotiation", 40),
                        tuple("Lost", 50), tuple("Won", 60));
    }

    @Test
    void aStageOrderTakenTwiceIsRefusedNamingTheOrder(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Order twice");
        PipelineSetup setup = SalesFixtures.standardPipeline(org);

        // when
        Throwable failure = catchThrowable(() -> org.asOwner(tx -> new PipelineService(tx).addStage(PipelineStage.builder()
                .organizationId(org.id()).pipelineId(setup.pipeline().id()).name("Site visit").stageOrder(20)
                .probability(new BigDecimal("30")).build())));

        // then
        assertThat(failure).isInstanceOf(DuplicateException.class);
        assertThat(((DuplicateException) failure).fields()).contains("stageOrder");
        assertThat(org.<List<PipelineStage>>asOwner(tx -> new PipelineService(tx).stages(setup.pipeline().id()))).hasSize(6);
    }

    @Test
    void aPipelineWithoutALostStageIsRefusedThroughTheSdk(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("No lost stage");

        // when
        Throwable failure = catchThrowable(() -> org.asOwner(tx -> new PipelineService(tx).create(Pipeline.builder()
                .organizationId(org.id()).name("Half a funnel").build(),
                List.of(StageTemplate.open("Lead", "10", ForecastCategory.PIPELINE), StageTemplate.won("Won")))));

        // then
        reports(failure, PipelineRules.PIPELINE_STAGES_WON_AND_LOST);
        assertThat(org.<List<Pipeline>>asOwner(tx -> new PipelineService(tx).list())).isEmpty();
    }

    @Test
    void aPipelineLeftWithoutAWonStageIsRefusedByTheDatabaseAtCommit(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("No won stage by SQL");
        PipelineSetup setup = SalesFixtures.standardPipeline(org);

        // when: raw SQL turns the won stage into an open one
        Throwable failure = catchThrowable(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                update atlvs.pipeline_stages set is_won = false, probability = 90, forecast_category = 'commit' where id = :id
                """).bind("id", setup.wonStage().id()).execute()));

        // then
        reports(failure, PipelineRules.PIPELINE_STAGES_WON_AND_LOST);
        assertThat(org.<PipelineStage>asOwner(tx -> new PipelineService(tx).stages(setup.pipeline().id()).get(4)).isWon()).isTrue();
    }

    @Test
    void aWonStageWithAnotherProbabilityIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Won stage values");
        PipelineSetup setup = SalesFixtures.standardPipeline(org);

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new PipelineService(tx).updateStage(ImmutablePipelineStage
                .copyOf(setup.wonStage()).withProbability(new BigDecimal("95")))));
        Throwable sql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_stages set probability = 95 where id = :id").bind("id", setup.wonStage().id()).execute()));

        // then
        reports(sdk, PipelineRules.PIPELINE_STAGES_OUTCOME_VALUES);
        reports(sql, PipelineRules.PIPELINE_STAGES_OUTCOME_VALUES);
    }

    @Test
    void aProbabilityFallingAsTheOrderRisesIsReportedAsAWarningNotRefused(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Warnings");
        PipelineSetup setup = SalesFixtures.standardPipeline(org);

        // when
        org.asOwner(tx -> new PipelineService(tx).updateStage(ImmutablePipelineStage.copyOf(setup.stage("Proposal"))
                .withProbability(new BigDecimal("20"))));
        List<StageWarning> warnings = org.asOwner(tx -> new PipelineService(tx).warnings(setup.pipeline().id()));

        // then
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.stage().name()).isEqualTo("Proposal");
            assertThat(warning.previous().name()).isEqualTo("Qualified");
            assertThat(warning.drop()).isEqualByComparingTo("5");
        });
        assertThat(PipelineService.warnings(setup.stages())).isEmpty();
    }
}
