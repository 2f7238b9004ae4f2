package dev.atlvs.projects;

import dev.atlvs.testing.guardrails.ModuleGuardrailSuite;

/** The guardrail suites generated over every table of the projects module. */
class ProjectsGuardrailsTest extends ModuleGuardrailSuite {
    ProjectsGuardrailsTest() {
        super("projects");
    }
}
