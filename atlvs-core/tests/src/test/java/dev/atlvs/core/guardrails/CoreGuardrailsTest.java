package dev.atlvs.core.guardrails;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the core module. */
class CoreGuardrailsTest extends ModuleGuardrailSuite {
    CoreGuardrailsTest() {
        super("core");
    }
}
