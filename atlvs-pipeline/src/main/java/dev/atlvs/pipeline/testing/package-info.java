/**
 * Fixture builders and guardrail declarations of the pipeline module, for the SDK's own tests and for its users'.
 * They depend on the core and the modules the pipeline builds on: no JUnit, no AssertJ.
 */
package dev.atlvs.pipeline.testing;
