package dev.atlvs.core.automation;

/**
 * Whom a rule acts for. Either way its actions run inside the transaction that raised the event, under that
 * transaction's actor: the services the actions call check their permissions as for any write of the actor, and the
 * database's rules and row-level security apply.
 */
public enum RunAs {
    /** The organization: the default. */
    SYSTEM,
    /** The rule's creator: recorded on the rule for hosts that run actions on the creator's behalf. */
    CREATOR
}
