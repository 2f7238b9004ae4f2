package dev.atlvs.finance.payment;

/** How a payment was made. */
public enum PaymentMethod {
    BANK_TRANSFER, CARD, CASH, CHECK, DIRECT_DEBIT, OTHER
}
