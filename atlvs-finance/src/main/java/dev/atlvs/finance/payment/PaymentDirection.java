package dev.atlvs.finance.payment;

/** Which way a payment's money moves. */
public enum PaymentDirection {
    /** Money received from a client, settling receivable invoices. */
    RECEIPT,
    /** Money paid to a vendor, settling payable invoices. */
    DISBURSEMENT
}
