package dev.atlvs.core.error;

/**
 * Error codes of the core module, numbered 1000-1999: 1000 not found, 1100-1199 validation, 1200-1299
 * conflicts (1220-1239 the status lifecycles, one {@code <AGGREGATE>_TRANSITION_INVALID} per aggregate), 1300
 * missing references, 1400-1499 access, 1500 schedule conflicts, 1900-1999 infrastructure.
 * {@link #ILLEGAL_TRANSITION} stays for moves that are not a status lifecycle (restoring a live record,
 * resolving a resolved comment thread).
 */
public enum CoreErrorCode implements ErrorCode {
    NOT_FOUND(1000, ErrorCategory.NOT_FOUND),
    VALIDATION_FAILED(1100, ErrorCategory.VALIDATION),
    CHECK_VIOLATED(1101, ErrorCategory.VALIDATION),
    REQUIRED_VALUE_MISSING(1102, ErrorCategory.VALIDATION),
    MALFORMED_VALUE(1103, ErrorCategory.VALIDATION),
    UNKNOWN_EVENT_TYPE(1104, ErrorCategory.VALIDATION),
    PAYLOAD_TOO_LARGE(1105, ErrorCategory.VALIDATION),
    UNSAFE_URL(1106, ErrorCategory.VALIDATION),
    MALFORMED_API_KEY(1107, ErrorCategory.VALIDATION),
    /** An automation names a trigger or action type no installed module contributes. */
    AUTOMATION_TYPE_UNKNOWN(1108, ErrorCategory.VALIDATION),
    /** An automation's trigger configuration, conditions or action parameters are not what their types accept. */
    AUTOMATION_CONFIG_INVALID(1109, ErrorCategory.VALIDATION),
    DUPLICATE(1200, ErrorCategory.CONFLICT),
    STALE_VERSION(1201, ErrorCategory.CONFLICT),
    ILLEGAL_TRANSITION(1202, ErrorCategory.CONFLICT),
    STILL_REFERENCED(1203, ErrorCategory.CONFLICT),
    CONCURRENT_UPDATE(1204, ErrorCategory.CONFLICT),
    LAST_OWNER(1205, ErrorCategory.CONFLICT),
    RULE_VIOLATED(1206, ErrorCategory.CONFLICT),
    REVERT_CONFLICT(1207, ErrorCategory.CONFLICT),
    /** Active automations that would trigger one another in a circle ({@code settings_workflows_loop}). */
    AUTOMATION_LOOP(1208, ErrorCategory.CONFLICT),
    /** An automation's action failed and its rule fails the transaction ({@code Workflow.failOnError()}). */
    AUTOMATION_FAILED(1209, ErrorCategory.CONFLICT),
    /** The live rows of an archived month changed since the export, so they were not removed ({@code Maintenance.archive}). */
    ARCHIVE_ROWS_CHANGED(1210, ErrorCategory.CONFLICT),
    /** Rows of an archive to restore are in the live log already ({@code Maintenance.restore}). */
    ARCHIVE_ROWS_PRESENT(1211, ErrorCategory.CONFLICT),
    /** A membership status change its lifecycle ({@code MemberStatus.LIFECYCLE}) does not allow. */
    MEMBER_TRANSITION_INVALID(1220, ErrorCategory.CONFLICT),
    /** A stored file status change its lifecycle ({@code FileStatus.LIFECYCLE}) does not allow. */
    STORAGE_FILE_TRANSITION_INVALID(1221, ErrorCategory.CONFLICT),
    /** A webhook delivery status change its lifecycle ({@code DeliveryStatus.LIFECYCLE}) does not allow: replaying a pending delivery. */
    WEBHOOK_DELIVERY_TRANSITION_INVALID(1222, ErrorCategory.CONFLICT),
    REFERENCE_MISSING(1300, ErrorCategory.REFERENCE_MISSING),
    PERMISSION_DENIED(1400, ErrorCategory.ACCESS_DENIED),
    NOT_A_MEMBER(1401, ErrorCategory.ACCESS_DENIED),
    TENANT_VIOLATION(1402, ErrorCategory.ACCESS_DENIED),
    INVALID_API_KEY(1403, ErrorCategory.ACCESS_DENIED),
    REVOKED_API_KEY(1404, ErrorCategory.ACCESS_DENIED),
    EXPIRED_API_KEY(1405, ErrorCategory.ACCESS_DENIED),
    SCOPE_NOT_HELD(1406, ErrorCategory.ACCESS_DENIED),
    CONTEXT_REFUSED(1407, ErrorCategory.ACCESS_DENIED),
    /** A change of roles or grants that would give its actor, or anyone, more than the actor holds. */
    PRIVILEGE_ESCALATION(1408, ErrorCategory.ACCESS_DENIED),
    OVERLAP(1500, ErrorCategory.SCHEDULE_CONFLICT),
    /** An archive of the maintenance that cannot be written, read or trusted: a file that does not match its manifest. */
    ARCHIVE_INVALID(1930, ErrorCategory.INFRASTRUCTURE),
    UNSAFE_CONNECTION_ROLE(1900, ErrorCategory.INFRASTRUCTURE),
    DATABASE_ERROR(1901, ErrorCategory.INFRASTRUCTURE),
    NO_TRANSACTION(1902, ErrorCategory.INFRASTRUCTURE),
    NESTED_TRANSACTION(1903, ErrorCategory.INFRASTRUCTURE),
    ENCRYPTION_KEY_MISSING(1904, ErrorCategory.INFRASTRUCTURE),
    MODULE_SETUP_INVALID(1905, ErrorCategory.INFRASTRUCTURE),
    MIGRATION_FAILED(1906, ErrorCategory.INFRASTRUCTURE),
    /** A write inside a read-only transaction ({@code Atlvs.readInTenant}). */
    READ_ONLY_TRANSACTION(1908, ErrorCategory.INFRASTRUCTURE),
    CONTEXT_KEY_MISSING(1907, ErrorCategory.INFRASTRUCTURE),
    /** The database has no {@code atlvs} schema: nothing was migrated there yet. */
    SCHEMA_MISSING(1910, ErrorCategory.INFRASTRUCTURE),
    /** Migrations of the modules on the class path are not applied yet. */
    MIGRATIONS_PENDING(1911, ErrorCategory.INFRASTRUCTURE),
    /** The run-time role named to the migrations does not exist. */
    RUNTIME_ROLE_MISSING(1912, ErrorCategory.INFRASTRUCTURE),
    /** The connection role lacks the privileges the migrations grant the run-time role. */
    RUNTIME_ROLE_GRANTS_MISSING(1913, ErrorCategory.INFRASTRUCTURE),
    /** The owner's pool cannot hand out the connections a migration needs at once. */
    OWNER_POOL_TOO_SMALL(1914, ErrorCategory.INFRASTRUCTURE),
    /** The server is older than PostgreSQL 15. */
    SERVER_TOO_OLD(1915, ErrorCategory.INFRASTRUCTURE),
    /** No connection to the database could be opened. */
    DATABASE_UNREACHABLE(1916, ErrorCategory.INFRASTRUCTURE);

    private final int number;
    private final ErrorCategory category;

    CoreErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
