package dev.atlvs.programming.activation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingPermissions;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.callsheet.CallSheetRepository;
import dev.atlvs.programming.callsheet.CallSheetStatus;
import java.util.UUID;

/**
 * Brand activations: adding them, recording their figures and moving their status along
 * {@link ActivationStatus#LIFECYCLE}.
 *
 * <pre>{@code
 * ActivationService activations = new ActivationService(tx);
 * Activation booth = activations.create(Activation.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .name("Sponsor sampling booth").startDate(open).endDate(close).footfallTarget(20_000).build());
 * activations.changeStatus(booth.id(), ActivationStatus.SETUP);
 * }</pre>
 */
public final class ActivationService {
    private final TenantTransaction tx;

    public ActivationService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private ActivationRepository activations() {
        return tx.repository(ActivationRepository.class);
    }

    /** Adds an activation (planning). */
    public Activation create(Activation activation) {
        tx.require(ProgrammingPermissions.PROGRAMME_CREATE);
        return activations().insert(activation);
    }

    /** Records footfall, leads and samples so far. */
    public Activation recordFigures(UUID activationId, int footfall, int leads, int samples) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Activation activation = activations().get(activationId);
        return activations().update(ImmutableActivation.copyOf(activation).withActualFootfall(footfall).withLeadsCaptured(leads)
                .withSamplesDistributed(samples));
    }

    /**
     * Moves the activation's status along {@link ActivationStatus#LIFECYCLE}. Going active needs a distributed call
     * sheet of the activation (its setup call): refused with {@link ProgrammingErrorCode#ACTIVATION_NOT_READY} otherwise
     * ({@code activations_setup_call_distributed}, held by the database too), a soft gate that {@link #goLiveWithOverride}
     * passes with a reason on the audit entry.
     */
    public Activation changeStatus(UUID activationId, ActivationStatus target) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Activation activation = ActivationStatus.LIFECYCLE.require(activations().get(activationId), target);
        if (target == ActivationStatus.ACTIVE && !setupCallDistributed(activationId)) {
            throw ProgrammingRules.ACTIVATIONS_SETUP_CALL_DISTRIBUTED.exception();
        }
        return activations().update(ImmutableActivation.copyOf(activation).withStatus(target));
    }

    /**
     * Moves the activation to active although its setup call sheet has not been distributed, recording {@code reason}
     * on the audit entry of the change.
     */
    public Activation goLiveWithOverride(UUID activationId, String reason) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Activation activation = ActivationStatus.LIFECYCLE.require(activations().get(activationId), ActivationStatus.ACTIVE);
        return tx.withAuditReason(reason, () -> activations().update(ImmutableActivation.copyOf(activation).withStatus(ActivationStatus.ACTIVE)));
    }

    /** Whether a call sheet of the activation is distributed (its current revision is out). */
    public boolean setupCallDistributed(UUID activationId) {
        tx.require(ProgrammingPermissions.PROGRAMME_READ);
        return tx.repository(CallSheetRepository.class).ofActivation(activationId).stream()
                .anyMatch(sheet -> sheet.status() == CallSheetStatus.DISTRIBUTED);
    }
}
