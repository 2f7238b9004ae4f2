package dev.atlvs.core.automation;

import dev.atlvs.core.TenantTransaction;

/**
 * What an action runs with: the tenant transaction of the event, the rule and the event.
 *
 * @param tx    the transaction the event was raised in
 * @param rule  the automation being run
 * @param event the event that triggered it
 */
public record ActionContext(TenantTransaction tx, Workflow rule, AutomationEvent event) {}
