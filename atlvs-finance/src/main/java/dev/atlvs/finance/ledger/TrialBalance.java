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
 * reversed entries both count, so a reversal and the entry it reverses cancel out). In a balanced ledger
 * the total debits equal the total credits in every currency.
 *
 * @param from the first posting date included
 * @param to the last posting date included
 * @param projectId the project the balance is limited to, if any
 * @param rows one row per account and currency with postings, by account number then currency
 */
public record TrialBalance(LocalDate from, LocalDate to, Optional<UUID> projectId, List<Row> rows) {

    public TrialBalance {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(projectId, "projectId is null");
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
     */
    public record Row(UUID accountId, String accountNumber, String accountName, AccountType type, String currency, BigDecimal debit,
            BigDecimal credit) {
        public Row {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(accountNumber, "accountNumber is null");
            requireNonNull(accountName, "accountName is null");
            requireNonNull(type, "type is null");
            requireNonNull(currency, "currency is null");
            requireNonNull(debit, "debit is null");
            requireNonNull(credit, "credit is null");
        }

        /** The balance on the account's normal side: debit − credit for assets and expenses, credit − debit otherwise. */
        public BigDecimal balance() {
            return switch (type.normalBalance()) {
                case DEBIT -> debit.subtract(credit);
                case CREDIT -> credit.subtract(debit);
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

    /** Whether the debits equal the credits in every currency. */
    public boolean isBalanced() {
        return totals().values().stream().allMatch(Totals::isBalanced);
    }
}
