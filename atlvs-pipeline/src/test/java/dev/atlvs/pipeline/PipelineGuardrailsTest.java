package dev.atlvs.pipeline;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the pipeline module. */
class PipelineGuardrailsTest extends ModuleGuardrailSuite {
    PipelineGuardrailsTest() {
        super("pipeline");
    }
}
