/**
 * Cost and health of a project: earned value (PV, EV, AC, CPI, SPI, EAC, ETC, VAC) and a red / amber /
 * green health from budget burn against progress, performance indices and overdue milestones.
 *
 * <pre>{@code
 * EarnedValue.Result ev = EarnedValue.at(statusDate, budgetAtCompletion, scheduledWork, actualCost);
 * ProjectHealth.Assessment health = ProjectHealth.assess(ev, progressPct, List.of(3L));
 * }</pre>
 */
package dev.atlvs.projects.cost;
