package dev.atlvs.docs.snippets.testing;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/**
 * The testing guide's guardrail suite of a module, compiled here but not run (surefire leaves nested classes out):
 * the modules' own builds run their suites.
 */
final class GuardrailsExample {
    private GuardrailsExample() {
    }

    // tag::testing-guardrails[]
    class PeopleGuardrailsTest extends ModuleGuardrailSuite {
        PeopleGuardrailsTest() {
            super("people");
        }
    }
    // end::testing-guardrails[]
}
