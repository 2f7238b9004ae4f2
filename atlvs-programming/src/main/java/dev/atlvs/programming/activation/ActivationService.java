package dev.atlvs.programming.activation;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.programming.ProgrammingPermissions;
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

    /** Moves the activation's status along {@link ActivationStatus#LIFECYCLE}. */
    public Activation changeStatus(UUID activationId, ActivationStatus target) {
        tx.require(ProgrammingPermissions.PROGRAMME_UPDATE);
        Activation activation = ActivationStatus.LIFECYCLE.require(activations().get(activationId), target);
        return activations().update(ImmutableActivation.copyOf(activation).withStatus(target));
    }
}
