/**
 * Expenses through their L-APPROVAL lifecycle, posted to the ledger on approval and payment, counted
 * against their budget, with the organization's receipt policy.
 *
 * <pre>{@code
 * ExpenseService expenses = new ExpenseService(tx);
 * expenses.setReceiptThreshold(new BigDecimal("75.00"));        // in the base currency
 * Expense taxi = expenses.record(Expense.builder().organizationId(tx.organizationId()).description("Airport transfer")
 *         .amount(new BigDecimal("42.00")).currency("EUR").category(BudgetCategory.TRAVEL).expenseDate(day).build());
 * expenses.submit(taxi.id());
 * // as another user: expenses.approve(taxi.id()); expenses.pay(taxi.id(), payday, PaymentMethod.BANK_TRANSFER);
 * }</pre>
 */
package dev.atlvs.finance.expense;
