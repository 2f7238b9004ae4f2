package dev.atlvs.core.automation;

/** What a rule of {@code settings_workflows} is: an automation the engine runs, or an approval policy. */
public enum WorkflowKind {
    /** A trigger, conditions and actions, run by the {@link AutomationEngine}. */
    AUTOMATION,
    /** The sequential steps of an approval, read by the module that approves; never run by the engine. */
    APPROVAL_POLICY
}
