/**
 * Pipeline automations on the core's automation engine: the trigger types (a deal entering a stage, idle for days, its
 * value rising above an amount, its close date passing) and action types (a task for the owner, a notification, a
 * probability, a stage move) of the pipeline module, and the entry points the deal service calls after a move or a
 * change of value. Rules are the pipeline module's rows of {@code settings_workflows} (the {@code pipeline_automations}
 * view).
 *
 * <pre>{@code
 * PipelineAutomations.stageEntered(tx, dealId, stageId);                 // after a move
 * new AutomationEngine(tx).dryRun(PipelineAutomations.stageEnteredEvent(tx, dealId, stageId));
 * new AutomationEngine(tx).sweep(tx.now());                              // idle deals, passed close dates
 * }</pre>
 */
package dev.atlvs.pipeline.sales.automation;
