package dev.atlvs.finance.account;

/** What a standard posting books to: each purpose names one account of the chart (see {@link PostingAccount}). */
public enum PostingPurpose {
    /** Money held: receipts are debited here, disbursements credited, unless a finance account names its own. */
    CASH,
    /** Amounts clients owe (receivable invoices issued, not yet paid). */
    ACCOUNTS_RECEIVABLE,
    /** Amounts owed to vendors (payable invoices and approved expenses not yet paid). */
    ACCOUNTS_PAYABLE,
    /** Tax charged on receivable invoices, owed to the tax authority. */
    TAX_PAYABLE,
    /** Tax paid on payable invoices, reclaimable. */
    TAX_RECEIVABLE,
    /** Income, unless a line names its own account. */
    REVENUE,
    /** Income invoiced or received before it is earned. */
    DEFERRED_REVENUE,
    /** Costs, unless a line, budget or category names its own account. */
    EXPENSE,
    /** Gains realized when a foreign-currency document settles at a better rate than it was booked at. */
    FX_GAIN,
    /** Losses realized when a foreign-currency document settles at a worse rate than it was booked at. */
    FX_LOSS,
    /** Accumulated profit, where the balance sheet carries the result of the period. */
    RETAINED_EARNINGS,
    /** The periodic cost of using up assets. */
    DEPRECIATION_EXPENSE,
    /** The contra-asset holding depreciation to date. */
    ACCUMULATED_DEPRECIATION
}
