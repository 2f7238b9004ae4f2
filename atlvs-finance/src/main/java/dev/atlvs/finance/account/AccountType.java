package dev.atlvs.finance.account;

/** The kind of a general-ledger account, which fixes its {@link NormalBalance}. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

    /** Debit for assets and expenses, credit for liabilities, equity and revenue. */
    public NormalBalance normalBalance() {
        return switch (this) {
            case ASSET, EXPENSE -> NormalBalance.DEBIT;
            case LIABILITY, EQUITY, REVENUE -> NormalBalance.CREDIT;
        };
    }
}
