package dev.atlvs.core;


import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.permission.PermissionResolver;
import dev.atlvs.core.permission.PermissionSet;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.internal.SharedRepositories;
import dev.atlvs.core.repository.internal.TransactionScope;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * One database transaction on behalf of an active member of one organization. Row-level security
 * shows and accepts only that organization's rows; the acting user is recorded on every change.
 * Repositories exist only inside it:
 *
 * <pre>{@code
 * atlvs.inTenant(organizationId, userId, tx -> {
 *     tx.require("core.locations.create");
 *     return tx.repository(LocationRepository.class).insert(Location.builder()
 *             .organizationId(tx.organizationId()).name("Main Stage").type(LocationType.VENUE).build());
 * });
 * }</pre>
 */
public final class TenantTransaction {
    private final Handle handle;
    private final UUID organizationId;
    private final UUID actorId;
    private final MemberRole role;
    private final Clock clock;
    private final UUID correlationId;
    private final java.util.Set<String> scopes;
    private PermissionSet permissions;
    private final java.util.Map<TransactionKey<?>, Object> attributes = new java.util.IdentityHashMap<>();
    private final java.util.Map<Class<?>, Object> repositories = new java.util.HashMap<>(8);
    private boolean open = true;
    private final SharedRepositories shared;
    private final SharedRepositories.Binding binding;

    private dev.atlvs.core.observe.AtlvsObserver observer;
    private dev.atlvs.core.observe.AtlvsObserver.Observation observation;
    private boolean operationNamed;

    TenantTransaction(Handle handle, UUID organizationId, UUID actorId, MemberRole role, Clock clock, UUID correlationId) {
        this(handle, organizationId, actorId, role, clock, correlationId, null);
    }

    TenantTransaction(Handle handle, UUID organizationId, UUID actorId, MemberRole role, Clock clock, UUID correlationId,
            java.util.Set<String> scopes) {
        this.scopes = scopes == null ? null : java.util.Set.copyOf(scopes);
        this.handle = requireNonNull(handle, "handle is null");
        this.organizationId = requireNonNull(organizationId, "organizationId is null");
        this.actorId = requireNonNull(actorId, "actorId is null");
        this.role = requireNonNull(role, "role is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.correlationId = requireNonNull(correlationId, "correlationId is null");
        this.shared = handle.getConfig(SharedRepositories.class);
        this.binding = shared.open(handle, handle.getConfig(TransactionScope.class));
    }

    /** The correlation id recorded on every audit row this transaction writes. */
    public UUID correlationId() {
        return correlationId;
    }

    /** The database's id of this transaction, as recorded in the audit trail (e.g. to revert it later). */
    public long transactionId() {
        return handle().createQuery("select atlvs.current_transaction_id()").mapTo(Long.class).one();
    }

    /** The tenant. */
    public UUID organizationId() {
        return organizationId;
    }

    /** The acting user. */
    public UUID actorId() {
        return actorId;
    }

    /** The acting user's base role. */
    public MemberRole role() {
        return role;
    }

    /** The SDK's clock. */
    public Clock clock() {
        return clock;
    }

    /** The current instant by the SDK's clock. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * A repository (or any Jdbi SqlObject type) working in this transaction. Jdbi prepares every method's handler
     * when it attaches a type, which costs more than a query, so each type is attached once per SDK instance and
     * shared; the one returned here works in this transaction only, on the thread that opened it, while it is open:
     * afterwards, or on another thread, a call is refused ({@link CoreErrorCode#NO_TRANSACTION}).
     */
    public <R> R repository(Class<R> type) {
        requireNonNull(type, "type is null");
        Handle current = handle();
        Object attached = repositories.get(type);
        if (attached == null) {
            attached = shared.forTransaction(type, shared.repository(current.getJdbi(), type), binding);
            if (observer != null) {
                attached = dev.atlvs.core.observe.internal.ObservedRepositories.wrap(type, attached, observer);
            }
            repositories.put(type, attached);
        }
        return type.cast(attached);
    }

    /**
     * The full-text search over this organization's searchable records ({@link dev.atlvs.core.search.Search}):
     * {@code tx.search().query(SearchQuery.of("jose muller").types("location"))}.
     */
    public dev.atlvs.core.search.Search search() {
        checkOpen();
        return new dev.atlvs.core.search.Search(this);
    }

    /**
     * Starts a {@link BulkLoad} of {@code table}'s {@code columns} (column names): rows streamed with
     * {@code COPY}, inserted in one statement under the tenant's row-level security, triggers and audit.
     */
    public BulkLoad bulkLoad(Table<?, ?> table, java.util.List<String> columns) {
        return new BulkLoad(handle(), table, columns);
    }

    /**
     * The actor's effective permissions in this organization, resolved once per transaction. In a
     * transaction opened with an API key they are bounded by the key's scopes: a permission is held only
     * when the member holds it and a scope of the key matches it.
     */
    public PermissionSet permissions() {
        checkOpen();
        if (permissions == null) {
            PermissionSet resolved = PermissionResolver.resolve(handle, organizationId, actorId, role, now());
            permissions = scopes == null ? resolved : resolved.limitedTo(scopes);
        }
        return permissions;
    }

    /**
     * The value of {@code key} in this transaction, computed by {@code loader} on first use and kept until
     * the transaction ends: per-transaction state that a module needs (a setting read once, a cache of
     * lookups) without new methods on the core. A value computed in one transaction is never seen by
     * another, nor after a retry of the same work.
     */
    public <T> T attribute(TransactionKey<T> key, java.util.function.Function<TenantTransaction, T> loader) {
        requireNonNull(key, "key is null");
        requireNonNull(loader, "loader is null");
        checkOpen();
        Object value = attributes.get(key);
        if (value == null) {
            value = requireNonNull(loader.apply(this), () -> "the loader of " + key.name() + " returned null");
            attributes.put(key, value);
        }
        return key.cast(value);
    }

    /** The scopes of the API key this transaction was opened with; empty for a member's own transaction. */
    public java.util.Optional<java.util.Set<String>> apiKeyScopes() {
        return java.util.Optional.ofNullable(scopes);
    }

    /** Throws an {@link dev.atlvs.core.error.AccessDeniedException} naming {@code permission} unless the actor holds it. */
    public void require(String permission) {
        nameOperation();
        permissions().require(permission);
    }

    /** Throws an {@link dev.atlvs.core.error.AccessDeniedException} naming {@code permission} unless the actor holds it. */
    public void require(dev.atlvs.core.permission.Permission permission) {
        require(permission.name());
    }

    /**
     * Throws {@code rule}'s exception unless the actor holds {@code permission}: for a permission the database also
     * requires under a registered rule (for example the privilege rules of {@link CoreRules}), so that both refusals
     * have one identity.
     */
    public void require(dev.atlvs.core.permission.Permission permission, dev.atlvs.core.error.Rule rule) {
        requireNonNull(rule, "rule is null");
        nameOperation();
        if (!permissions().allows(permission)) {
            throw rule.exception();
        }
    }

    /** The longest reason the audit trail keeps. */
    public static final int MAX_REASON_LENGTH = 500;

    /**
     * Runs {@code write} with {@code reason} recorded on every audit row it produces, for changes that
     * must be explained (an override of a rule, a correction). The reason applies to that write only.
     *
     * @throws dev.atlvs.core.error.ValidationException naming {@code reason} when it is blank or too long
     */
    public <R> R withAuditReason(String reason, java.util.function.Supplier<R> write) {
        requireNonNull(write, "write is null");
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw dev.atlvs.core.error.ValidationException.of("AuditReason", "reason", "Size",
                    "a reason of 1 to " + MAX_REASON_LENGTH + " characters is required");
        }
        setAuditReason(reason);
        R result;
        try {
            result = write.get();
        } catch (RuntimeException failure) {
            // A write refused before the database leaves the transaction usable: later changes must not carry the reason.
            try {
                setAuditReason("");
            } catch (RuntimeException aborted) {
                failure.addSuppressed(aborted);
            }
            throw failure;
        }
        setAuditReason("");
        return result;
    }

    private void setAuditReason(String reason) {
        // Set on every node of a distributed database, where the audit triggers of the shards read it.
        handle().createQuery("select atlvs.set_local('atlvs.audit_reason', :reason) is null").bind("reason", reason).mapTo(Boolean.class).one();
    }

    /**
     * Validates {@code value} now, before the operation runs any SQL of its own (its look-ups and checks), and
     * returns it: a {@link dev.atlvs.core.error.ValidationException} lists every violation, as in
     * {@link dev.atlvs.core.validation.Validation#validate}. The repository insert or update of this very value
     * later in the transaction does not validate it again, so each write validates once. Values are immutable;
     * a changed copy is a new value and is validated when it is written.
     *
     * <pre>{@code
     * Project project = tx.validate("Project", candidate);
     * if (projects.findByCode(project.code()).isPresent()) { ... }
     * projects.insert(project); // not validated a second time
     * }</pre>
     */
    public <T> T validate(String subject, T value) {
        requireNonNull(subject, "subject is null");
        requireNonNull(value, "value is null");
        dev.atlvs.core.validation.Validation.validate(subject, value);
        handle().getConfig(dev.atlvs.core.repository.internal.TransactionScope.class).validated(value);
        return value;
    }

    /** The Jdbi handle of this transaction, for queries of the host's own. */
    public Handle handle() {
        checkOpen();
        return handle;
    }

    void close() {
        open = false;
        binding.end();
        shared.close(binding);
    }

    /**
     * The observer of this transaction's repository calls, and the observation of the transaction itself, told the
     * service operation that checks a permission first; both null when nothing observes.
     */
    void observe(dev.atlvs.core.observe.AtlvsObserver newObserver, dev.atlvs.core.observe.AtlvsObserver.Observation newObservation) {
        this.observer = newObservation == null ? null : newObserver;
        this.observation = newObservation;
    }

    private void nameOperation() {
        if (observation != null && !operationNamed) {
            operationNamed = true;
            dev.atlvs.core.observe.internal.Operations.outermostService()
                    .ifPresent(found -> observation.operation(found[0], found[1]));
        }
    }

    private void checkOpen() {
        if (!open) {
            throw new AtlvsException(CoreErrorCode.NO_TRANSACTION, "the tenant transaction has ended");
        }
    }
}
