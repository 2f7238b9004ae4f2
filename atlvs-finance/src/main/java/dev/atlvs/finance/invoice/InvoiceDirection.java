package dev.atlvs.finance.invoice;

/** Which way an invoice's money flows. */
public enum InvoiceDirection {
    /** Billed to a client: the organization is owed the money (accounts receivable). */
    RECEIVABLE,
    /** Billed by a vendor: the organization owes the money (accounts payable). */
    PAYABLE
}
