/**
 * Progress rollup: task progress weighted by estimated hours, rolled up to milestones and the project.
 *
 * <pre>{@code
 * BigDecimal projectProgress = ProgressRollup.of(items);
 * }</pre>
 */
package dev.atlvs.projects.progress;
