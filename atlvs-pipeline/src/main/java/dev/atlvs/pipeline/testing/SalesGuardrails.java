package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityRepository;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.activity.ImmutableActivity;
import dev.atlvs.pipeline.sales.deal.ConversionRepository;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealRepository;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.DealStatus;
import dev.atlvs.pipeline.sales.deal.ImmutableDeal;
import dev.atlvs.pipeline.sales.pipeline.ForecastCategory;
import dev.atlvs.pipeline.sales.pipeline.ImmutablePipeline;
import dev.atlvs.pipeline.sales.pipeline.ImmutablePipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineRepository;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineStageRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of pipelines, stages, deals, activities and conversion facts. */
final class SalesGuardrails {

    /** The stage of the deal's pipeline that is won (or lost), for the lifecycle probe's updates into those states. */
    private static final String OUTCOME_STAGE = "stage_id = (select s.id from atlvs.pipeline_stages s "
            + "where s.organization_id = pipeline_opportunities.organization_id "
            + "and s.pipeline_id = pipeline_opportunities.pipeline_id and s.%s)";

    private SalesGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("pipelines", org -> SalesFixtures.standardPipeline(org).pipeline().id(),
                        (org, id) -> org.asOwner(tx -> new PipelineService(tx).update(ImmutablePipeline.copyOf(pipelines(tx).get(id))
                                .withDescription("Festivals and multi-day events we produce end to end"))))
                .freeStatus("pipelines", "status")
                .table("pipeline_stages", org -> SalesFixtures.standardPipeline(org).stage("Lead").id(),
                        (org, id) -> org.asOwner(tx -> new PipelineService(tx).renameStage(id, "Enquiry")))
                .table("pipeline_opportunities", org -> deal(org).id(),
                        (org, id) -> org.asOwner(tx -> new DealService(tx).update(ImmutableDeal.copyOf(deals(tx).get(id))
                                .withDescription("Main stage, two satellite stages and the campsite"))))
                .lifecycle(DealStatus.LIFECYCLE, probe -> probe
                        .alsoSet(DealStatus.WON, OUTCOME_STAGE.formatted("is_won"))
                        .alsoSet(DealStatus.LOST, OUTCOME_STAGE.formatted("is_lost") + ", lost_reason = 'Lost to a competitor'"))
                .table("pipeline_activities", org -> SalesFixtures.note(org, deal(org), "Promoter wants a second stage").id(),
                        (org, id) -> org.asOwner(tx -> new ActivityService(tx).update(ImmutableActivity.copyOf(activities(tx).get(id))
                                .withTitle("Promoter wants a second stage and a silent disco"))))
                .sample("pipeline_conversions", org -> {
                    Deal deal = deal(org);
                    return org.asOwner(tx -> tx.repository(ConversionRepository.class).ofDeal(deal.id()).get(0).id());
                });

        builder
                .rule("pipeline_stages_won_and_lost",
                        org -> SalesFixtures.standardPipeline(org).wonStage().id(),
                        (tx, id) -> new PipelineService(tx).updateStage(ImmutablePipelineStage.builder().from(stages(tx).get(id))
                                .isWon(false).probability(new BigDecimal("90")).forecastCategory(ForecastCategory.COMMIT).build()),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_stages set is_won = false, probability = 90, forecast_category = 'commit' "
                                + "where id = :id", id))
                .rule("pipeline_stages_outcome_check",
                        (tx, id) -> new PipelineService(tx).updateStage(ImmutablePipelineStage.builder().from(stages(tx).get(id))
                                .isWon(true).isLost(true).build()),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_stages set is_won = true, is_lost = true where id = :id", id))
                .rule("pipeline_stages_outcome_values",
                        (tx, id) -> new PipelineService(tx).updateStage(ImmutablePipelineStage.copyOf(stages(tx).get(id))
                                .withForecastCategory(ForecastCategory.CLOSED)),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_stages set forecast_category = 'closed' where id = :id", id))
                .rule("pipeline_opportunities_value_currency_check",
                        (tx, id) -> new DealService(tx).update(ImmutableDeal.copyOf(deals(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_opportunities set currency = null where id = :id", id))
                .rule("pipeline_opportunities_lost_reason",
                        (tx, id) -> new DealService(tx).lose(id, " "),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage where id = :id")
                                .bind("stage", outcomeStage(tx, id, "is_lost")).bind("id", id).execute())
                .rule("pipeline_opportunities_show_dates_check",
                        (tx, id) -> new DealService(tx).update(ImmutableDeal.copyOf(deals(tx).get(id))
                                .withStartsOn(LocalDate.of(2027, 7, 10)).withEndsOn(LocalDate.of(2027, 7, 9))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set starts_on = :starts, ends_on = :ends "
                                        + "where id = :id").bind("starts", LocalDate.of(2027, 7, 10)).bind("ends", LocalDate.of(2027, 7, 9))
                                .bind("id", id).execute())
                .rule("pipeline_opportunities_status_of_stage",
                        (tx, id) -> {
                            Deal deal = deals(tx).get(id);
                            new DealService(tx).create(Deal.builder().organizationId(tx.organizationId()).pipelineId(deal.pipelineId())
                                    .stageId(outcomeStage(tx, id, "is_won")).title("Opened as won").build());
                        },
                        (tx, id) -> sql(tx, "update atlvs.pipeline_opportunities set status = 'won' where id = :id", id))
                .rule("pipeline_opportunities_status_transition",
                        org -> {
                            Deal deal = deal(org);
                            return org.asOwner(tx -> new DealService(tx).lose(deal.id(), "Client's budget was cut")).id();
                        },
                        (tx, id) -> new DealService(tx).resume(id),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_opportunities set status = 'active' where id = :id", id))
                .rule("pipeline_opportunities_stage_entered_at",
                        (tx, id) -> new DealService(tx).moveTo(id, openStage(tx, id, 2), tx.now().plus(Duration.ofDays(2))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set stage_id = :stage, "
                                        + "stage_entered_at = :at where id = :id").bind("stage", openStage(tx, id, 2))
                                .bind("at", tx.now().plus(Duration.ofDays(2))).bind("id", id).execute())
                .rule("pipeline_activities_completed_check",
                        (tx, id) -> new ActivityService(tx).update(ImmutableActivity.copyOf(activities(tx).get(id)).withCompleted(true)),
                        (tx, id) -> sql(tx, "update atlvs.pipeline_activities set completed = true where id = :id", id))
                .rule("pipeline_activities_stage_change_check",
                        (tx, id) -> new ActivityService(tx).update(ImmutableActivity.copyOf(activities(tx).get(id))
                                .withToStageId(openStage(tx, activities(tx).get(id).opportunityId(), 1))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_activities set to_stage_id = :stage where id = :id")
                                .bind("stage", openStage(tx, activities(tx).get(id).opportunityId(), 1)).bind("id", id).execute())
                .rule("pipeline_activities_stage_change_by_system",
                        (tx, id) -> {
                            Activity note = activities(tx).get(id);
                            new ActivityService(tx).log(Activity.builder().organizationId(tx.organizationId())
                                    .opportunityId(note.opportunityId()).type(ActivityType.STAGE_CHANGE).title("Moved by hand")
                                    .toStageId(openStage(tx, note.opportunityId(), 1)).completed(true).completedAt(tx.now()).build());
                        },
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_activities set type = 'stage_change', "
                                        + "to_stage_id = :stage, completed = true, completed_at = :at where id = :id")
                                .bind("stage", openStage(tx, activities(tx).get(id).opportunityId(), 1)).bind("at", tx.now())
                                .bind("id", id).execute())
                .ruleWithoutSdk("pipeline_conversions_stage_move_only",
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.pipeline_conversions (organization_id, opportunity_id, pipeline_id, to_stage_id, moved_at,
                                                                        probability)
                                select organization_id, opportunity_id, pipeline_id, to_stage_id, moved_at, probability
                                  from atlvs.pipeline_conversions where id = :id
                                """).bind("id", id).execute(),
                        "the SDK has no operation that writes a conversion fact: the database appends them on each move")
                .ruleWithoutSdk("pipeline_conversions_append_only",
                        (tx, id) -> sql(tx, "update atlvs.pipeline_conversions set probability = 5 where id = :id", id),
                        "the SDK has no operation that changes or removes a conversion fact");
    }

    /** A deal worth 48,000 EUR in the lead stage of a new standard pipeline. */
    static Deal deal(FixtureOrganization org) {
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        return SalesFixtures.deal(org, pipeline, "Harbour Lights Festival 2027", "48000");
    }

    private static UUID outcomeStage(TenantTransaction tx, UUID dealId, String outcome) {
        Deal deal = deals(tx).get(dealId);
        return stages(tx).ofPipeline(deal.pipelineId()).stream()
                .filter(s -> outcome.equals("is_won") ? s.isWon() : s.isLost()).findFirst().orElseThrow().id();
    }

    private static UUID openStage(TenantTransaction tx, UUID dealId, int index) {
        Deal deal = deals(tx).get(dealId);
        return stages(tx).ofPipeline(deal.pipelineId()).stream().filter(PipelineStage::isOpen).toList().get(index).id();
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static PipelineRepository pipelines(TenantTransaction tx) {
        return tx.repository(PipelineRepository.class);
    }

    private static PipelineStageRepository stages(TenantTransaction tx) {
        return tx.repository(PipelineStageRepository.class);
    }

    private static DealRepository deals(TenantTransaction tx) {
        return tx.repository(DealRepository.class);
    }

    private static ActivityRepository activities(TenantTransaction tx) {
        return tx.repository(ActivityRepository.class);
    }
}
