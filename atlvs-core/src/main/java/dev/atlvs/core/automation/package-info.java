/**
 * Automations: the one rule engine of every module. A rule of the organization's rule store ({@link
 * dev.atlvs.core.automation.Workflow}, table {@code settings_workflows}) names a trigger type a module contributes,
 * its configuration, conditions over the entity's state and actions; {@link dev.atlvs.core.automation.AutomationRules}
 * checks and saves rules (refusing a set of rules that would loop), and {@link dev.atlvs.core.automation.AutomationEngine}
 * runs them inside the tenant transaction of the event, with loop and depth protection, a dry run and a sweep for
 * time-based triggers. Every execution is in {@code automation_runs}.
 *
 * <pre>{@code
 * // a module contributes its types through AtlvsModule.automationTriggers() and automationActions(),
 * // and raises its events where they happen:
 * new AutomationEngine(tx).fire(AutomationEvent.of("pipeline.stage_entered", "deal", dealId, state));
 *
 * // a host schedules the sweep of time-based triggers, per organization:
 * atlvs.inTenant(org, admin, tx -> new AutomationEngine(tx).sweep(tx.now()));
 * }</pre>
 */
package dev.atlvs.core.automation;
