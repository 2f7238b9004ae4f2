package dev.atlvs.finance.invoice;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is open on the receivable or payable invoices of an organization on a day, by how long past due: not yet
 * due ({@link Bucket#CURRENT}), 1-30, 31-60, 61-90 and over 90 days. Amounts are per currency, and in the base
 * currency at the rate each invoice was booked at.
 *
 * @param direction receivables or payables
 * @param asOf the day (payments and credit notes after it do not count)
 * @param baseCurrency the organization's base currency
 * @param rows one row per currency, by currency
 * @param baseTotals the open amount per bucket in the base currency, in {@link Bucket} order
 */
public record AgingReport(InvoiceDirection direction, LocalDate asOf, String baseCurrency, List<Row> rows, List<BigDecimal> baseTotals) {

    public AgingReport {
        requireNonNull(direction, "direction is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(baseCurrency, "baseCurrency is null");
        rows = List.copyOf(rows);
        baseTotals = List.copyOf(baseTotals);
    }

    /** How long past due an open amount is. */
    public enum Bucket {
        CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90;

        /** The bucket of an amount {@code daysPastDue} days past its due date (zero or less: not yet due). */
        public static Bucket of(long daysPastDue) {
            if (daysPastDue <= 0) {
                return CURRENT;
            }
            if (daysPastDue <= 30) {
                return DAYS_1_30;
            }
            if (daysPastDue <= 60) {
                return DAYS_31_60;
            }
            return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
        }
    }

    /**
     * The open amounts of one currency.
     *
     * @param currency the currency
     * @param amounts the open amount per bucket in that currency, in {@link Bucket} order
     * @param baseAmounts the same in the base currency, in {@link Bucket} order
     */
    public record Row(String currency, List<BigDecimal> amounts, List<BigDecimal> baseAmounts) {
        public Row {
            requireNonNull(currency, "currency is null");
            amounts = List.copyOf(amounts);
            baseAmounts = List.copyOf(baseAmounts);
        }

        /** The open amount of {@code bucket} in the row's currency. */
        public BigDecimal amount(Bucket bucket) {
            return amounts.get(bucket.ordinal());
        }

        /** Everything open in the row's currency. */
        public BigDecimal total() {
            return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The row of {@code currency}, if anything is open in it. */
    public java.util.Optional<Row> row(String currency) {
        return rows.stream().filter(row -> row.currency().equals(currency)).findFirst();
    }

    /** The open amount of {@code bucket} in the base currency, all currencies together. */
    public BigDecimal baseTotal(Bucket bucket) {
        return baseTotals.get(bucket.ordinal());
    }
}
