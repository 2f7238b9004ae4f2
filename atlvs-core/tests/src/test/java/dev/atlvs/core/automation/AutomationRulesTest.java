package dev.atlvs.core.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.CoreRules;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saving automation rules: types, configurations, parameters, conditions, the loop check, permissions and the audit. */
@AtlvsTest
class AutomationRulesTest {

    @Test
    void twoRulesMovingBackAndForthAreRefusedWhenTheSecondIsSaved(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Loop Check Live");
        Stage.save(org, Stage.moving(org, "stage", "backstage"));
        long before = Rows.count(db, "settings_workflows");

        // when / then
        assertThatThrownBy(() -> Stage.save(org, Stage.moving(org, "backstage", "stage")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_LOOP);
                    assertThat(e.field()).contains("actions");
                    assertThat(e.rule()).contains(CoreRules.SETTINGS_WORKFLOWS_LOOP.name());
                });
        assertThat(Rows.count(db, "settings_workflows")).isEqualTo(before);
    }

    @Test
    void twoRulesThatLoopTogetherSavedConcurrentlyAreNotBothSaved(Fixtures fixtures) throws InterruptedException {
        // given
        OrganizationFixture org = fixtures.organization("Racing Loops Live");

        // when
        List<Race.Outcome<Workflow>> outcomes = Race.run(List.of(
                gate -> org.asOwner(tx -> {
                    gate.meet();
                    return new AutomationRules(tx, Stage.CATALOG).create(Stage.moving(org, "stage", "backstage"));
                }),
                gate -> org.asOwner(tx -> {
                    gate.meet();
                    return new AutomationRules(tx, Stage.CATALOG).create(Stage.moving(org, "backstage", "stage"));
                })));

        // then
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement().satisfies(outcome ->
                assertThat(outcome.failure()).hasValueSatisfying(failure -> assertThat(failure)
                        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_LOOP))));
    }

    @Test
    void aRuleThatTriggersItselfIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Self Loop Check Live");

        // when / then
        assertThatThrownBy(() -> Stage.save(org, Stage.moving(org, "stage", "stage")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).contains("settings_workflows_loop"));
    }

    @Test
    void anInactiveRuleDoesNotLoopUntilItIsActivated(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Inactive Loop Live");
        Stage.save(org, Stage.moving(org, "stage", "backstage"));
        Workflow back = Stage.save(org, ImmutableWorkflow.copyOf(Stage.moving(org, "backstage", "stage")).withIsActive(false));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).activate(back.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_LOOP));
    }

    @Test
    void aChainThatEndsIsAccepted(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Chains Live");
        Stage.save(org, Stage.moving(org, "gate", "stage"));

        // when
        Workflow next = Stage.save(org, Stage.moving(org, "stage", "backstage"));

        // then
        assertThat(next.isActive()).isTrue();
    }

    @Test
    void unknownTriggerAndActionTypesAreRefusedNamingTheirFields(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Unknown Types Live");

        // when / then
        assertThatThrownBy(() -> Stage.save(org, Stage.rule(org, "Unknown").triggerType("test.teleported")
                .actions("[{\"type\": \"test.note\", \"params\": {\"tag\": \"x\"}}, {\"type\": \"test.explode\"}]").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_TYPE_UNKNOWN);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("triggerType", "actions[1].type");
                });
    }

    @Test
    void badConfigurationsParametersAndConditionsAreRefusedAllAtOnceNamingTheirFields(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Bad Config Live");
        long before = Rows.count(db, "settings_workflows");

        // when / then
        assertThatThrownBy(() -> Stage.save(org, Stage.rule(org, "Bad").triggerType("test.idle").triggerConfig("{\"days\": 0, \"hours\": 3}")
                .conditions("{\"field\": \"value\", \"op\": \"bigger\", \"value\": 1}")
                .actions("[{\"type\": \"test.note\", \"params\": {}}, {\"type\": \"test.move\", \"params\": {\"to\": 7}}]").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.AUTOMATION_CONFIG_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                            "triggerConfig.hours", "triggerConfig.days", "conditions.op", "actions[0].params.tag", "actions[1].params.to");
                });
        assertThat(Rows.count(db, "settings_workflows")).isEqualTo(before);
    }

    @Test
    void actionsThatAreNotAJsonArrayBreakTheirCheckThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Actions Shape Live");
        Workflow rule = Stage.save(org, Stage.moving(org, "stage", "backstage"));

        // when / then
        assertThatThrownBy(() -> ImmutableWorkflow.copyOf(rule).withActions("{}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple("actions", "settings_workflows_actions_check")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().execute("update atlvs.settings_workflows set actions = '{}' where id = ?", rule.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule).containsExactly("settings_workflows_actions_check"));
    }

    @Test
    void onlyMembersWhoManageAutomationsChangeRules(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Permissions Live");
        User contributor = org.addMember(MemberRole.CONTRIBUTOR);

        // when / then
        assertThatThrownBy(() -> org.as(contributor, tx -> new AutomationRules(tx, Stage.CATALOG).create(Stage.moving(org, "stage", "backstage"))))
                .isInstanceOf(AccessDeniedException.class);
        List<Workflow> visible = org.as(contributor, tx -> new AutomationRules(tx, Stage.CATALOG).ofModule("test"));
        assertThat(visible).isEmpty();
    }

    @Test
    void everyChangeOfARuleIsInTheAuditTrail(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Audited Rules Live");
        Workflow rule = Stage.save(org, Stage.moving(org, "stage", "backstage"));

        // when
        org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).deactivate(rule.id()));
        org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).delete(rule.id()));

        // then
        List<AuditEntry> history = org.asOwner(tx -> new AuditTrail(tx).history(Workflow.TABLE, rule.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(history.get(1).changedFields()).contains("is_active");
        assertThat(history.get(2).changedFields()).contains("deleted_at");
    }

    @Test
    void aDeletedRuleNoLongerRunsAndItsNameCanBeUsedAgain(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Deleted Rules Live");
        Workflow rule = Stage.save(org, Stage.moving(org, "stage", "backstage"));
        org.asOwner(tx -> new AutomationRules(tx, Stage.CATALOG).delete(rule.id()));

        // when
        AutomationReport report = Stage.fire(org, Stage.entered(dev.atlvs.core.repository.Ids.newId(), "stage"));
        Workflow again = Stage.save(org, Stage.moving(org, "stage", "backstage"));

        // then
        assertThat(report.rules()).isEmpty();
        assertThat(again.name()).isEqualTo(rule.name());
    }
}
