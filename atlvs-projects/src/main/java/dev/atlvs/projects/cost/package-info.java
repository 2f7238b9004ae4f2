/**
 * Cost and health of a project: earned value (PV, EV, AC, CPI, SPI, TCPI and the standard forecasts of
 * EAC with their ETC and VAC, computed exactly and rounded once for display) and a red / amber / green
 * health from budget burn against progress, performance indices and overdue milestones.
 *
 * <pre>{@code
 * EarnedValue.Result ev = EarnedValue.at(statusDate, budgetAtCompletion, scheduledWork, actualCost);
 * ev.forecast(EarnedValue.EstimateMethod.CPI_TIMES_SPI);   // AC + (BAC − EV) / (CPI × SPI), when defined
 * ProjectHealth.Assessment health = ProjectHealth.assess(ev, progressPct, List.of(3L));
 * }</pre>
 */
package dev.atlvs.projects.cost;
