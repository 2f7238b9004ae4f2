/**
 * Budgets: spending envelopes by project (or overhead), category and period, their planned lines, and
 * where they stand — budget against committed against actual, utilization, burn rate and projected overrun.
 *
 * <pre>{@code
 * BudgetService budgets = new BudgetService(tx);
 * Budget audio = budgets.create(Budget.builder().organizationId(tx.organizationId()).projectId(festival.id()).name("Audio")
 *         .category(BudgetCategory.EQUIPMENT).amount(new BigDecimal("85000")).currency("USD")
 *         .periodStart(LocalDate.of(2026, 6, 1)).periodEnd(LocalDate.of(2026, 9, 30)).build());
 * budgets.activate(audio.id());
 * BudgetReport report = budgets.report(festival.id(), LocalDate.of(2026, 7, 31));
 * }</pre>
 */
package dev.atlvs.finance.budget;
