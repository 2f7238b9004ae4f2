package dev.atlvs.finance.invoice;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.finance.FinanceErrorCode;

/**
 * The lifecycle of an invoice (L-DOC): a draft is edited freely; issuing numbers it, posts it and freezes its
 * amounts; once issued its status follows from what is settled: {@code ISSUED} while nothing is paid,
 * {@code PARTIALLY_PAID} once something is, {@code PAID} once nothing is open (payments and credit notes
 * together). A draft, or an issued invoice with nothing paid or credited, may be voided; paid and void are
 * terminal. Overdue is not a status: it is derived from the due date ({@link Invoice#isOverdue}).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID;

    /** The transition table; a refused move is {@link FinanceErrorCode#INVOICE_TRANSITION_INVALID}. */
    public static final Lifecycle<Invoice, InvoiceStatus> LIFECYCLE = Lifecycle.of(InvoiceStatus.class, Invoice::status)
            .entity("invoice").table("invoices").code(FinanceErrorCode.INVOICE_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, ISSUED, VOID)
            .allow(ISSUED, PARTIALLY_PAID, PAID, VOID)
            .allow(PARTIALLY_PAID, PAID)
            .build();

    /** Whether the invoice has been issued and not voided: it counts in the books and may be settled. */
    public boolean isOpenForSettlement() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
