package dev.atlvs.finance;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the finance module. */
class FinanceGuardrailsTest extends ModuleGuardrailSuite {
    FinanceGuardrailsTest() {
        super("finance");
    }
}
