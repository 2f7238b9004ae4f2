package dev.atlvs.programming;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the programming module. */
class ProgrammingGuardrailsTest extends ModuleGuardrailSuite {
    ProgrammingGuardrailsTest() {
        super("programming");
    }
}
