/**
 * Public for technical reasons only: the rules on a column's values that Bean Validation and CHECK constraints
 * both express, read from either side, and which CHECK constraint mirrors which annotation. The runtime and the
 * contract check of the generated guardrail suites share it. Not API.
 */
package dev.atlvs.core.validation.internal;
