/**
 * Financial statements from the ledger in the base currency: profit and loss (per organization or project)
 * and the balance sheet, which carries revenue less expenses into equity so that it balances.
 *
 * <pre>{@code
 * FinancialStatements statements = new FinancialStatements(tx);
 * BigDecimal profit = statements.profitAndLoss(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).result();
 * }</pre>
 */
package dev.atlvs.finance.statement;
