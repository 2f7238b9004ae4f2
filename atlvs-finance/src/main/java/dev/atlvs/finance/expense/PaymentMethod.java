package dev.atlvs.finance.expense;

/** How an expense was or will be paid. */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, CHEQUE, OTHER
}
