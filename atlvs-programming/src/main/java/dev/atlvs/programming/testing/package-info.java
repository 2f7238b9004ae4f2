/**
 * Fixture builders and guardrail declarations of the programming module, for the SDK's own tests and for its users'.
 * They depend on the core and the modules programming builds on: no JUnit, no AssertJ.
 */
package dev.atlvs.programming.testing;
