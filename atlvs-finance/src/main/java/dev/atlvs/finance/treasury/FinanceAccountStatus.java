package dev.atlvs.finance.treasury;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The lifecycle of a finance account: active and inactive move freely between each other; either may be
 * closed (only at a zero balance, which {@link FinanceAccountService#close} checks), and a closed account
 * stays closed.
 */
public enum FinanceAccountStatus {
    ACTIVE, INACTIVE, CLOSED;

    /** The transition table; a refused move is {@link FinanceErrorCode#FINANCE_ACCOUNT_TRANSITION_INVALID}. */
    public static final Lifecycle<FinanceAccount, FinanceAccountStatus> LIFECYCLE = Lifecycle
            .of(FinanceAccountStatus.class, FinanceAccount::status)
            .entity("finance account").table("finance_accounts").code(FinanceErrorCode.FINANCE_ACCOUNT_TRANSITION_INVALID)
            .initial(ACTIVE, INACTIVE)
            .allow(ACTIVE, INACTIVE, CLOSED)
            .allow(INACTIVE, ACTIVE, CLOSED)
            .build();
}
