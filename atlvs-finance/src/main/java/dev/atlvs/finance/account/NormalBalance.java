package dev.atlvs.finance.account;

/** The side on which an account's balance grows. */
public enum NormalBalance {
    DEBIT, CREDIT
}
