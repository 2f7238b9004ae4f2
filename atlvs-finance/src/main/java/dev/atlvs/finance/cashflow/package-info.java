/**
 * The cash-flow forecast: open receivables and payables by due week, and approved expenses still to be
 * reimbursed, in the base currency.
 *
 * <pre>{@code
 * CashFlowProjection next = new CashFlowForecast(tx).weekly(LocalDate.of(2026, 8, 3), 13);
 * next.overdue().net();
 * }</pre>
 */
package dev.atlvs.finance.cashflow;
