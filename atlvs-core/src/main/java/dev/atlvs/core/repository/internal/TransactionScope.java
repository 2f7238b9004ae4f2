package dev.atlvs.core.repository.internal;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import java.util.UUID;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * What a handle knows of the transaction it serves: the tenant, the actor, the schema's constraints for
 * error translation, and which of them mirror validation annotations. Set by the SDK when it opens a transaction; repositories read it.
 */
public final class TransactionScope implements JdbiConfig<TransactionScope> {
    private UUID organizationId;
    private UUID actorId;
    private Constraints constraints = Constraints.none();
    private dev.atlvs.core.validation.internal.CheckMirrors checkMirrors = dev.atlvs.core.validation.internal.CheckMirrors.none();

    public TransactionScope() {}

    private TransactionScope(TransactionScope other) {
        this.organizationId = other.organizationId;
        this.actorId = other.actorId;
        this.constraints = other.constraints;
        this.checkMirrors = other.checkMirrors;
    }

    /** The tenant of the transaction; fails when the handle serves no tenant. */
    public UUID organizationId() {
        if (organizationId == null) {
            throw new AtlvsException(CoreErrorCode.NO_TRANSACTION, "this operation needs a tenant transaction");
        }
        return organizationId;
    }

    /** Whether a tenant is set. */
    public boolean hasTenant() {
        return organizationId != null;
    }

    /** The acting user, or null for platform operations. */
    public UUID actorId() {
        return actorId;
    }

    public Constraints constraints() {
        return constraints;
    }

    public TransactionScope tenant(UUID newOrganizationId, UUID newActorId) {
        this.organizationId = newOrganizationId;
        this.actorId = newActorId;
        return this;
    }

    public TransactionScope constraints(Constraints newConstraints) {
        this.constraints = newConstraints;
        return this;
    }

    /** Which CHECK constraints mirror which Bean Validation annotations, worked out once from the constraints. */
    public dev.atlvs.core.validation.internal.CheckMirrors checkMirrors() {
        return checkMirrors;
    }

    public TransactionScope checkMirrors(dev.atlvs.core.validation.internal.CheckMirrors newMirrors) {
        this.checkMirrors = newMirrors;
        return this;
    }

    @Override
    public TransactionScope createCopy() {
        return new TransactionScope(this);
    }
}
