/**
 * Project budgets: a project's cost plan by category, in revisions, with committed and actual amounts
 * fed by finance.
 *
 * <pre>{@code
 * ProjectBudgetRepository budgets = tx.repository(ProjectBudgetRepository.class);
 * budgets.insert(ProjectBudget.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .category(BudgetCategory.EQUIPMENT).plannedAmount(new BigDecimal("85000")).currency("EUR")
 *         .contingencyPct(new BigDecimal("10")).build());
 * List<ProjectBudget> plan = budgets.currentOf(festival.id());      // latest revision per category
 * List<ProjectBudget> alerts = budgets.overBudget(festival.id());
 * }</pre>
 */
package dev.atlvs.projects.budget;
