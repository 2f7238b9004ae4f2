package dev.atlvs.core.automation;

/** What came of running a rule for an event ({@code automation_runs.outcome}). */
public enum RunOutcome {
    /** Every action ran. */
    SUCCEEDED,
    /** An action failed; the rule's actions were undone. */
    FAILED,
    /** The rule was not run: it ran on the entity in the chain already, or the chain reached its depth limit. */
    SKIPPED
}
