package dev.atlvs.finance.internal;

import dev.atlvs.finance.expense.ExpenseStatus;

/** The event types the finance module publishes. */
public final class FinanceEventTypes {
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
    /** An expense was recorded as a draft; payload: amount, currency, category. */
    public static final String EXPENSE_RECORDED = "expense.recorded";
    /** An expense was submitted for approval; payload: from, to, amount, currency. */
    public static final String EXPENSE_SUBMITTED = "expense.submitted";
    /** A submitted expense went back to draft; payload as for submitted. */
    public static final String EXPENSE_RECALLED = "expense.recalled";
    /** An expense is being reviewed; payload as for submitted. */
    public static final String EXPENSE_UNDER_REVIEW = "expense.under_review";
    /** An expense was approved and posted; payload as for submitted. */
    public static final String EXPENSE_APPROVED = "expense.approved";
    /** An expense was rejected; payload as for submitted. */
    public static final String EXPENSE_REJECTED = "expense.rejected";
    /** An approved expense was paid; payload as for submitted. */
    public static final String EXPENSE_PAID = "expense.paid";
    /** An expense was cancelled; payload as for submitted. */
    public static final String EXPENSE_CANCELLED = "expense.cancelled";

    /** The event of an expense reaching {@code status}. */
    public static String expenseMovedTo(ExpenseStatus status) {
        return switch (status) {
            case DRAFT -> EXPENSE_RECALLED;
            case SUBMITTED -> EXPENSE_SUBMITTED;
            case UNDER_REVIEW -> EXPENSE_UNDER_REVIEW;
            case APPROVED -> EXPENSE_APPROVED;
            case REJECTED -> EXPENSE_REJECTED;
            case PAID -> EXPENSE_PAID;
            case CANCELLED -> EXPENSE_CANCELLED;
        };
    }

    private FinanceEventTypes() {}
}
