package dev.atlvs.core.audit;

/** What a change did to its record. */
public enum AuditAction {
    INSERT, UPDATE, DELETE
}
