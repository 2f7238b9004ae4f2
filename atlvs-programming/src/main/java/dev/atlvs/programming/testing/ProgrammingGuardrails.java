package dev.atlvs.programming.testing;

import dev.atlvs.core.module.Guardrails;

/**
 * The guardrail samples, mutations, lifecycles and rule probes of the programming module's tables (see
 * {@link Guardrails}), one class per part of the module.
 */
public final class ProgrammingGuardrails {

    private ProgrammingGuardrails() {}

    /** One sample row and one ordinary update per table of the module, and a probe of each of its rules. */
    public static Guardrails guardrails() {
        Guardrails.Builder builder = Guardrails.builder();
        // spaces, events, bookings and activations
        ProgrammeGuardrails.declare(builder);
        // lineups
        LineupGuardrails.declare(builder);

        // riders
        RiderGuardrails.declare(builder);

        // call sheets
        CallSheetGuardrails.declare(builder);

        // travel
        TravelGuardrails.declare(builder);
        // accreditation
        AccreditationGuardrails.declare(builder);

        // workshops
        WorkshopGuardrails.declare(builder);

        return builder.build();
    }
}
