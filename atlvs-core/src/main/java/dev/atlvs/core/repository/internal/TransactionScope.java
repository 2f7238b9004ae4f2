package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * What a handle knows of the transaction it serves: the tenant, the actor, the schema's constraints for
 * error translation and which of them mirror validation annotations, and the values validated in the
 * transaction ahead of their write. Set by the SDK when it opens a transaction; repositories read it.
 */
public final class TransactionScope implements JdbiConfig<TransactionScope> {
    private UUID organizationId;
    private UUID actorId;
    private Constraints constraints = Constraints.none();
    // Shared by the copies Jdbi makes of a handle's configuration (an attached repository's, a statement's),
    // so the repository engine sees what the transaction validated; a new transaction starts a new one.
    private Validated validated;
    private dev.atlvs.core.validation.internal.CheckMirrors checkMirrors = dev.atlvs.core.validation.internal.CheckMirrors.none();
    private dev.atlvs.core.TenantTransaction transaction;
    // Set in the configuration of shared repositories (SharedRepositories): every read and write goes to the scope of
    // the transaction open on the calling thread.
    private java.util.function.Supplier<TransactionScope> bound;

    public TransactionScope() {
        this.validated = new Validated();
    }

    private TransactionScope(TransactionScope other) {
        this.organizationId = other.organizationId;
        this.actorId = other.actorId;
        this.constraints = other.constraints;
        this.validated = other.validated;
        this.checkMirrors = other.checkMirrors;
        this.transaction = other.transaction;
        this.bound = other.bound;
    }

    /**
     * Makes this scope (and its copies) stand for the scope {@code current} answers at each use: the scope of the
     * transaction open on the calling thread, for repositories shared by transactions.
     */
    public TransactionScope boundTo(java.util.function.Supplier<TransactionScope> current) {
        this.bound = java.util.Objects.requireNonNull(current, "current is null");
        return this;
    }

    /** The scope this one stands for: itself, or for a bound scope the calling thread's transaction's. */
    public TransactionScope unbound() {
        return bound == null ? this : bound.get().unbound();
    }

    /** The tenant of the transaction; fails when the handle serves no tenant. */
    public UUID organizationId() {
        if (bound != null) {
            return bound.get().organizationId();
        }
        if (organizationId == null) {
            throw new AtlvsException(CoreErrorCode.NO_TRANSACTION, "this operation needs a tenant transaction");
        }
        return organizationId;
    }

    /** Whether a tenant is set. */
    public boolean hasTenant() {
        if (bound != null) {
            return bound.get().hasTenant();
        }
        return organizationId != null;
    }

    /** The acting user, or null for platform operations. */
    public UUID actorId() {
        if (bound != null) {
            return bound.get().actorId();
        }
        return actorId;
    }

    public Constraints constraints() {
        if (bound != null) {
            return bound.get().constraints();
        }
        return constraints;
    }

    public TransactionScope tenant(UUID newOrganizationId, UUID newActorId) {
        if (bound != null) {
            return bound.get().tenant(newOrganizationId, newActorId);
        }
        this.organizationId = newOrganizationId;
        this.actorId = newActorId;
        this.validated = new Validated();
        this.transaction = null;
        return this;
    }

    /** The tenant transaction the handle serves, or null (platform operations, before it is opened). */
    public dev.atlvs.core.TenantTransaction transaction() {
        if (bound != null) {
            return bound.get().transaction();
        }
        return transaction;
    }

    /** Records the tenant transaction the handle serves, for the read guards of personal tables. */
    public TransactionScope transaction(dev.atlvs.core.TenantTransaction newTransaction) {
        if (bound != null) {
            return bound.get().transaction(newTransaction);
        }
        this.transaction = newTransaction;
        return this;
    }

    /**
     * Records that {@code value} (this very instance, an immutable value) passed validation in the current
     * transaction, so that its insert or update does not validate it a second time.
     */
    public void validated(Object value) {
        if (bound != null) {
            bound.get().validated(value);
            return;
        }
        validated.add(value);
    }

    /** Whether {@code value} was validated in the current transaction ahead of its write; the mark is used up. */
    public boolean takeValidated(Object value) {
        if (bound != null) {
            return bound.get().takeValidated(value);
        }
        return validated.remove(value);
    }

    /**
     * The values one transaction validated ahead of their write, by identity; the set is made at the first one, so a
     * transaction that validates nothing (a read) makes none.
     */
    private static final class Validated {
        private Set<Object> values;

        synchronized void add(Object value) {
            if (values == null) {
                values = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            values.add(value);
        }

        synchronized boolean remove(Object value) {
            return values != null && values.remove(value);
        }
    }

    public TransactionScope constraints(Constraints newConstraints) {
        if (bound != null) {
            return bound.get().constraints(newConstraints);
        }
        this.constraints = newConstraints;
        return this;
    }

    /** Which CHECK constraints mirror which Bean Validation annotations, worked out once from the constraints. */
    public dev.atlvs.core.validation.internal.CheckMirrors checkMirrors() {
        if (bound != null) {
            return bound.get().checkMirrors();
        }
        return checkMirrors;
    }

    public TransactionScope checkMirrors(dev.atlvs.core.validation.internal.CheckMirrors newMirrors) {
        if (bound != null) {
            return bound.get().checkMirrors(newMirrors);
        }
        this.checkMirrors = newMirrors;
        return this;
    }

    @Override
    public TransactionScope createCopy() {
        return new TransactionScope(this);
    }
}
