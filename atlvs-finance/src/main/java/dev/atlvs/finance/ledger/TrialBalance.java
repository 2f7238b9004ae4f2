package dev.atlvs.finance.ledger;

import static java.util.Objects.requireNonNull;

import dev.atlvs.finance.account.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The sums of posted journal lines per account and currency over a span of posting dates (posted and
 * reversed entries both count, so a reversal and the entry it reverses cancel out), in each currency and
 * in the organization's base currency. In a balanced ledger the total debits equal the total credits in
 * every currency and in the base currency.
 *
 * @param from the first posting date included
 * @param to the last posting date included
 * @param projectId the project the balance is limited to, if any
 * @param baseCurrency the organization's base currency
 * @param rows one row per account and currency with postings, by account number then currency
 */
public record TrialBalance(LocalDate from, LocalDate to, Optional<UUID> projectId, String baseCurrency, List<Row> rows) {

    public TrialBalance {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(projectId, "projectId is null");
        requireNonNull(baseCurrency, "baseCurrency is null");
        rows = List.copyOf(rows);
    }

    /**
     * The postings of one account in one currency.
     *
     * @param accountId the account
     * @param accountNumber its number
     * @param accountName its name
     * @param type its type
     * @param currency the currency
     * @param debit the sum of debits
     * @param credit the sum of credits
     * @param baseDebit the sum of debits in the base currency
     * @param baseCredit the sum of credits in the base currency
     */
    public record Row(UUID accountId, String accountNumber, String accountName, AccountType type, String currency, BigDecimal debit,
            BigDecimal credit, BigDecimal baseDebit, BigDecimal baseCredit) {
        public Row {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(accountNumber, "accountNumber is null");
            requireNonNull(accountName, "accountName is null");
            requireNonNull(type, "type is null");
            requireNonNull(currency, "currency is null");
            requireNonNull(debit, "debit is null");
            requireNonNull(credit, "credit is null");
            requireNonNull(baseDebit, "baseDebit is null");
            requireNonNull(baseCredit, "baseCredit is null");
        }

        /** The balance on the account's normal side: debit − credit for assets and expenses, credit − debit otherwise. */
        public BigDecimal balance() {
            return switch (type.normalBalance()) {
                case DEBIT -> debit.subtract(credit);
                case CREDIT -> credit.subtract(debit);
            };
        }

        /** The balance on the account's normal side in the base currency. */
        public BigDecimal baseBalance() {
            return switch (type.normalBalance()) {
                case DEBIT -> baseDebit.subtract(baseCredit);
                case CREDIT -> baseCredit.subtract(baseDebit);
            };
        }
    }

    /**
     * Debit and credit totals of one currency.
     *
     * @param debit the sum of debits
     * @param credit the sum of credits
     */
    public record Totals(BigDecimal debit, BigDecimal credit) {
        /** Whether the debits equal the credits. */
        public boolean isBalanced() {
            return debit.compareTo(credit) == 0;
        }
    }

    /** The totals per currency, by currency code. */
    public Map<String, Totals> totals() {
        Map<String, Totals> totals = new TreeMap<>();
        for (Row row : rows) {
            totals.merge(row.currency(), new Totals(row.debit(), row.credit()),
                    (a, b) -> new Totals(a.debit().add(b.debit()), a.credit().add(b.credit())));
        }
        return totals;
    }

    /** The totals in the base currency. */
    public Totals baseTotals() {
        return new Totals(rows.stream().map(Row::baseDebit).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(Row::baseCredit).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether the debits equal the credits in every currency and in the base currency. */
    public boolean isBalanced() {
        return totals().values().stream().allMatch(Totals::isBalanced) && baseTotals().isBalanced();
    }
}
