/**
 * The finance module of the ATLVS SDK. This release holds the double-entry ledger core: the chart of
 * accounts ({@code dev.atlvs.finance.account}), fiscal periods ({@code dev.atlvs.finance.period}) and the
 * journal with posting, reversal and trial balance ({@code dev.atlvs.finance.ledger}), currencies and numbering,
 * finance accounts ({@code dev.atlvs.finance.treasury}), invoices and credit notes ({@code dev.atlvs.finance.invoice})
 * and payments ({@code dev.atlvs.finance.payment}). Each aggregate
 * lives in its own package, {@code dev.atlvs.finance.<aggregate>}.
 */
package dev.atlvs.finance;
