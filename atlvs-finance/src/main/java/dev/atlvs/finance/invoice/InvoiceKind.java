package dev.atlvs.finance.invoice;

/** Whether a document bills an amount or credits part of an issued invoice. */
public enum InvoiceKind {
    /** An invoice: bills its total. */
    INVOICE,
    /** A credit note: reduces what is open on the invoice it credits, posted on the opposite sides. */
    CREDIT_NOTE
}
