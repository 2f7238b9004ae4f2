package dev.atlvs.finance;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the finance module, numbered 3000-3999. Numbers are stable: never reuse or renumber one
 * once released.
 *
 * <p>Blocks: 3000-3099 the ledger ({@code dev.atlvs.finance.ledger}: posting, reversal, trial balance).
 */
public enum FinanceErrorCode implements ErrorCode {

    // --- Ledger (3000-3099): dev.atlvs.finance.ledger ---

    /** A journal entry does not balance: its debits differ from its credits in some currency, or it has fewer than two lines. */
    ENTRY_UNBALANCED(3000, ErrorCategory.VALIDATION),
    /** A journal entry would post on a date of a closed fiscal period. */
    PERIOD_CLOSED(3001, ErrorCategory.CONFLICT),
    /** Only a posted journal entry is reversed, and only once. */
    ENTRY_NOT_REVERSIBLE(3002, ErrorCategory.CONFLICT),
    /** A journal line names an account that is inactive or kept in another currency. */
    ACCOUNT_NOT_POSTABLE(3003, ErrorCategory.VALIDATION),
    /** A trial balance was asked for a period that ends before it starts. */
    PERIOD_INVALID(3004, ErrorCategory.VALIDATION);

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
