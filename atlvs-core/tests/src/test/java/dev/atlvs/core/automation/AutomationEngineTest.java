package dev.atlvs.core.automation;

import static dev.atlvs.core.automation.Stage.entered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.automation.AutomationReport.RuleReport;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The automation engine: matching, conditions, actions, runs, chains with their loop and depth protection, dry runs. */
@AtlvsTest
class AutomationEngineTest {

    @Test
    void aRuleWhoseTriggerAndConditionsMatchRunsItsActionsAndRecordsTheRun(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Matching Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Backstage note").triggerType("test.entered")
                .triggerConfig("{\"place\": \"backstage\"}")
                .conditions("{\"all\": [{\"field\": \"crew_size\", \"op\": \"gte\", \"value\": 4}]}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Backstage crew in\"}}]").build());
        UUID crew = Ids.newId();

        // when
        AutomationReport report = Stage.fire(org, AutomationEvent.of("test.entered", "crew", crew, Map.of("place", "backstage", "crew_size", 6)));

        // then
        assertThat(report.rules()).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo(rule.id());
            assertThat(run.outcome()).contains(RunOutcome.SUCCEEDED);
            assertThat(run.conditions().trace()).containsExactly("crew_size gte 4: true");
            assertThat(run.actions()).extracting(AutomationReport.ActionReport::type).containsExactly("test.note");
        });
        assertThat(Stage.tag(org, "Backstage crew in")).isPresent();
        assertThat(Stage.runs(org, rule.id())).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(run.entityId()).isEqualTo(crew);
            assertThat(run.depth()).isZero();
            assertThat(run.actions()).contains("test.note");
        });
        Workflow counted = org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).get(rule.id()));
        assertThat(counted.runCount()).isEqualTo(1);
        assertThat(counted.lastRunAt()).isPresent();
        assertThat(counted.lastError()).isEmpty();
    }

    @Test
    void theEngineListensToATriggerTypeExactlyWhileAnActiveRuleOfItExists(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Listening Live");
        boolean before = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).listensTo("test.entered"));
        Workflow rule = Stage.save(org, Stage.rule(org, "Backstage listener").triggerType("test.entered")
                .triggerConfig("{\"place\": \"backstage\"}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Listened\"}}]").build());

        // when
        boolean active = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).listensTo("test.entered"));
        boolean otherType = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).listensTo("test.idle"));
        org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).deactivate(rule.id()));
        boolean deactivated = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).listensTo("test.entered"));

        // then
        assertThat(before).isFalse();
        assertThat(active).isTrue();
        assertThat(otherType).isFalse();
        assertThat(deactivated).isFalse();
    }

    @Test
    void aRuleDoesNotRunWhenItsTriggerConfigurationOrItsConditionsDoNotMatch(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Not Matching Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Big crews backstage").triggerType("test.entered")
                .triggerConfig("{\"place\": \"backstage\"}")
                .conditions("{\"field\": \"crew_size\", \"op\": \"gt\", \"value\": 10}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Big crew\"}}]").build());

        // when
        AutomationReport elsewhere = Stage.fire(org, entered(Ids.newId(), "stage"));
        AutomationReport small = Stage.fire(org, AutomationEvent.of("test.entered", "crew", Ids.newId(), Map.of("place", "backstage", "crew_size", 3)));

        // then
        assertThat(elsewhere.rules()).isEmpty();
        assertThat(small.rules()).singleElement().satisfies(run -> {
            assertThat(run.conditions().holds()).isFalse();
            assertThat(run.outcome()).isEmpty();
        });
        assertThat(Stage.runs(org, rule.id())).isEmpty();
    }

    @Test
    void aRuleThatReTriggersItselfOnTheSameEntityIsStoppedWithASkippedRun(Fixtures fixtures, TestDatabase db) {
        // given: a rule written by raw SQL that moves whoever enters the stage onto the stage again
        OrganizationFixture org = fixtures.organization("Self Loop Live");
        UUID rule = org.asOwner(tx -> tx.handle().createQuery("""
                insert into atlvs.settings_workflows (organization_id, module, name, trigger_type, trigger_config, actions)
                values (:org, 'test', 'Stage again', 'test.entered', '{"place": "stage"}',
                        '[{"type": "test.move", "params": {"to": "stage"}}]')
                returning id
                """).bind("org", org.id()).mapTo(UUID.class).one());

        // when
        AutomationReport report = Stage.fire(org, entered(Ids.newId(), "stage"));

        // then
        assertThat(report.all()).extracting(r -> r.outcome().orElseThrow()).containsExactly(RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
        assertThat(report.all().get(1).reason()).contains("the rule ran on this entity in this chain already");
        List<AutomationRun> runs = Stage.runs(org, rule);
        assertThat(runs).extracting(AutomationRun::outcome).containsExactlyInAnyOrder(RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
        assertThat(runs.stream().map(AutomationRun::chainId).distinct().count()).isEqualTo(1);
    }

    @Test
    void twoRulesMovingBackAndForthWrittenByRawSqlAreStoppedAtRunTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Ping Pong Live");
        org.asOwner(tx -> tx.handle().execute("""
                insert into atlvs.settings_workflows (organization_id, module, name, trigger_type, trigger_config, actions)
                values (?, 'test', 'Stage to backstage', 'test.entered', '{"place": "stage"}', '[{"type": "test.move", "params": {"to": "backstage"}}]'),
                       (?, 'test', 'Backstage to stage', 'test.entered', '{"place": "backstage"}', '[{"type": "test.move", "params": {"to": "stage"}}]')
                """, org.id(), org.id()));

        // when
        AutomationReport report = Stage.fire(org, entered(Ids.newId(), "stage"));

        // then
        assertThat(report.all()).extracting(RuleReport::name)
                .containsExactly("Stage to backstage", "Backstage to stage", "Stage to backstage");
        assertThat(report.all()).extracting(r -> r.outcome().orElseThrow())
                .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
    }

    @Test
    void aChainOfDifferentRulesStopsAtItsDepthLimit(Fixtures fixtures) {
        // given: place 0 moves to 1, 1 to 2, ..., 7 to 8
        OrganizationFixture org = fixtures.organization("Deep Chains Live");
        for (int i = 0; i < 8; i++) {
            Stage.save(org, Stage.moving(org, "p" + i, "p" + (i + 1)));
        }

        // when
        AutomationReport byDefault = Stage.fire(org, entered(Ids.newId(), "p0"));
        AutomationReport limited = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).withMaxDepth(3).fire(entered(Ids.newId(), "p0")));

        // then
        assertThat(byDefault.all()).extracting(RuleReport::depth).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(byDefault.all()).extracting(r -> r.outcome().orElseThrow()).containsExactly(RunOutcome.SUCCEEDED,
                RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SUCCEEDED, RunOutcome.SKIPPED);
        assertThat(byDefault.all().get(5).reason()).contains("the chain reached its depth limit of 5");
        assertThat(limited.all()).extracting(RuleReport::depth).containsExactly(0, 1, 2, 3);
        assertThat(limited.all().get(3).outcome()).contains(RunOutcome.SKIPPED);
    }

    @Test
    void aFailingActionIsRecordedAndUndoneWhileTheTransactionGoesOn(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Failing Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Note then fail").triggerType("test.entered")
                .triggerConfig("{\"place\": \"stage\"}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Stage call\"}}, {\"type\": \"test.fail\"}]").build());

        // when
        AutomationReport report = org.asOwner(tx -> {
            AutomationReport fired = new AutomationEngine(tx, Stage.CATALOG).fire(entered(Ids.newId(), "stage"));
            new dev.atlvs.core.tag.TagService(tx).create("Written after the failure");
            return fired;
        });

        // then
        assertThat(report.rules()).singleElement().satisfies(run -> {
            assertThat(run.outcome()).contains(RunOutcome.FAILED);
            assertThat(run.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("RULE_VIOLATED").contains("the stage is closed"));
        });
        assertThat(Stage.tag(org, "Stage call")).isEmpty();
        assertThat(Stage.tag(org, "Written after the failure")).isPresent();
        assertThat(Stage.runs(org, rule.id())).extracting(AutomationRun::outcome).containsExactly(RunOutcome.FAILED);
        Workflow failed = org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).get(rule.id()));
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).contains("the stage is closed"));
        assertThat(failed.runCount()).isEqualTo(1);
    }

    @Test
    void aFailingActionFailsTheTransactionWhenItsRuleSaysSo(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Fail Hard Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Strict").triggerType("test.entered").triggerConfig("{\"place\": \"stage\"}")
                .failOnError(true).actions("[{\"type\": \"test.fail\"}]").build());
        long tags = Rows.count(db, "tags");

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> {
            new dev.atlvs.core.tag.TagService(tx).create("Before the event");
            return new AutomationEngine(tx, Stage.CATALOG).fire(entered(Ids.newId(), "stage"));
        })).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_FAILED);
            assertThat(e.field()).contains("actions");
        });
        assertThat(Rows.count(db, "tags")).isEqualTo(tags);
        assertThat(Stage.runs(org, rule.id())).isEmpty();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Dry Runs Live");
        Workflow first = Stage.save(org, Stage.rule(org, "Stage to backstage with a note").triggerType("test.entered")
                .triggerConfig("{\"place\": \"stage\"}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Dry note\"}}, {\"type\": \"test.move\", \"params\": {\"to\": \"backstage\"}}]")
                .build());
        Workflow second = Stage.save(org, Stage.rule(org, "Backstage note").triggerType("test.entered").triggerConfig("{\"place\": \"backstage\"}")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"Dry cascade\"}}]").build());
        long runs = Stage.count(db, "automation_runs");
        long tags = Rows.count(db, "tags");
        long audit = Stage.count(db, "audit_logs");

        // when
        AutomationReport report = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).dryRun(entered(Ids.newId(), "stage")));

        // then
        assertThat(report.rules()).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo(first.id());
            assertThat(run.actions()).extracting(AutomationReport.ActionReport::type).containsExactly("test.note", "test.move");
            assertThat(run.actions().get(1).changes()).containsEntry("place", "backstage");
            assertThat(run.cascades()).singleElement().satisfies(cascade -> {
                assertThat(cascade.workflowId()).isEqualTo(second.id());
                assertThat(cascade.depth()).isEqualTo(1);
                assertThat(cascade.outcome()).contains(RunOutcome.SUCCEEDED);
            });
        });
        assertThat(Stage.count(db, "automation_runs")).isEqualTo(runs);
        assertThat(Rows.count(db, "tags")).isEqualTo(tags);
        assertThat(Stage.count(db, "audit_logs")).isEqualTo(audit);
        assertThat(org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).get(first.id())).runCount()).isZero();
    }

    @Test
    void theSweepFiresATimeBasedRuleOncePerOccurrence(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Idle Crews Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Idle crew").triggerType("test.idle").triggerConfig("{\"days\": 14}")
                .actions("[{\"type\": \"test.move\", \"params\": {\"to\": \"office\"}}]").build());
        UUID crew = Ids.newId();
        Stage.DUE.put(org.id(), List.of(AutomationEvent.of("test.idle", "crew", crew, Map.of()).withOccurrence("idle since 2026-11-01")));

        // when
        AutomationReport first = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).sweep(tx.now()));
        AutomationReport again = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).sweep(tx.now()));
        Stage.DUE.put(org.id(), List.of(AutomationEvent.of("test.idle", "crew", crew, Map.of()).withOccurrence("idle since 2026-11-20")));
        AutomationReport nextPeriod = org.asOwner(tx -> new AutomationEngine(tx, Stage.CATALOG).sweep(tx.now()));

        // then
        assertThat(first.rules()).extracting(r -> r.outcome().orElseThrow()).containsExactly(RunOutcome.SUCCEEDED);
        assertThat(again.rules()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEmpty();
            assertThat(r.reason()).contains("the rule ran for this occurrence already");
        });
        assertThat(nextPeriod.rules()).extracting(r -> r.outcome().orElseThrow()).containsExactly(RunOutcome.SUCCEEDED);
        assertThat(Stage.runs(org, rule.id())).extracting(r -> r.occurrence().orElseThrow())
                .containsExactly("idle since 2026-11-20", "idle since 2026-11-01");
        Stage.DUE.remove(org.id());
    }

    @Test
    void twoSweepsRacingEachOtherFireARuleOncePerOccurrence(Fixtures fixtures) throws InterruptedException {
        // given
        OrganizationFixture org = fixtures.organization("Racing Sweeps Live");
        Workflow rule = Stage.save(org, Stage.rule(org, "Idle crew").triggerType("test.idle").triggerConfig("{\"days\": 7}")
                .actions("[{\"type\": \"test.move\", \"params\": {\"to\": \"office\"}}]").build());
        Stage.DUE.put(org.id(), List.of(AutomationEvent.of("test.idle", "crew", Ids.newId(), Map.of()).withOccurrence("idle since 2026-11-01")));

        // when
        List<Race.Outcome<AutomationReport>> outcomes = Race.run(List.of(
                gate -> org.asOwner(tx -> {
                    gate.meet();
                    return new AutomationEngine(tx, Stage.CATALOG).sweep(tx.now());
                }),
                gate -> org.asOwner(tx -> {
                    gate.meet();
                    return new AutomationEngine(tx, Stage.CATALOG).sweep(tx.now());
                })));

        // then
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.won()).isTrue());
        assertThat(Stage.runs(org, rule.id())).singleElement().satisfies(run -> assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED));
        assertThat(org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).get(rule.id())).runCount()).isEqualTo(1);
        Stage.DUE.remove(org.id());
    }

    @Test
    void runsAreNeverChangedAndGoOnlyWithTheirRule(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Append Only Live");
        Workflow rule = Stage.save(org, Stage.moving(org, "stage", "backstage"));
        UUID run = Stage.fire(org, entered(Ids.newId(), "stage")).rules().get(0).runId().orElseThrow();

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().execute("update atlvs.automation_runs set outcome = 'failed' where id = ?", run)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().execute("delete from atlvs.automation_runs where id = ?", run)))
                .isInstanceOf(RuntimeException.class);
        org.asOwner(tx -> {
            WorkflowRepository workflows = tx.repository(WorkflowRepository.class);
            workflows.delete(workflows.get(rule.id()));
            return null;
        });
        assertThat(Stage.runs(org, rule.id())).isEmpty();
    }
}
