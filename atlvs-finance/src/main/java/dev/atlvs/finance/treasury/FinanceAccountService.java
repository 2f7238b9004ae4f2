package dev.atlvs.finance.treasury;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Opens, reads the balance of, and closes finance accounts, inside the caller's tenant transaction.
 *
 * <pre>{@code
 * FinanceAccountService accounts = new FinanceAccountService(tx);
 * FinanceAccount operating = accounts.open(FinanceAccount.builder().organizationId(tx.organizationId())
 *         .name("Operating account").kind(FinanceAccountKind.BANK).currency("EUR").glAccountId(bank.id())
 *         .accountNumberLast4(FinanceAccount.lastFour("DE89 3704 0044 0532 0130 00")).build());
 * Money balance = accounts.balance(operating.id());
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#FINANCE_ACCOUNTS_MANAGE} to open and close accounts; reading balances needs {@link FinancePermissions#FINANCE_ACCOUNTS_READ}.
 */
public final class FinanceAccountService {

    private final TenantTransaction tx;
    private final FinanceAccountRepository accounts;

    public FinanceAccountService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.accounts = tx.repository(FinanceAccountRepository.class);
    }

    /**
     * Stores a new finance account.
     *
     * @throws ValidationException ({@link FinanceErrorCode#UNKNOWN_CURRENCY}) for an unknown currency;
     *         ({@link FinanceErrorCode#FINANCE_ACCOUNT_INVALID}, field {@code glAccountId}) when the GL account is not an
     *         asset or liability account, or is kept in another currency
     */
    public FinanceAccount open(FinanceAccount account) {
        requireNonNull(account, "account is null");
        tx.require(FinancePermissions.FINANCE_ACCOUNTS_MANAGE);
        tx.validate("FinanceAccount", account);
        Currencies.require(account.currency(), "FinanceAccount", "currency");
        tx.repository(AccountRepository.class).find(account.glAccountId()).ifPresent(gl -> requireHoldingAccount(account, gl));
        return accounts.insert(account);
    }

    /** The balance of {@code id} in its currency. */
    public Money balance(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(FinancePermissions.FINANCE_ACCOUNTS_READ);
        FinanceAccount account = accounts.get(id);
        return new Money(accounts.balance(id), account.currency());
    }

    /**
     * Closes {@code id}; closing a closed account changes nothing.
     *
     * @throws ConflictException ({@link FinanceErrorCode#FINANCE_ACCOUNT_NOT_CLOSABLE}, field {@code status}, rule
     *         {@code finance_accounts_closed_zero_balance}) when its balance is not zero
     */
    public FinanceAccount close(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(FinancePermissions.FINANCE_ACCOUNTS_MANAGE);
        FinanceAccount account = accounts.get(id);
        if (account.status() == FinanceAccountStatus.CLOSED) {
            return account;
        }
        FinanceAccountStatus.LIFECYCLE.require(account, FinanceAccountStatus.CLOSED);
        if (accounts.balance(id).signum() != 0) {
            throw dev.atlvs.finance.FinanceRules.FINANCE_ACCOUNTS_CLOSED_ZERO_BALANCE.exception();
        }
        return accounts.update(ImmutableFinanceAccount.copyOf(account).withStatus(FinanceAccountStatus.CLOSED));
    }

    private static void requireHoldingAccount(FinanceAccount account, Account gl) {
        List<FieldViolation> violations = new ArrayList<>();
        if (gl.type() != AccountType.ASSET && gl.type() != AccountType.LIABILITY) {
            violations.add(new FieldViolation("glAccountId", "finance_account_gl_type", "is an asset or liability account of the chart"));
        }
        if (gl.currency().filter(currency -> !currency.equals(account.currency())).isPresent()) {
            violations.add(new FieldViolation("glAccountId", "account_currency", "is kept in the finance account's currency or in any"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(FinanceErrorCode.FINANCE_ACCOUNT_INVALID, "FinanceAccount", violations);
        }
    }
}
