package dev.atlvs.people;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the people module. */
class PeopleGuardrailsTest extends ModuleGuardrailSuite {
    PeopleGuardrailsTest() {
        super("people");
    }
}
