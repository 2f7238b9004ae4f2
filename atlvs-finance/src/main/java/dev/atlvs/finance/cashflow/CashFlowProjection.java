package dev.atlvs.finance.cashflow;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected receipts and disbursements by due week, in the base currency: what is already due (before
 * {@link #asOf()}), each week from {@code asOf} on, and what is due after the last week.
 *
 * @param asOf the first day of the first week
 * @param currency the base currency
 * @param overdue what was due before {@code asOf} and is still open
 * @param weeks the weeks, in order
 * @param later what is due after the last week
 */
public record CashFlowProjection(LocalDate asOf, String currency, Bucket overdue, List<Bucket> weeks, Bucket later) {

    public CashFlowProjection {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(overdue, "overdue is null");
        weeks = List.copyOf(weeks);
        requireNonNull(later, "later is null");
    }

    /**
     * Money expected in and out over a span of days.
     *
     * @param from the first day; empty-ended buckets use {@link LocalDate#MIN} or {@link LocalDate#MAX}
     * @param to the last day, included
     * @param receipts open receivable invoices due in the span
     * @param disbursements open payable invoices and approved, unpaid reimbursable expenses due in the span
     */
    public record Bucket(LocalDate from, LocalDate to, BigDecimal receipts, BigDecimal disbursements) {
        public BigDecimal net() {
            return receipts.subtract(disbursements);
        }
    }

    /** Receipts less disbursements of everything open, whenever due. */
    public BigDecimal totalNet() {
        return weeks.stream().map(Bucket::net).reduce(overdue.net().add(later.net()), BigDecimal::add);
    }
}
