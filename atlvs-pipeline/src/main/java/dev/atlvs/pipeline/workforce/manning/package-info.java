/**
 * Manning: the crew plan of a project as slots per role and day with their required counts, and the assignments of
 * people of the directory to them. The database derives each slot's filled count (never above the required count) and
 * commits an assigned or confirmed person's time through the people module's availability, so that a person committed
 * elsewhere (another project, leave, another shift) cannot be assigned. {@link dev.atlvs.pipeline.workforce.manning.CrewPlan}
 * reports the fill rate per role per day and the day-rate cost.
 *
 * <pre>{@code
 * ManningService manning = new ManningService(tx);
 * ManningSlot riggers = manning.plan(ManningSlot.builder().organizationId(tx.organizationId()).projectId(project.id())
 *         .roleName("Rigger").neededOn(day).startsAt(from).endsAt(to).requiredCount(6)
 *         .dayRate(new BigDecimal("320")).currency("EUR").build());
 * ManningAssignment ana = manning.assign(riggers.id(), anaId);   // held tentatively
 * manning.confirm(ana.id());                                     // committed
 * BigDecimal fillRate = manning.crewPlan(project.id()).fill(day, "Rigger").orElseThrow().ratePct();
 * }</pre>
 */
package dev.atlvs.pipeline.workforce.manning;
