package dev.atlvs.projects.internal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ValidationException;
import java.util.function.Supplier;

/**
 * Runs a write with a reason recorded on the audit rows it produces ({@code audit_logs.reason}), for
 * overrides that must be explained: a project completed with open work, a task started before its
 * predecessors are done.
 */
public final class AuditReason {
    /** The longest reason the audit trail keeps. */
    public static final int MAX_LENGTH = 500;

    private AuditReason() {}

    /** Runs {@code write} in {@code tx} with {@code reason} on its audit rows; the reason is cleared afterwards. */
    public static <R> R during(TenantTransaction tx, String entity, String reason, Supplier<R> write) {
        requireNonNull(reason, "reason is null");
        if (reason.isBlank() || reason.length() > MAX_LENGTH) {
            throw ValidationException.of(entity, "reason", "Size", "an override needs a reason of 1 to " + MAX_LENGTH + " characters");
        }
        set(tx, reason);
        R result;
        try {
            result = write.get();
        } catch (RuntimeException failure) {
            // A write refused in Java leaves the transaction usable: later changes must not carry the reason.
            try {
                set(tx, "");
            } catch (RuntimeException aborted) {
                failure.addSuppressed(aborted);
            }
            throw failure;
        }
        set(tx, "");
        return result;
    }

    private static void set(TenantTransaction tx, String reason) {
        tx.handle().createQuery("select set_config('atlvs.audit_reason', :reason, true)").bind("reason", reason).mapTo(String.class).one();
    }
}
