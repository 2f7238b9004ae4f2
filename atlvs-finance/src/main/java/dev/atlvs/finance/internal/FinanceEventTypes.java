package dev.atlvs.finance.internal;

import dev.atlvs.core.event.EventType;
import dev.atlvs.core.event.EventTypeCatalog;
import java.util.List;

/** The event types the finance module publishes. */
public final class FinanceEventTypes implements EventTypeCatalog {
    /** An invoice or credit note was issued; payload: number, direction, kind, total, currency, dueDate. */
    public static final String INVOICE_ISSUED = "invoice.issued";
    /** An invoice was voided; payload: number, direction. */
    public static final String INVOICE_VOIDED = "invoice.voided";
    /** A payment settled part of an invoice; payload: paymentId, amount, amountDue, currency. */
    public static final String INVOICE_PARTIALLY_PAID = "invoice.partially_paid";
    /** A payment settled what was left of an invoice; payload: paymentId, amount, currency. */
    public static final String INVOICE_PAID = "invoice.paid";
    /** A receipt or disbursement was recorded and allocated; payload: direction, amount, currency, invoices. */
    public static final String PAYMENT_RECORDED = "payment.recorded";

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                new EventType(INVOICE_ISSUED, "invoice", "an invoice or credit note was issued"),
                new EventType(INVOICE_VOIDED, "invoice", "an invoice was voided"),
                new EventType(INVOICE_PARTIALLY_PAID, "invoice", "a payment settled part of an invoice"),
                new EventType(INVOICE_PAID, "invoice", "a payment settled what was left of an invoice"),
                new EventType(PAYMENT_RECORDED, "payment", "a receipt or disbursement was recorded and allocated"));
    }
}
