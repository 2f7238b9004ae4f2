package dev.atlvs.pipeline.sales;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ImmutableActivity;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.ImmutableDeal;
import dev.atlvs.pipeline.sales.pipeline.ImmutablePipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of stages, deals and activities not covered elsewhere, each broken through the SDK and by raw SQL. */
@AtlvsTest
class SalesRulesTest {

    private static void sql(OrganizationFixture org, String statement, UUID id) {
        org.asOwner(tx -> tx.handle().createUpdate(statement).bind("id", id).execute());
    }

    @Test
    void aStageIsNeverBothWonAndLost(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Won and lost");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new PipelineService(tx).updateStage(ImmutablePipelineStage.builder()
                .from(pipeline.stage("Lead")).isWon(true).isLost(true).build())));
        Throwable bySql = catchThrowable(() -> sql(org, "update atlvs.pipeline_stages set is_won = true, is_lost = true where id = :id",
                pipeline.stage("Lead").id()));

        // then
        reports(sdk, PipelineRules.PIPELINE_STAGES_OUTCOME_CHECK);
        reports(bySql, PipelineRules.PIPELINE_STAGES_OUTCOME_CHECK);
    }

    @Test
    void aDealsValueNeedsItsCurrencyWhoeverWritesIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Value currency");
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Tour", "5000");

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).update(ImmutableDeal.copyOf(deal)
                .withCurrency(Optional.empty()))));
        Throwable bySql = catchThrowable(() -> sql(org, "update atlvs.pipeline_opportunities set currency = null where id = :id", deal.id()));

        // then
        reports(sdk, PipelineRules.PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK);
        reports(bySql, PipelineRules.PIPELINE_OPPORTUNITIES_VALUE_CURRENCY_CHECK);
    }

    @Test
    void aShowEndsOnOrAfterItsFirstDayWhoeverWritesIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Show dates");
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Festival", "5000");

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new DealService(tx).update(ImmutableDeal.builder().from(deal)
                .startsOn(LocalDate.of(2027, 7, 10)).endsOn(LocalDate.of(2027, 7, 9)).build())));
        Throwable bySql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_opportunities set starts_on = :starts, ends_on = :ends where id = :id")
                .bind("starts", LocalDate.of(2027, 7, 10)).bind("ends", LocalDate.of(2027, 7, 9)).bind("id", deal.id()).execute()));

        // then
        reports(sdk, PipelineRules.PIPELINE_OPPORTUNITIES_SHOW_DATES_CHECK);
        reports(bySql, PipelineRules.PIPELINE_OPPORTUNITIES_SHOW_DATES_CHECK);
    }

    @Test
    void anActivityIsCompletedExactlyWhenItHasACompletionTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Completed check");
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Festival", "5000");
        Activity note = SalesFixtures.note(org, deal, "Called the promoter");

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new ActivityService(tx).update(ImmutableActivity.builder().from(note)
                .completed(true).build())));
        Throwable bySql = catchThrowable(() -> sql(org, "update atlvs.pipeline_activities set completed = true where id = :id", note.id()));

        // then
        reports(sdk, PipelineRules.PIPELINE_ACTIVITIES_COMPLETED_CHECK);
        reports(bySql, PipelineRules.PIPELINE_ACTIVITIES_COMPLETED_CHECK);
    }

    @Test
    void onlyAStageChangeNamesStages(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Stage change check");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Festival", "5000");
        Activity note = SalesFixtures.note(org, deal, "Called the promoter");
        UUID proposal = pipeline.stage("Proposal").id();

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new ActivityService(tx).log(Activity.builder().organizationId(org.id())
                .opportunityId(deal.id()).title("Moved?").toStageId(proposal).build())));
        Throwable bySql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_activities set to_stage_id = :stage where id = :id")
                .bind("stage", proposal).bind("id", note.id()).execute()));

        // then
        reports(sdk, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_CHECK);
        reports(bySql, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_CHECK);
    }

    @Test
    void aStageChangeRecordedByTheDatabaseIsNotEditedByHand(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Stage change fixed");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.dealIn(org, pipeline, "Festival", "5000", "Qualified");
        Activity change = org.<java.util.List<Activity>>asOwner(tx -> new ActivityService(tx).timeline(deal.id())).get(0);

        // when
        Throwable sdk = catchThrowable(() -> org.asOwner(tx -> new ActivityService(tx).update(ImmutableActivity.copyOf(change)
                .withTitle("Moved quietly"))));
        Throwable bySql = catchThrowable(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_activities set to_stage_id = :stage where id = :id")
                .bind("stage", pipeline.stage("Proposal").id()).bind("id", change.id()).execute()));
        Throwable retype = catchThrowable(() -> sql(org, "update atlvs.pipeline_activities set type = 'note', to_stage_id = null, "
                + "from_stage_id = null where id = :id", change.id()));

        // then
        reports(sdk, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM);
        reports(bySql, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM);
        reports(retype, PipelineRules.PIPELINE_ACTIVITIES_STAGE_CHANGE_BY_SYSTEM);
        assertThat(change.completedAt()).isPresent();
        assertThat(change.fromStageId()).contains(pipeline.stage("Lead").id());
        assertThat(change.toStageId()).contains(pipeline.stage("Qualified").id());
        assertThat(change.completedAt().get()).isBefore(Instant.now().plusSeconds(1));
    }
}
