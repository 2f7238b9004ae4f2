package dev.atlvs.pipeline.sales.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.automation.AutomationEngine;
import dev.atlvs.core.automation.AutomationReport;
import dev.atlvs.core.automation.AutomationReport.RuleReport;
import dev.atlvs.core.automation.AutomationRun;
import dev.atlvs.core.automation.RunOutcome;
import dev.atlvs.core.automation.Workflow;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.pipeline.sales.automation.Sales.Pipeline;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.AutomationsFixtures;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pipeline automations: their triggers, actions, cascades, loop protection and dry runs, on the core's engine. */
@AtlvsTest
class PipelineAutomationsTest {

    private static final LocalDate NEXT_SPRING = LocalDate.of(2027, 4, 30);

    @Test
    void enteringProposalCreatesOneFollowUpTaskAndNotifiesTheOwnerOnce(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Proposal Follow-ups Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        UUID deal = Sales.deal(org, sales, "qualified", "Harbour Festival 2027", new BigDecimal("180000"), NEXT_SPRING);
        Workflow rule = AutomationsFixtures.proposalFollowUp(org, sales.stage("proposal"));

        // when
        Sales.move(org, sales, deal, "proposal");
        Sales.move(org, sales, deal, "negotiation");

        // then
        assertThat(Sales.activities(org, deal, "task")).isEqualTo(1);
        assertThat(Sales.notifications(org)).isEqualTo(1);
        assertThat(Sales.runs(org, rule.id())).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(run.entityType()).isEqualTo("deal");
            assertThat(run.entityId()).isEqualTo(deal);
        });
        UUID assignee = org.asOwner(tx -> tx.handle().createQuery("""
                select user_id from atlvs.pipeline_activities where organization_id = :organizationId and opportunity_id = :deal and type = 'task'
                """).bind("organizationId", org.id()).bind("deal", deal).mapTo(UUID.class).one());
        assertThat(assignee).isEqualTo(org.owner().id());
    }

    @Test
    void aDealMovedByTheDealServiceRunsTheAutomationsOfTheStageItEnters(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Deal Service Moves Ltd");
        PipelineSetup sales = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, sales, "Harbour Festival 2027", "180000");
        Workflow rule = AutomationsFixtures.proposalFollowUp(org, sales.stage("proposal").id());

        // when: the service's move, then the call the service makes after a move
        org.asOwner(tx -> {
            Deal moved = new DealService(tx).moveTo(deal.id(), sales.stage("proposal").id());
            return PipelineAutomations.stageEntered(tx, moved.id(), deal.stageId(), moved.stageId());
        });

        // then
        assertThat(Sales.runs(org, rule.id())).singleElement().satisfies(run -> assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED));
        assertThat(Sales.activities(org, deal.id(), "task")).isEqualTo(1);
        List<dev.atlvs.core.notification.Notification> inbox = org.asOwner(tx -> new dev.atlvs.core.notification.NotificationService(tx).unread());
        assertThat(inbox).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo(PipelineAutomations.NOTIFICATION_TYPE);
            assertThat(notification.entityType()).contains("deal");
            assertThat(notification.entityId()).contains(deal.id());
        });
    }

    @Test
    void aRuleForAnyStageOfAPipelineMatchesEveryStageOfItAndNoOther(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Any Stage Ltd");
        Pipeline festivals = Sales.pipeline(org, "Festivals");
        Pipeline touring = Sales.pipeline(org, "Touring");
        UUID festival = Sales.deal(org, festivals, "lead", "Lakeside Weekender", new BigDecimal("90000"), NEXT_SPRING);
        UUID tour = Sales.deal(org, touring, "lead", "Arena tour", new BigDecimal("400000"), NEXT_SPRING);
        Workflow rule = Sales.save(org, Sales.rule(org, "Festival moves").triggerType(PipelineAutomations.STAGE_ENTERED)
                .triggerConfig("{\"pipeline_id\": \"" + festivals.id() + "\"}")
                .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Update the festival board\"}}]").build());

        // when
        Sales.move(org, festivals, festival, "qualified");
        Sales.move(org, touring, tour, "qualified");

        // then
        assertThat(Sales.runs(org, rule.id())).extracting(AutomationRun::entityId).containsExactly(festival);
    }

    @Test
    void aMoveLoggedLateCountsAsTouchedWhenItHappenedNotWhenItWasLogged(Fixtures fixtures) {
        // given: a deal that entered the lead stage 30 days ago and moved to proposal 20 days ago, both logged today
        OrganizationFixture org = fixtures.organization("Late Loggers Ltd");
        Pipeline sales = Sales.pipeline(org, "Touring");
        Instant now = org.asOwner(tx -> tx.now());
        UUID deal = org.asOwner(tx -> tx.handle().createQuery("""
                insert into atlvs.pipeline_opportunities (organization_id, pipeline_id, stage_id, title, owner_user_id, value,
                                                          currency, stage_entered_at)
                values (:organizationId, :pipeline, :stage, 'Arena tour', :owner, 120000, 'EUR', :entered)
                returning id
                """).bind("organizationId", org.id()).bind("pipeline", sales.id()).bind("stage", sales.stage("lead"))
                .bind("owner", org.owner().id()).bind("entered", now.minus(30, ChronoUnit.DAYS)).mapTo(UUID.class).one());
        org.asOwner(tx -> tx.handle().createUpdate("""
                update atlvs.pipeline_opportunities set stage_id = :stage, stage_entered_at = :moved
                 where organization_id = :organizationId and id = :deal
                """).bind("organizationId", org.id()).bind("stage", sales.stage("proposal"))
                .bind("moved", now.minus(20, ChronoUnit.DAYS)).bind("deal", deal).execute());
        Sales.save(org, Sales.rule(org, "Idle 14 days").triggerType(PipelineAutomations.IDLE_DAYS).triggerConfig("{\"days\": 14}")
                .actions("[{\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"No activity for 14 days\"}}]").build());

        // when
        AutomationReport sweep = sweep(org, now);

        // then: idle since the move 20 days ago, though its stage-change activity was written today
        assertThat(sweep.rules()).filteredOn(r -> r.outcome().isPresent()).extracting(r -> r.event().entityId()).containsExactly(deal);
    }

    @Test
    void anIdleDealNotifiesItsOwnerOncePerIdlePeriodInTheSweep(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Idle Deals Ltd");
        Pipeline sales = Sales.pipeline(org, "Brand activations");
        UUID deal = Sales.deal(org, sales, "proposal", "Sportswear pop-up", new BigDecimal("60000"), NEXT_SPRING);
        UUID busy = Sales.deal(org, sales, "proposal", "Car launch", new BigDecimal("75000"), NEXT_SPRING);
        Workflow rule = Sales.save(org, Sales.rule(org, "Idle 14 days").triggerType(PipelineAutomations.IDLE_DAYS)
                .triggerConfig("{\"days\": 14}")
                .conditions("{\"field\": \"title\", \"op\": \"ne\", \"value\": \"Car launch\"}")
                .actions("[{\"type\": \"pipeline.notify_owner\", \"params\": {\"title\": \"No activity for 14 days\"}}]").build());
        Instant now = org.asOwner(tx -> tx.now());

        // when
        AutomationReport early = sweep(org, now.plus(13, ChronoUnit.DAYS));
        AutomationReport idle = sweep(org, now.plus(15, ChronoUnit.DAYS));
        AutomationReport stillIdle = sweep(org, now.plus(20, ChronoUnit.DAYS));
        org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title) values (:organizationId, :deal, 'call', 'Called the brand manager')
                """).bind("organizationId", org.id()).bind("deal", deal).execute());
        AutomationReport idleAgain = sweep(org, now.plus(30, ChronoUnit.DAYS));

        // then
        assertThat(early.rules()).isEmpty();
        assertThat(idle.rules()).filteredOn(r -> r.outcome().isPresent()).extracting(r -> r.event().entityId()).containsExactly(deal);
        assertThat(stillIdle.rules()).filteredOn(r -> r.outcome().isPresent()).isEmpty();
        assertThat(idleAgain.rules()).filteredOn(r -> r.outcome().isPresent()).extracting(r -> r.event().entityId()).containsExactly(deal);
        List<AutomationRun> runs = Sales.runs(org, rule.id());
        assertThat(runs).hasSize(2).allSatisfy(run -> assertThat(run.entityId()).isEqualTo(deal));
        assertThat(runs).extracting(run -> run.occurrence().orElseThrow()).doesNotHaveDuplicates();
        assertThat(Sales.notifications(org)).isEqualTo(2);
        assertThat(busy).isNotEqualTo(deal);
    }

    @Test
    void aDealWhoseValueRisesAboveTheAmountTriggersOnceWhenItCrossesIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Big Deals Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        UUID deal = Sales.deal(org, sales, "qualified", "City marathon village", new BigDecimal("40000"), NEXT_SPRING);
        Workflow rule = Sales.save(org, Sales.rule(org, "Above 50k").triggerType(PipelineAutomations.VALUE_ABOVE)
                .triggerConfig("{\"amount\": 50000, \"currency\": \"EUR\"}")
                .actions("[{\"type\": \"pipeline.set_probability\", \"params\": {\"probability\": 35}}]").build());

        // when
        changeValue(org, deal, "40000", "45000");
        changeValue(org, deal, "45000", "65000");
        changeValue(org, deal, "65000", "80000");

        // then
        assertThat(Sales.runs(org, rule.id())).hasSize(1);
        assertThat(Sales.state(org, deal).probability()).isEqualByComparingTo("35");
    }

    @Test
    void aPassedCloseDateTriggersOncePerCloseDateInTheSweep(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Overdue Deals Ltd");
        Pipeline sales = Sales.pipeline(org, "Touring");
        LocalDate today = org.asOwner(tx -> LocalDate.ofInstant(tx.now(), java.time.ZoneOffset.UTC));
        UUID overdue = Sales.deal(org, sales, "negotiation", "Autumn arena tour", new BigDecimal("250000"), today.minusDays(3));
        Sales.deal(org, sales, "negotiation", "Spring club tour", new BigDecimal("90000"), today.plusDays(30));
        Workflow rule = Sales.save(org, Sales.rule(org, "Close date passed").triggerType(PipelineAutomations.CLOSE_DATE_PASSED)
                .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Update the expected close date\"}}]").build());
        Instant now = org.asOwner(tx -> tx.now());

        // when
        sweep(org, now);
        sweep(org, now.plus(1, ChronoUnit.DAYS));

        // then
        assertThat(Sales.runs(org, rule.id())).singleElement().satisfies(run -> {
            assertThat(run.entityId()).isEqualTo(overdue);
            assertThat(run.occurrence()).contains("close date " + today.minusDays(3));
        });
        assertThat(Sales.activities(org, overdue, "task")).isEqualTo(1);
    }

    @Test
    void moveStageCascadesWithinTheDepthLimit(Fixtures fixtures) {
        // given: lead -> qualified -> proposal -> negotiation, each by a rule
        OrganizationFixture org = fixtures.organization("Cascades Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        Sales.save(org, Sales.moving(org, sales, "lead", "qualified"));
        Sales.save(org, Sales.moving(org, sales, "qualified", "proposal"));
        Sales.save(org, Sales.moving(org, sales, "proposal", "negotiation"));
        UUID unlimited = Sales.deal(org, sales, "qualified", "Riverside stage", new BigDecimal("30000"), NEXT_SPRING);
        UUID limited = Sales.deal(org, sales, "qualified", "Hilltop stage", new BigDecimal("30000"), NEXT_SPRING);

        // when
        AutomationReport full = org.asOwner(tx -> {
            tx.handle().execute("update atlvs.pipeline_opportunities set stage_id = ? where id = ?", sales.stage("lead"), unlimited);
            return PipelineAutomations.stageEntered(tx, unlimited, sales.stage("lead"));
        });
        AutomationReport cut = org.asOwner(tx -> {
            tx.handle().execute("update atlvs.pipeline_opportunities set stage_id = ? where id = ?", sales.stage("lead"), limited);
            return new AutomationEngine(tx).withMaxDepth(2).fire(PipelineAutomations.stageEnteredEvent(tx, limited, sales.stage("lead")));
        });

        // then
        assertThat(full.all()).extracting(RuleReport::depth).containsExactly(0, 1, 2);
        assertThat(full.all()).allSatisfy(r -> assertThat(r.outcome()).contains(RunOutcome.SUCCEEDED));
        assertThat(Sales.stageOf(org, unlimited)).isEqualTo("negotiation");
        assertThat(cut.all()).extracting(r -> r.outcome().orElseThrow())
                .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
        assertThat(cut.all().get(2).reason()).contains("the chain reached its depth limit of 2");
        assertThat(Sales.stageOf(org, limited)).isEqualTo("proposal");
        assertThat(Sales.activities(org, unlimited, "stage_change")).isEqualTo(4);
    }

    @Test
    void twoRulesMovingADealBackAndForthAreRefusedWhenSaved(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Ping Pong Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        Sales.save(org, Sales.moving(org, sales, "proposal", "negotiation"));

        // when / then
        assertThatThrownBy(() -> Sales.save(org, Sales.moving(org, sales, "negotiation", "proposal")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_LOOP);
                    assertThat(e.field()).contains("actions");
                    assertThat(e.rule()).contains("settings_workflows_loop");
                });
        long listed = org.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.pipeline_automations")
                .mapTo(Long.class).one());
        assertThat(listed).isEqualTo(1);
    }

    @Test
    void aLoopWrittenByRawSqlIsStoppedAtRunTimeWithASkippedRun(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Raw Loops Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        UUID deal = Sales.deal(org, sales, "qualified", "Winter market", new BigDecimal("20000"), NEXT_SPRING);
        org.asOwner(tx -> tx.handle().execute("""
                insert into atlvs.settings_workflows (organization_id, module, name, trigger_type, trigger_config, actions)
                values (?, 'pipeline', 'Forward', 'pipeline.stage_entered', jsonb_build_object('stage_id', ?::text),
                        jsonb_build_array(jsonb_build_object('type', 'pipeline.move_stage', 'params', jsonb_build_object('stage_id', ?::text)))),
                       (?, 'pipeline', 'Back', 'pipeline.stage_entered', jsonb_build_object('stage_id', ?::text),
                        jsonb_build_array(jsonb_build_object('type', 'pipeline.move_stage', 'params', jsonb_build_object('stage_id', ?::text))))
                """, org.id(), sales.stage("proposal"), sales.stage("negotiation"),
                org.id(), sales.stage("negotiation"), sales.stage("proposal")));

        // when
        AutomationReport report = org.asOwner(tx -> {
            tx.handle().execute("update atlvs.pipeline_opportunities set stage_id = ? where id = ?", sales.stage("proposal"), deal);
            return PipelineAutomations.stageEntered(tx, deal, sales.stage("proposal"));
        });

        // then
        assertThat(report.all()).extracting(RuleReport::name).containsExactly("Forward", "Back", "Forward");
        assertThat(report.all()).extracting(r -> r.outcome().orElseThrow())
                .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
        assertThat(Sales.stageOf(org, deal)).isEqualTo("proposal");
        UUID forward = report.all().get(0).workflowId();
        assertThat(Sales.runs(org, forward)).extracting(AutomationRun::outcome)
                .containsExactlyInAnyOrder(RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Dry Runs Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");
        UUID deal = Sales.deal(org, sales, "qualified", "Harbour Festival 2027", new BigDecimal("180000"), NEXT_SPRING);
        Workflow rule = Sales.save(org, Sales.rule(org, "Proposal follow-up").triggerType(PipelineAutomations.STAGE_ENTERED)
                .triggerConfig("{\"stage_id\": \"" + sales.stage("proposal") + "\"}")
                .conditions("{\"field\": \"value\", \"op\": \"gte\", \"value\": 50000}")
                .actions("""
                        [{"type": "pipeline.create_task", "params": {"title": "Follow up the proposal"}},
                         {"type": "pipeline.notify_owner", "params": {"title": "Proposal sent"}},
                         {"type": "pipeline.move_stage", "params": {"stage_id": "%s"}}]
                        """.formatted(sales.stage("negotiation"))).build());

        // when
        AutomationReport report = org.asOwner(tx -> new AutomationEngine(tx).dryRun(
                PipelineAutomations.stageEnteredEvent(tx, deal, sales.stage("proposal"))));

        // then
        assertThat(report.rules()).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo(rule.id());
            assertThat(run.conditions().trace()).containsExactly("value gte 50000: true");
            assertThat(run.actions()).extracting(AutomationReport.ActionReport::type)
                    .containsExactly("pipeline.create_task", "pipeline.notify_owner", "pipeline.move_stage");
            assertThat(run.actions().get(2).changes()).containsEntry("stage_id", sales.stage("negotiation"));
        });
        assertThat(Sales.activities(org, deal, "task")).isZero();
        assertThat(Sales.activities(org, deal, "stage_change")).isZero();
        assertThat(Sales.notifications(org)).isZero();
        assertThat(Sales.runs(org, rule.id())).isEmpty();
        assertThat(Sales.stageOf(org, deal)).isEqualTo("qualified");
    }

    @Test
    void badParametersOfPipelineTypesAreRefusedNamingTheirFields(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Bad Rules Ltd");

        // when / then
        assertThatThrownBy(() -> Sales.save(org, Sales.rule(org, "Bad").triggerType(PipelineAutomations.VALUE_ABOVE)
                .triggerConfig("{\"amount\": -5, \"currency\": \"euro\"}")
                .actions("[{\"type\": \"pipeline.set_probability\", \"params\": {\"probability\": 140}}, {\"type\": \"pipeline.move_stage\"}]")
                .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("triggerConfig.amount", "triggerConfig.currency", "actions[0].params.probability",
                                "actions[1].params.stage_id"));
    }

    @Test
    void aMoveTheDealServiceRefusesFailsTheRunAndUndoesItsActions(Fixtures fixtures) {
        // given: moving a deal to the lost stage needs a reason, which a stage move does not give
        OrganizationFixture org = fixtures.organization("Refused Moves Ltd");
        Pipeline sales = Sales.pipeline(org, "Festivals");
        UUID deal = Sales.deal(org, sales, "lead", "Seaside festival", new BigDecimal("50000"), NEXT_SPRING);
        Workflow rule = Sales.save(org, Sales.rule(org, "Give up").triggerType(PipelineAutomations.STAGE_ENTERED)
                .triggerConfig("{\"stage_id\": \"" + sales.stage("qualified") + "\"}")
                .actions("[{\"type\": \"pipeline.create_task\", \"params\": {\"title\": \"Call the promoter\"}},"
                        + " {\"type\": \"pipeline.move_stage\", \"params\": {\"stage_id\": \"" + sales.stage("lost") + "\"}}]").build());

        // when
        Sales.move(org, sales, deal, "qualified");

        // then
        assertThat(Sales.runs(org, rule.id())).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(run.error()).hasValueSatisfying(error -> assertThat(error).contains("DEAL_LOST_REASON_REQUIRED"));
        });
        assertThat(Sales.activities(org, deal, "task")).isZero();
        assertThat(Sales.stageOf(org, deal)).isEqualTo("qualified");
    }

    @Test
    void aMoveToTheWonStageWinsTheDealThroughTheDealService(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Automatic Wins Ltd");
        PipelineSetup sales = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.dealIn(org, sales, "Harbour Festival 2027", "180000", "negotiation");
        Sales.save(org, Sales.rule(org, "Signed contracts win").triggerType(PipelineAutomations.STAGE_ENTERED)
                .triggerConfig("{\"stage_id\": \"" + sales.stage("proposal").id() + "\"}")
                .conditions("{\"field\": \"tags\", \"op\": \"contains\", \"value\": \"contract signed\"}")
                .actions("[{\"type\": \"pipeline.move_stage\", \"params\": {\"stage_id\": \"" + sales.wonStage().id() + "\"}}]").build());
        org.asOwner(tx -> new DealService(tx).update(dev.atlvs.pipeline.sales.deal.ImmutableDeal.copyOf(new DealService(tx).get(deal.id()))
                .withTags(List.of("contract signed"))));

        // when
        org.asOwner(tx -> {
            Deal moved = new DealService(tx).moveTo(deal.id(), sales.stage("proposal").id());
            return PipelineAutomations.stageEntered(tx, moved.id(), deal.stageId(), moved.stageId());
        });

        // then
        Deal won = org.asOwner(tx -> new DealService(tx).get(deal.id()));
        assertThat(won.status()).isEqualTo(dev.atlvs.pipeline.sales.deal.DealStatus.WON);
        assertThat(won.projectId()).isPresent();
    }

    @Test
    void theSalesPlaybookIsListedByThePipelineAutomationsView(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Playbook Ltd");
        Pipeline sales = Sales.pipeline(org, "Festival production");

        // when
        List<Workflow> rules = AutomationsFixtures.salesPlaybook(org, sales.stage("proposal"));

        // then
        List<String> listed = org.asOwner(tx -> tx.handle().createQuery("select name from atlvs.pipeline_automations order by name")
                .mapTo(String.class).list());
        assertThat(listed).containsExactly("Close date passed", "Idle for 14 days", "Proposal follow-up");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.isActive()).isTrue());
    }

    private static AutomationReport sweep(OrganizationFixture org, Instant at) {
        return org.asOwner(tx -> new AutomationEngine(tx).sweep(at));
    }

    private static void changeValue(OrganizationFixture org, UUID deal, String before, String after) {
        org.asOwner(tx -> {
            tx.handle().execute("update atlvs.pipeline_opportunities set value = ? where id = ?", new BigDecimal(after), deal);
            return PipelineAutomations.valueChanged(tx, deal, Optional.of(new BigDecimal(before)), Optional.of(new BigDecimal(after)));
        });
    }
}
