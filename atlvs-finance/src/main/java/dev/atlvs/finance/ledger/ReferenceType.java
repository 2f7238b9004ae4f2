package dev.atlvs.finance.ledger;

/** The kind of document a journal entry books: an invoice, an expense, a purchase order, a payment, a depreciation run, a revenue recognition, or none (manual). */
public enum ReferenceType {
    INVOICE, EXPENSE, PO, PAYMENT, DEPRECIATION, REVENUE, MANUAL
}
