package dev.atlvs.finance;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the finance module, numbered 3000-3999. Numbers are stable: never reuse or renumber one
 * once released.
 *
 * <p>Blocks: 3000-3099 the ledger ({@code dev.atlvs.finance.ledger}: posting, reversal, trial balance);
 * 3100-3199 currencies, exchange rates, posting accounts and numbering ({@code currency}, {@code account},
 * {@code numbering}); 3200-3399 invoices, payments and credit notes; 3400-3599 budgets, expenses, revenue,
 * forecasts and statements. Each aggregate with a status lifecycle has one {@code <AGGREGATE>_TRANSITION_INVALID}
 * code in its aggregate's block.
 */
public enum FinanceErrorCode implements ErrorCode {

    // --- Ledger (3000-3099): dev.atlvs.finance.ledger ---

    /** A journal entry does not balance: its debits differ from its credits in some currency, or it has fewer than two lines. */
    ENTRY_UNBALANCED(3000, ErrorCategory.VALIDATION),
    /** A journal entry would post on a date of a closed fiscal period. */
    PERIOD_CLOSED(3001, ErrorCategory.CONFLICT),
    /**
     * Only a posted journal entry is reversed, and only once.
     *
     * @deprecated no longer thrown: a reversal that the journal entry's lifecycle does not allow is
     *             {@link #JOURNAL_ENTRY_TRANSITION_INVALID}, the convention of every status lifecycle
     */
    @Deprecated
    ENTRY_NOT_REVERSIBLE(3002, ErrorCategory.CONFLICT),
    /** A journal line names an account that is inactive or kept in another currency. */
    ACCOUNT_NOT_POSTABLE(3003, ErrorCategory.VALIDATION),
    /** A trial balance was asked for a period that ends before it starts. */
    PERIOD_INVALID(3004, ErrorCategory.VALIDATION),
    /** A journal entry status change its lifecycle ({@code JournalEntryStatus.LIFECYCLE}) does not allow: reversing a draft or a reversed entry. */
    JOURNAL_ENTRY_TRANSITION_INVALID(3010, ErrorCategory.CONFLICT),

    // --- Currencies, posting accounts, numbering (3100-3199) ---

    /** A currency code is not an ISO 4217 currency. */
    UNKNOWN_CURRENCY(3100, ErrorCategory.VALIDATION),
    /** No exchange rate converts between two currencies on the date asked. */
    EXCHANGE_RATE_MISSING(3101, ErrorCategory.CONFLICT),
    /** No account of the chart is assigned to a posting purpose a standard posting needs. */
    POSTING_ACCOUNT_MISSING(3102, ErrorCategory.CONFLICT),
    /** A document number was asked for with a malformed kind or a year out of range. */
    NUMBERING_INVALID(3103, ErrorCategory.VALIDATION),
    /** An exchange-difference line names the base currency, or a foreign-currency line lacks its base amount. */
    BASE_AMOUNT_INVALID(3104, ErrorCategory.VALIDATION),

    // --- Invoices, credit notes, payments, finance accounts (3200-3399) ---

    /** An invoice or its lines break a rule: a quantity not above zero, a negative price, a rate outside 0-100, a blank description. */
    INVOICE_INVALID(3200, ErrorCategory.VALIDATION),
    /** An issued (or void) invoice is edited; once issued its amounts and lines are frozen. */
    INVOICE_NOT_EDITABLE(3201, ErrorCategory.CONFLICT),
    /** A lifecycle move the invoice's status does not allow (issuing twice, voiding a paid invoice...). */
    INVOICE_TRANSITION_INVALID(3202, ErrorCategory.CONFLICT),
    /** A credit note names no open invoice of its direction and currency, or credits more than is open. */
    CREDIT_NOTE_INVALID(3203, ErrorCategory.VALIDATION),
    /** A payment breaks a rule: a non-positive amount, allocations that do not add up to it, an inactive account. */
    PAYMENT_INVALID(3220, ErrorCategory.VALIDATION),
    /** A payment or allocation pays more than is open on an invoice. */
    PAYMENT_EXCEEDS_OPEN(3221, ErrorCategory.VALIDATION),
    /** An allocation names an invoice the payment cannot settle: another currency or direction, a draft, void or credit note. */
    ALLOCATION_MISMATCH(3222, ErrorCategory.VALIDATION),
    /** A finance account breaks a rule: its GL account is not an asset or liability, or is kept in another currency. */
    FINANCE_ACCOUNT_INVALID(3240, ErrorCategory.VALIDATION),
    /** A finance account with a non-zero balance is closed. */
    FINANCE_ACCOUNT_NOT_CLOSABLE(3241, ErrorCategory.CONFLICT),
    /** A finance account status change its lifecycle ({@code FinanceAccountStatus.LIFECYCLE}) does not allow: reopening a closed account. */
    FINANCE_ACCOUNT_TRANSITION_INVALID(3245, ErrorCategory.CONFLICT),

    // --- Budgets, expenses, revenue, forecasts and statements (3400-3599) ---

    /** Two budgets of one project (or overhead) and category would overlap in time. */
    BUDGET_PERIOD_OVERLAP(3400, ErrorCategory.SCHEDULE_CONFLICT),
    /** A budget status change that its lifecycle does not allow. */
    BUDGET_TRANSITION_INVALID(3401, ErrorCategory.CONFLICT),
    /** An expense would take its budget past the remaining amount without an explicit, reasoned override. */
    BUDGET_EXCEEDED(3402, ErrorCategory.CONFLICT),
    /** A budget amount, currency or period is not valid (negative, unknown currency, end before start). */
    BUDGET_INVALID(3403, ErrorCategory.VALIDATION),
    /** An expense status change that the L-APPROVAL lifecycle does not allow. */
    EXPENSE_TRANSITION_INVALID(3410, ErrorCategory.CONFLICT),
    /** The submitter of an expense tried to approve it. */
    EXPENSE_SELF_APPROVAL(3411, ErrorCategory.ACCESS_DENIED),
    /** An expense above the organization's receipt threshold was submitted without a receipt. */
    EXPENSE_RECEIPT_REQUIRED(3412, ErrorCategory.VALIDATION),
    /** An expense's amount, currency, budget or date is not valid (negative, unknown currency, a budget of another project or period). */
    EXPENSE_INVALID(3413, ErrorCategory.VALIDATION),
    /** A submitted expense was edited; only drafts change. */
    EXPENSE_NOT_EDITABLE(3414, ErrorCategory.CONFLICT),
    /** A revenue status change that its lifecycle does not allow, or invoiced without an invoice. */
    REVENUE_TRANSITION_INVALID(3420, ErrorCategory.CONFLICT),
    /** A revenue's amount, currency or recognition terms are not valid. */
    REVENUE_INVALID(3421, ErrorCategory.VALIDATION),
    /** Revenue was recognized before its terms allow (its date not reached, its milestone not completed). */
    REVENUE_NOT_RECOGNIZABLE(3422, ErrorCategory.CONFLICT),
    /** The received amount of revenue exceeds what was paid on its invoice. */
    REVENUE_EXCEEDS_PAID(3423, ErrorCategory.CONFLICT),
    /** A status change of a scheduled revenue amount that its lifecycle ({@code RecognitionStatus.LIFECYCLE}) does not allow. */
    REVENUE_RECOGNITION_TRANSITION_INVALID(3429, ErrorCategory.CONFLICT),
    /** Two forecasts of one project (or the organization) and scenario would overlap in time. */
    FORECAST_PERIOD_OVERLAP(3430, ErrorCategory.SCHEDULE_CONFLICT),
    /** A forecast's amounts, currency or period are not valid. */
    FORECAST_INVALID(3431, ErrorCategory.VALIDATION);

    private final int number;
    private final ErrorCategory category;

    FinanceErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
