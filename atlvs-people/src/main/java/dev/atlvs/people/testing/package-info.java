/**
 * Fixture builders and guardrail declarations of the people module, for the SDK's own tests and for its users'.
 * They depend on the core only: no JUnit, no AssertJ.
 */
package dev.atlvs.people.testing;
