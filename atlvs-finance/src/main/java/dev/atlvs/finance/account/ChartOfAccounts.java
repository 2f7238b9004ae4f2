package dev.atlvs.finance.account;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The chart of accounts as the standard postings see it: which account each {@link PostingPurpose} books
 * to, and a standard chart for a production company to start from.
 *
 * <pre>{@code
 * ChartOfAccounts chart = new ChartOfAccounts(tx);
 * chart.installStandard();                                   // 1000 Cash ... 6960 Depreciation, with every purpose assigned
 * Account receivables = chart.accountFor(PostingPurpose.ACCOUNTS_RECEIVABLE);
 * chart.assign(PostingPurpose.REVENUE, sponsorship.id());
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#ACCOUNTS_MANAGE} to install the chart and assign purposes.
 */
public final class ChartOfAccounts {

    /**
     * One account of the standard chart.
     *
     * @param number the account number
     * @param name the name
     * @param type the type
     * @param purpose the purpose it is assigned to, if any
     */
    public record StandardAccount(String number, String name, AccountType type, Optional<PostingPurpose> purpose) {
        static StandardAccount of(String number, String name, AccountType type) {
            return new StandardAccount(number, name, type, Optional.empty());
        }

        static StandardAccount of(String number, String name, AccountType type, PostingPurpose purpose) {
            return new StandardAccount(number, name, type, Optional.of(purpose));
        }
    }

    /** The standard chart: assets 1xxx, liabilities 2xxx, equity 3xxx, revenue 4xxx, expenses 5xxx-6xxx. */
    public static final List<StandardAccount> STANDARD = List.of(
            StandardAccount.of("1000", "Cash", AccountType.ASSET, PostingPurpose.CASH),
            StandardAccount.of("1010", "Bank", AccountType.ASSET),
            StandardAccount.of("1050", "Petty Cash", AccountType.ASSET),
            StandardAccount.of("1200", "Accounts Receivable", AccountType.ASSET, PostingPurpose.ACCOUNTS_RECEIVABLE),
            StandardAccount.of("1300", "Tax Receivable", AccountType.ASSET, PostingPurpose.TAX_RECEIVABLE),
            StandardAccount.of("1400", "Prepaid Expenses", AccountType.ASSET),
            StandardAccount.of("1500", "Equipment", AccountType.ASSET),
            StandardAccount.of("1600", "Accumulated Depreciation", AccountType.ASSET, PostingPurpose.ACCUMULATED_DEPRECIATION),
            StandardAccount.of("2000", "Accounts Payable", AccountType.LIABILITY, PostingPurpose.ACCOUNTS_PAYABLE),
            StandardAccount.of("2100", "Accrued Liabilities", AccountType.LIABILITY),
            StandardAccount.of("2200", "Tax Payable", AccountType.LIABILITY, PostingPurpose.TAX_PAYABLE),
            StandardAccount.of("2300", "Deferred Revenue", AccountType.LIABILITY, PostingPurpose.DEFERRED_REVENUE),
            StandardAccount.of("3000", "Owner's Equity", AccountType.EQUITY),
            StandardAccount.of("3100", "Retained Earnings", AccountType.EQUITY, PostingPurpose.RETAINED_EARNINGS),
            StandardAccount.of("4000", "Production Fees", AccountType.REVENUE, PostingPurpose.REVENUE),
            StandardAccount.of("4100", "Sponsorship", AccountType.REVENUE),
            StandardAccount.of("4200", "Ticketing", AccountType.REVENUE),
            StandardAccount.of("4300", "Merchandise", AccountType.REVENUE),
            StandardAccount.of("4400", "Rental Income", AccountType.REVENUE),
            StandardAccount.of("4900", "Other Income", AccountType.REVENUE),
            StandardAccount.of("4950", "Exchange Gains", AccountType.REVENUE, PostingPurpose.FX_GAIN),
            StandardAccount.of("5000", "Production Costs", AccountType.EXPENSE, PostingPurpose.EXPENSE),
            StandardAccount.of("6000", "Equipment Costs", AccountType.EXPENSE),
            StandardAccount.of("6100", "Construction", AccountType.EXPENSE),
            StandardAccount.of("6200", "Catering", AccountType.EXPENSE),
            StandardAccount.of("6300", "Travel", AccountType.EXPENSE),
            StandardAccount.of("6400", "Marketing", AccountType.EXPENSE),
            StandardAccount.of("6500", "Operations", AccountType.EXPENSE),
            StandardAccount.of("6600", "Personnel", AccountType.EXPENSE),
            StandardAccount.of("6700", "Facilities", AccountType.EXPENSE),
            StandardAccount.of("6800", "Technology", AccountType.EXPENSE),
            StandardAccount.of("6900", "Other Expenses", AccountType.EXPENSE),
            StandardAccount.of("6950", "Exchange Losses", AccountType.EXPENSE, PostingPurpose.FX_LOSS),
            StandardAccount.of("6960", "Depreciation", AccountType.EXPENSE, PostingPurpose.DEPRECIATION_EXPENSE));

    private final TenantTransaction tx;
    private final AccountRepository accounts;
    private final PostingAccountRepository postings;

    public ChartOfAccounts(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.accounts = tx.repository(AccountRepository.class);
        this.postings = tx.repository(PostingAccountRepository.class);
    }

    /**
     * Adds the accounts of {@link #STANDARD} the chart does not have yet (by number) and assigns each purpose
     * that has no account yet to its standard account. Running it again changes nothing.
     *
     * @return the account of every purpose
     */
    public Map<PostingPurpose, Account> installStandard() {
        tx.require(FinancePermissions.ACCOUNTS_MANAGE);
        for (StandardAccount standard : STANDARD) {
            Account account = accounts.findByNumber(standard.number()).orElseGet(() -> accounts.insert(Account.builder()
                    .organizationId(tx.organizationId()).accountNumber(standard.number()).name(standard.name()).type(standard.type())
                    .build()));
            standard.purpose().filter(purpose -> assignment(purpose).isEmpty()).ifPresent(purpose -> assign(purpose, account.id()));
        }
        Map<PostingPurpose, Account> assigned = new EnumMap<>(PostingPurpose.class);
        for (PostingAccount posting : postings.all()) {
            assigned.put(posting.purpose(), accounts.get(posting.accountId()));
        }
        return assigned;
    }

    /**
     * Makes {@code accountId} the account of {@code purpose}, replacing the previous one.
     *
     * @throws dev.atlvs.core.error.ReferenceMissingException when the account does not exist
     */
    public PostingAccount assign(PostingPurpose purpose, UUID accountId) {
        requireNonNull(purpose, "purpose is null");
        requireNonNull(accountId, "accountId is null");
        tx.require(FinancePermissions.ACCOUNTS_MANAGE);
        Optional<PostingAccount> existing = assignment(purpose);
        return existing.isPresent()
                ? postings.update(ImmutablePostingAccount.builder().from(existing.get()).accountId(accountId).build())
                : postings.insert(PostingAccount.builder().organizationId(tx.organizationId()).purpose(purpose).accountId(accountId).build());
    }

    /** The assignment of {@code purpose}, if any. */
    public Optional<PostingAccount> assignment(PostingPurpose purpose) {
        return postings.forPurpose(DatabaseEnum.toDatabase(requireNonNull(purpose, "purpose is null")));
    }

    /**
     * The account {@code purpose} books to.
     *
     * @throws ConflictException ({@link FinanceErrorCode#POSTING_ACCOUNT_MISSING}, field {@code purpose}) when no account
     *         is assigned to it
     */
    public Account accountFor(PostingPurpose purpose) {
        return assignment(purpose).map(posting -> accounts.get(posting.accountId()))
                .orElseThrow(() -> new ConflictException(FinanceErrorCode.POSTING_ACCOUNT_MISSING, "purpose",
                        "no account is assigned to " + DatabaseEnum.toDatabase(purpose) + "; assign one or install the standard chart"));
    }
}
