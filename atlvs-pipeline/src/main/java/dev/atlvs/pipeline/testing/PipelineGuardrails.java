package dev.atlvs.pipeline.testing;

import dev.atlvs.core.module.Guardrails;

/**
 * The guardrail samples, mutations, lifecycles and rule probes of the pipeline module's tables (see
 * {@link Guardrails}), one class per part of the module.
 */
public final class PipelineGuardrails {

    private PipelineGuardrails() {}

    /** One sample row and one ordinary update per table of the module, and a probe of each of its rules. */
    public static Guardrails guardrails() {
        Guardrails.Builder builder = Guardrails.builder();
        // sales
        SalesGuardrails.declare(builder);

        // contacts
        ContactGuardrails.declare(builder);

        // forecasts
        ForecastGuardrails.declare(builder);

        // automations

        // manning
        ManningGuardrails.declare(builder);

        // onboarding and advancing
        OnboardingGuardrails.declare(builder);
        return builder.build();
    }
}
