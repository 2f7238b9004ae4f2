/**
 * The finance module of the ATLVS SDK. This release holds the double-entry ledger core: the chart of
 * accounts ({@code dev.atlvs.finance.account}), fiscal periods ({@code dev.atlvs.finance.period}) and the
 * journal with posting, reversal and trial balance ({@code dev.atlvs.finance.ledger}), currencies and numbering,
 * finance accounts ({@code dev.atlvs.finance.treasury}), invoices and credit notes ({@code dev.atlvs.finance.invoice})
 * and payments ({@code dev.atlvs.finance.payment}), budgets ({@code dev.atlvs.finance.budget}), expenses
 * ({@code dev.atlvs.finance.expense}), revenue and its recognition ({@code dev.atlvs.finance.revenue}), forecasts
 * ({@code dev.atlvs.finance.forecast}), financial statements ({@code dev.atlvs.finance.statement}) and the cash-flow
 * forecast ({@code dev.atlvs.finance.cashflow}). Each aggregate
 * lives in its own package, {@code dev.atlvs.finance.<aggregate>}.
 */
package dev.atlvs.finance;
