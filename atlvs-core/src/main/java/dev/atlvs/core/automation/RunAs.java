package dev.atlvs.core.automation;

/**
 * Whose rights an automation's actions are recorded under. Both run inside the transaction that raised the event, so
 * the database's rules and row-level security apply as for any write of that transaction.
 */
public enum RunAs {
    /** The automation itself: actions need no permission of the actor whose change raised the event. */
    SYSTEM,
    /** The rule's creator: reserved for hosts that run actions on the creator's behalf; recorded on the rule. */
    CREATOR
}
