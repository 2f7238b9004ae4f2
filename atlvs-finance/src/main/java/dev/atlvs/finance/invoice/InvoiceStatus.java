package dev.atlvs.finance.invoice;

/**
 * The lifecycle of an invoice (L-DOC): a draft is edited freely; issuing numbers it, posts it and freezes its
 * amounts; once issued its status follows from what is settled: {@code ISSUED} while nothing is paid,
 * {@code PARTIALLY_PAID} once something is, {@code PAID} once nothing is open (payments and credit notes
 * together). A draft, or an issued invoice with nothing paid or credited, may be voided; paid and void are
 * terminal. Overdue is not a status: it is derived from the due date ({@link Invoice#isOverdue}).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID;

    /** Whether an invoice in this state may move to {@code target}. */
    public boolean canMoveTo(InvoiceStatus target) {
        return switch (this) {
            case DRAFT -> target == ISSUED || target == VOID;
            case ISSUED -> target == PARTIALLY_PAID || target == PAID || target == VOID;
            case PARTIALLY_PAID -> target == PAID;
            case PAID, VOID -> false;
        };
    }

    /** Whether the invoice has been issued and not voided: it counts in the books and may be settled. */
    public boolean isOpenForSettlement() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
