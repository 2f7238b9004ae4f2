/**
 * What the advancing package publishes only for technical reasons: its {@link dev.atlvs.finance.budget.ProjectPlanSource}
 * for the finance module's plan refresh, found through {@link java.util.ServiceLoader}. Not API.
 */
package dev.atlvs.pipeline.workforce.advancing.internal;
