package dev.atlvs.finance;

import static dev.atlvs.core.error.CoreErrorCode.OVERLAP;
import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;
import static dev.atlvs.finance.FinanceErrorCode.ALLOCATION_MISMATCH;
import static dev.atlvs.finance.FinanceErrorCode.BUDGET_PERIOD_OVERLAP;
import static dev.atlvs.finance.FinanceErrorCode.CREDIT_NOTE_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.ENTRY_NOT_REVERSIBLE;
import static dev.atlvs.finance.FinanceErrorCode.ENTRY_UNBALANCED;
import static dev.atlvs.finance.FinanceErrorCode.EXPENSE_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.EXPENSE_NOT_EDITABLE;
import static dev.atlvs.finance.FinanceErrorCode.EXPENSE_RECEIPT_REQUIRED;
import static dev.atlvs.finance.FinanceErrorCode.EXPENSE_SELF_APPROVAL;
import static dev.atlvs.finance.FinanceErrorCode.EXPENSE_TRANSITION_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.FINANCE_ACCOUNT_NOT_CLOSABLE;
import static dev.atlvs.finance.FinanceErrorCode.FORECAST_PERIOD_OVERLAP;
import static dev.atlvs.finance.FinanceErrorCode.INVOICE_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.INVOICE_NOT_EDITABLE;
import static dev.atlvs.finance.FinanceErrorCode.INVOICE_TRANSITION_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.PAYMENT_EXCEEDS_OPEN;
import static dev.atlvs.finance.FinanceErrorCode.PAYMENT_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.PERIOD_CLOSED;
import static dev.atlvs.finance.FinanceErrorCode.REVENUE_EXCEEDS_PAID;
import static dev.atlvs.finance.FinanceErrorCode.REVENUE_INVALID;
import static dev.atlvs.finance.FinanceErrorCode.REVENUE_TRANSITION_INVALID;

import dev.atlvs.core.error.Rule;
import java.util.List;

/**
 * The named rules of the finance tables, declared once here: each is held by the database (a trigger or a CHECK
 * over several columns) and reported with the same code, field and name whether the database or a Java check
 * catches it (see {@link Rule}). The single-column CHECK constraints are not listed: validation reports them
 * under their own names through the annotations that mirror them.
 */
public final class FinanceRules {

    private static final String MINOR_UNIT = "has no more decimals than the minor unit of its currency";

    // --- ledger ---

    /** An account's normal balance follows from its type. */
    public static final Rule ACCOUNTS_NORMAL_BALANCE_TYPE_CHECK = Rule.of("accounts_normal_balance_type_check", VALIDATION_FAILED,
            "accounts", "normalBalance", "follows from the type: debit for assets and expenses, credit otherwise");

    /** An account is not its own parent. */
    public static final Rule ACCOUNTS_PARENT_ACCOUNT_ID_CHECK = Rule.of("accounts_parent_account_id_check", VALIDATION_FAILED,
            "accounts", "parentAccountId", "an account cannot be its own parent");

    /** The account tree never loops. */
    public static final Rule ACCOUNTS_PARENT_CYCLE = Rule.of("accounts_parent_cycle", VALIDATION_FAILED,
            "accounts", "parentAccountId", "the account tree would loop")
            .raisedAs("the change would make a loop in accounts");

    /** A fiscal period ends on or after its start. */
    public static final Rule FISCAL_PERIODS_ENDS_ON_CHECK = Rule.of("fiscal_periods_ends_on_check", VALIDATION_FAILED,
            "fiscal_periods", "endsOn", "is on or after the start");

    /** A closed fiscal period keeps its dates. */
    public static final Rule FISCAL_PERIODS_CLOSED_DATES = Rule.of("fiscal_periods_closed_dates", RULE_VIOLATED,
            "fiscal_periods", "startsOn", "a closed fiscal period keeps its dates");

    /** The fiscal periods of an organization do not overlap. */
    public static final Rule FISCAL_PERIODS_OVERLAP = Rule.of("fiscal_periods_overlap", OVERLAP,
            "fiscal_periods", "startsOn", "the fiscal periods of an organization do not overlap")
            .raisedAs("fiscal periods of an organization do not overlap");

    /** A posted or reversed entry, and only one, has the time it was posted. */
    public static final Rule JOURNAL_ENTRIES_POSTED_AT_CHECK = Rule.of("journal_entries_posted_at_check", VALIDATION_FAILED,
            "journal_entries", "postedAt", "is set exactly when the entry is no longer a draft");

    /** An entry does not reverse itself. */
    public static final Rule JOURNAL_ENTRIES_REVERSAL_OF_CHECK = Rule.of("journal_entries_reversal_of_check", VALIDATION_FAILED,
            "journal_entries", "reversalOf", "an entry cannot reverse itself");

    /** A posted entry is neither changed nor deleted. */
    public static final Rule JOURNAL_ENTRIES_POSTED_IMMUTABLE = Rule.of("journal_entries_posted_immutable", RULE_VIOLATED,
            "journal_entries", "status", "a posted journal entry does not change and is never deleted; reverse it")
            .raisedAs("a posted journal entry does not change; reverse it", "a posted journal entry is never deleted; reverse it");

    /** Only a posted entry is reversed. */
    public static final Rule JOURNAL_ENTRIES_REVERSED_POSTED = Rule.of("journal_entries_reversed_posted", ENTRY_NOT_REVERSIBLE,
            "journal_entries", "status", "only a posted journal entry is reversed");

    /** A reversal reverses a posted entry. */
    public static final Rule JOURNAL_ENTRIES_REVERSAL_OF_POSTED = Rule.of("journal_entries_reversal_of_posted", ENTRY_NOT_REVERSIBLE,
            "journal_entries", "reversalOf", "a reversal reverses a posted journal entry");

    /** Nothing posts into a closed fiscal period. */
    public static final Rule JOURNAL_ENTRIES_PERIOD_CLOSED = Rule.of("journal_entries_period_closed", PERIOD_CLOSED,
            "journal_entries", "postingDate", "no posting into a closed fiscal period");

    /** A posted entry has two lines or more and balances in each currency and in the base currency (checked at commit). */
    public static final Rule JOURNAL_ENTRIES_BALANCED = Rule.of("journal_entries_balanced", ENTRY_UNBALANCED,
            "journal_entries", "lines", "a posted journal entry has two lines or more and balances in each currency and in the base currency")
            .raisedAs("a posted journal entry has two lines or more and its debits equal its credits in each currency and in the base currency");

    /** A journal line has exactly one side. */
    public static final Rule JOURNAL_LINES_ONE_SIDE_CHECK = Rule.of("journal_lines_one_side_check", VALIDATION_FAILED,
            "journal_lines", "debit", "a line has exactly one non-zero side, debit or credit, with a non-zero base amount on the same side");

    /** The lines of a posted entry do not change. */
    public static final Rule JOURNAL_LINES_POSTED_IMMUTABLE = Rule.of("journal_lines_posted_immutable", RULE_VIOLATED,
            "journal_lines", "entryId", "the lines of a posted journal entry do not change; reverse it");

    /** An organization's base currency does not change once it has posted entries. */
    public static final Rule ORGANIZATIONS_BASE_CURRENCY_FIXED = Rule.of("organizations_base_currency_fixed", RULE_VIOLATED,
            "organizations", "baseCurrency", "the base currency does not change once the organization has posted journal entries");

    /** An exchange rate converts between two different currencies. */
    public static final Rule EXCHANGE_RATES_PAIR_CHECK = Rule.of("exchange_rates_pair_check", VALIDATION_FAILED,
            "exchange_rates", "quoteCurrency", "differs from the base currency");

    // --- invoices, payments and finance accounts ---

    /** A credit note, and only one, names the invoice it credits. */
    public static final Rule INVOICES_CREDITED_INVOICE_ID_CHECK = Rule.of("invoices_credited_invoice_id_check", VALIDATION_FAILED,
            "invoices", "creditedInvoiceId", "a credit note names the invoice it credits, and only a credit note does, never itself");

    /** An invoice's discount is between zero and its subtotal. */
    public static final Rule INVOICES_DISCOUNT_AMOUNT_CHECK = Rule.of("invoices_discount_amount_check", VALIDATION_FAILED,
            "invoices", "discountAmount", "is between zero and the subtotal");

    /** An invoice is due on or after its issue. */
    public static final Rule INVOICES_DUE_DATE_CHECK = Rule.of("invoices_due_date_check", VALIDATION_FAILED,
            "invoices", "dueDate", "is on or after the issue date");

    /** A draft has no number; an issued invoice has its number, dates and issue time. */
    public static final Rule INVOICES_ISSUED_CHECK = Rule.of("invoices_issued_check", VALIDATION_FAILED,
            "invoices", "invoiceNumber", "a draft has no number; an issued invoice has its number, dates and issue time");

    /** What is paid and credited on an invoice does not exceed its total. */
    public static final Rule INVOICES_SETTLED_CHECK = Rule.of("invoices_settled_check", VALIDATION_FAILED,
            "invoices", "amountPaid", "what is paid and credited does not exceed the total, and only an invoice is settled");

    /** An invoice's total is its subtotal less the discount plus the tax. */
    public static final Rule INVOICES_TOTAL_AMOUNT_CHECK = Rule.of("invoices_total_amount_check", VALIDATION_FAILED,
            "invoices", "totalAmount", "is the subtotal less the discount plus the tax");

    /** A void invoice, and only one, has the time it was voided. */
    public static final Rule INVOICES_VOIDED_AT_CHECK = Rule.of("invoices_voided_at_check", VALIDATION_FAILED,
            "invoices", "voidedAt", "is set exactly when the invoice is void");

    /** An issued invoice and its lines do not change. */
    public static final Rule INVOICES_ISSUED_FROZEN = Rule.of("invoices_issued_frozen", INVOICE_NOT_EDITABLE,
            "invoices", "status", "an issued invoice and its lines do not change, and it is never deleted; issue a credit note")
            .raisedAs("an issued invoice does not change; issue a credit note", "an invoice that had a number is never deleted; void it or issue a credit note", "the lines of an issued invoice do not change; issue a credit note");

    /** A void invoice stays void. */
    public static final Rule INVOICES_VOID_FINAL = Rule.of("invoices_void_final", INVOICE_TRANSITION_INVALID,
            "invoices", "status", "a void invoice stays void");

    /** Only an invoice with nothing paid or credited is voided. */
    public static final Rule INVOICES_VOID_UNPAID = Rule.of("invoices_void_unpaid", INVOICE_TRANSITION_INVALID,
            "invoices", "status", "an invoice is voided only while nothing is paid or credited on it, and never as an issued credit note")
            .raisedAs("an invoice with payments or credit notes is not voided", "an issued credit note is not voided; issue an invoice instead");

    /** An issued invoice has lines, and its totals are their sums. */
    public static final Rule INVOICES_LINES_TOTAL = Rule.of("invoices_lines_total", INVOICE_INVALID,
            "invoices", "lines", "an issued invoice has lines, and its totals are the sums of its lines");

    /** A credit note credits an issued, open invoice of its direction and currency. */
    public static final Rule INVOICES_CREDIT_NOTE_TARGET = Rule.of("invoices_credit_note_target", CREDIT_NOTE_INVALID,
            "invoices", "creditedInvoiceId", "a credit note credits an issued, open invoice of the same direction and currency");

    /** A credit note credits no more than is open on its invoice. */
    public static final Rule INVOICES_CREDIT_EXCEEDS_OPEN = Rule.of("invoices_credit_exceeds_open", CREDIT_NOTE_INVALID,
            "invoices", "lines", "a credit note credits no more than is open on the invoice");

    /** A line's discount is between zero and its subtotal. */
    public static final Rule INVOICE_LINE_ITEMS_DISCOUNT_AMOUNT_CHECK = Rule.of("invoice_line_items_discount_amount_check", VALIDATION_FAILED,
            "invoice_line_items", "discountAmount", "is between zero and the line's subtotal");

    /** A line's total is its subtotal less the discount plus the tax. */
    public static final Rule INVOICE_LINE_ITEMS_LINE_TOTAL_CHECK = Rule.of("invoice_line_items_line_total_check", VALIDATION_FAILED,
            "invoice_line_items", "lineTotal", "is the subtotal less the discount plus the tax");

    /** A recorded payment keeps its amount, currency, direction, date, account and posting. */
    public static final Rule PAYMENTS_RECORDED_FIXED = Rule.of("payments_recorded_fixed", RULE_VIOLATED,
            "payments", "amount", "a recorded payment keeps its amount, currency, direction, date, account and posting");

    /** The allocations of a posted payment do not change. */
    public static final Rule PAYMENT_ALLOCATIONS_POSTED_FIXED = Rule.of("payment_allocations_posted_fixed", RULE_VIOLATED,
            "payment_allocations", "amount", "the allocations of a posted payment are neither changed nor removed")
            .raisedAs("the allocations of a posted payment are not changed", "the allocations of a posted payment are not removed");

    /** A payment settles issued invoices of its currency and direction. */
    public static final Rule PAYMENT_ALLOCATIONS_INVOICE_MATCH = Rule.of("payment_allocations_invoice_match", ALLOCATION_MISMATCH,
            "payment_allocations", "invoiceId", "is an issued, open invoice of the payment's currency: receipts settle receivable invoices, disbursements payable ones")
            .raisedAs("a payment settles issued invoices of its currency: receipts receivable ones, disbursements payable ones");

    /** The allocations of a payment total no more than the payment. */
    public static final Rule PAYMENT_ALLOCATIONS_PAYMENT_AMOUNT = Rule.of("payment_allocations_payment_amount", PAYMENT_INVALID,
            "payment_allocations", "amount", "the allocations of a payment total no more than the payment");

    /** An allocation settles no more than is open on its invoice. */
    public static final Rule PAYMENT_ALLOCATIONS_INVOICE_OPEN = Rule.of("payment_allocations_invoice_open", PAYMENT_EXCEEDS_OPEN,
            "payment_allocations", "amount", "pays no more than is open on the invoice")
            .raisedAs("an allocation settles no more than is open on the invoice");

    /** A closed finance account is not reopened. */
    public static final Rule FINANCE_ACCOUNTS_CLOSED_FINAL = Rule.of("finance_accounts_closed_final", FINANCE_ACCOUNT_NOT_CLOSABLE,
            "finance_accounts", "status", "a closed finance account is not reopened");

    /** A finance account is closed only at a zero balance. */
    public static final Rule FINANCE_ACCOUNTS_CLOSED_ZERO_BALANCE = Rule.of("finance_accounts_closed_zero_balance", FINANCE_ACCOUNT_NOT_CLOSABLE,
            "finance_accounts", "status", "a finance account is closed only at a zero balance");

    // --- budgets, expenses, revenue and forecasts ---

    /** A budget's period ends on or after its start. */
    public static final Rule BUDGETS_PERIOD_END_CHECK = Rule.of("budgets_period_end_check", VALIDATION_FAILED,
            "budgets", "periodEnd", "is on or after the period start");

    /** A budget's approver and approval time are given together. */
    public static final Rule BUDGETS_APPROVED_CHECK = Rule.of("budgets_approved_check", VALIDATION_FAILED,
            "budgets", "approvedBy", "the approver and the approval time are given together");

    /** The budgets of one project and category do not overlap in time. */
    public static final Rule BUDGETS_PERIOD_OVERLAP = Rule.of("budgets_period_overlap", BUDGET_PERIOD_OVERLAP,
            "budgets", "periodStart", "the budgets of one project and category do not overlap in time");

    /** A budget line's period ends on or after its start. */
    public static final Rule BUDGET_LINES_PERIOD_END_CHECK = Rule.of("budget_lines_period_end_check", VALIDATION_FAILED,
            "budget_lines", "periodEnd", "is on or after the period start");

    /** A budget line names a category, a GL account or both. */
    public static final Rule BUDGET_LINES_TARGET_CHECK = Rule.of("budget_lines_target_check", VALIDATION_FAILED,
            "budget_lines", "category", "a line names a category, a GL account or both");

    /** A budget line plans inside its budget's period. */
    public static final Rule BUDGET_LINES_WITHIN_BUDGET = Rule.of("budget_lines_within_budget", VALIDATION_FAILED,
            "budget_lines", "periodStart", "a budget line plans inside its budget's period");

    /** A submitted expense has its submitter and time; a draft or cancelled one has neither. */
    public static final Rule EXPENSES_SUBMITTED_CHECK = Rule.of("expenses_submitted_check", VALIDATION_FAILED,
            "expenses", "submittedAt", "a submitted expense has its submitter and submission time; a draft or cancelled one has neither");

    /** An approved or paid expense has its approver and time; no other has. */
    public static final Rule EXPENSES_APPROVED_CHECK = Rule.of("expenses_approved_check", VALIDATION_FAILED,
            "expenses", "approvedAt", "an approved or paid expense has its approver and approval time; no other has");

    /** A paid expense, and only one, has the time it was paid. */
    public static final Rule EXPENSES_PAID_CHECK = Rule.of("expenses_paid_check", VALIDATION_FAILED,
            "expenses", "paidAt", "is set exactly when the expense is paid");

    /** The approver of an expense is never its submitter. */
    public static final Rule EXPENSES_APPROVER_NOT_SUBMITTER = Rule.of("expenses_approver_not_submitter", EXPENSE_SELF_APPROVAL,
            "expenses", "approvedBy", "the approver of an expense is never its submitter");

    /** An expense starts as a draft and moves only along its lifecycle. */
    public static final Rule EXPENSES_STATUS_TRANSITION = Rule.of("expenses_status_transition", EXPENSE_TRANSITION_INVALID,
            "expenses", "status", "an expense starts as a draft and moves only along its lifecycle")
            .raisedAs("an expense does not move from % to %", "an expense starts as a draft");

    /** A submitted expense keeps its amounts, date, category, project and budget. */
    public static final Rule EXPENSES_SUBMITTED_FIXED = Rule.of("expenses_submitted_fixed", EXPENSE_NOT_EDITABLE,
            "expenses", "amount", "a submitted expense keeps its amounts, date, category, project and budget");

    /** An expense above the organization's receipt threshold has a receipt. */
    public static final Rule EXPENSES_RECEIPT_REQUIRED = Rule.of("expenses_receipt_required", EXPENSE_RECEIPT_REQUIRED,
            "expenses", "receiptFileId", "an expense above the organization's receipt threshold needs a receipt");

    /** An expense counts against a budget of its own project (or an overhead budget). */
    public static final Rule EXPENSES_BUDGET_PROJECT = Rule.of("expenses_budget_project", EXPENSE_INVALID,
            "expenses", "budgetId", "is a budget of the expense's own project or an overhead budget")
            .raisedAs("an expense counts against a budget of its own project");

    /** Invoiced and received revenue names its invoice. */
    public static final Rule REVENUE_INVOICED_CHECK = Rule.of("revenue_invoiced_check", VALIDATION_FAILED,
            "revenue", "invoiceId", "invoiced and received revenue names its invoice");

    /** The received amount of revenue is between zero and its amount. */
    public static final Rule REVENUE_RECEIVED_AMOUNT_CHECK = Rule.of("revenue_received_amount_check", VALIDATION_FAILED,
            "revenue", "receivedAmount", "is between zero and the revenue's amount");

    /** Received revenue, and only that, has the date it was received. */
    public static final Rule REVENUE_RECEIVED_CHECK = Rule.of("revenue_received_check", VALIDATION_FAILED,
            "revenue", "receivedDate", "is set exactly when the revenue is received");

    /** Revenue has the terms of its recognition method. */
    public static final Rule REVENUE_RECOGNITION_CHECK = Rule.of("revenue_recognition_check", VALIDATION_FAILED,
            "revenue", "recognitionMethod", "the recognition method has its terms: a date, a milestone or a service period");

    /** A service period ends on or after its start. */
    public static final Rule REVENUE_SERVICE_END_CHECK = Rule.of("revenue_service_end_check", VALIDATION_FAILED,
            "revenue", "serviceEnd", "is on or after the service start");

    /** Revenue moves only along its lifecycle. */
    public static final Rule REVENUE_STATUS_TRANSITION = Rule.of("revenue_status_transition", REVENUE_TRANSITION_INVALID,
            "revenue", "status", "revenue moves projected, invoiced, received, or to cancelled before it is received")
            .raisedAs("revenue moves projected → invoiced → received, or to cancelled before it is received");

    /** Revenue recognized on a milestone names a milestone of its own project. */
    public static final Rule REVENUE_MILESTONE_PROJECT = Rule.of("revenue_milestone_project", REVENUE_INVALID,
            "revenue", "milestoneId", "is a milestone of the revenue's project")
            .raisedAs("revenue recognized on a milestone names a milestone of its own project");

    /** Revenue is invoiced on an issued receivable invoice of its currency. */
    public static final Rule REVENUE_INVOICE_MATCH = Rule.of("revenue_invoice_match", REVENUE_INVALID,
            "revenue", "invoiceId", "is an issued receivable invoice in the revenue's currency")
            .raisedAs("revenue is invoiced on a receivable invoice of its own currency");

    /** Revenue is received only through its invoice, up to what is paid on it. */
    public static final Rule REVENUE_RECEIVED_EXCEEDS_PAID = Rule.of("revenue_received_exceeds_paid", REVENUE_EXCEEDS_PAID,
            "revenue", "receivedAmount", "the received amount does not exceed what is paid on the revenue's invoice")
            .raisedAs("the received amount of revenue does not exceed what is paid on its invoice", "revenue is received only through its invoice");

    /** A recognized amount has its journal entry and time; no other has. */
    public static final Rule REVENUE_RECOGNITIONS_RECOGNIZED_CHECK = Rule.of("revenue_recognitions_recognized_check", VALIDATION_FAILED,
            "revenue_recognitions", "journalEntryId", "a recognized amount has its journal entry and recognition time; no other has");

    /** A recognized amount neither changes nor is deleted. */
    public static final Rule REVENUE_RECOGNITIONS_RECOGNIZED_FIXED = Rule.of("revenue_recognitions_recognized_fixed", RULE_VIOLATED,
            "revenue_recognitions", "amount", "a recognized amount neither changes nor is deleted")
            .raisedAs("a recognized amount does not change", "a recognized amount is never deleted");

    /** A recognition schedule books no more than its revenue's amount. */
    public static final Rule REVENUE_RECOGNITIONS_TOTAL = Rule.of("revenue_recognitions_total", REVENUE_INVALID,
            "revenue_recognitions", "amount", "a recognition schedule books no more than its revenue's amount");

    /** A forecast's period ends on or after its start. */
    public static final Rule FORECASTS_PERIOD_END_CHECK = Rule.of("forecasts_period_end_check", VALIDATION_FAILED,
            "forecasts", "periodEnd", "is on or after the period start");

    /** The forecasts of one project and scenario do not overlap in time. */
    public static final Rule FORECASTS_PERIOD_OVERLAP = Rule.of("forecasts_period_overlap", FORECAST_PERIOD_OVERLAP,
            "forecasts", "periodStart", "the forecasts of one project and scenario do not overlap in time");

    // --- money: no more decimals than the currency's minor unit ---

    /** A journal line's debit has no more decimals than its currency's minor unit. */
    public static final Rule JOURNAL_LINES_DEBIT_MINOR_UNIT = Rule.of("journal_lines_debit_minor_unit", VALIDATION_FAILED,
            "journal_lines", "debit", MINOR_UNIT);

    /** A journal line's credit has no more decimals than its currency's minor unit. */
    public static final Rule JOURNAL_LINES_CREDIT_MINOR_UNIT = Rule.of("journal_lines_credit_minor_unit", VALIDATION_FAILED,
            "journal_lines", "credit", MINOR_UNIT);

    /** A finance account's opening balance has no more decimals than its currency's minor unit. */
    public static final Rule FINANCE_ACCOUNTS_OPENING_BALANCE_MINOR_UNIT = Rule.of("finance_accounts_opening_balance_minor_unit",
            VALIDATION_FAILED, "finance_accounts", "openingBalance", MINOR_UNIT);

    /** An invoice's subtotal has no more decimals than its currency's minor unit. */
    public static final Rule INVOICES_SUBTOTAL_MINOR_UNIT = Rule.of("invoices_subtotal_minor_unit", VALIDATION_FAILED,
            "invoices", "subtotal", MINOR_UNIT);

    /** An invoice's discount has no more decimals than its currency's minor unit. */
    public static final Rule INVOICES_DISCOUNT_AMOUNT_MINOR_UNIT = Rule.of("invoices_discount_amount_minor_unit", VALIDATION_FAILED,
            "invoices", "discountAmount", MINOR_UNIT);

    /** An invoice's tax has no more decimals than its currency's minor unit. */
    public static final Rule INVOICES_TAX_AMOUNT_MINOR_UNIT = Rule.of("invoices_tax_amount_minor_unit", VALIDATION_FAILED,
            "invoices", "taxAmount", MINOR_UNIT);

    /** A payment's amount has no more decimals than its currency's minor unit. */
    public static final Rule PAYMENTS_AMOUNT_MINOR_UNIT = Rule.of("payments_amount_minor_unit", PAYMENT_INVALID,
            "payments", "amount", MINOR_UNIT);

    /** A budget's amount has no more decimals than its currency's minor unit. */
    public static final Rule BUDGETS_AMOUNT_MINOR_UNIT = Rule.of("budgets_amount_minor_unit", VALIDATION_FAILED,
            "budgets", "amount", MINOR_UNIT);

    /** An expense's amount has no more decimals than its currency's minor unit. */
    public static final Rule EXPENSES_AMOUNT_MINOR_UNIT = Rule.of("expenses_amount_minor_unit", EXPENSE_INVALID,
            "expenses", "amount", MINOR_UNIT);

    /** Revenue's amount has no more decimals than its currency's minor unit. */
    public static final Rule REVENUE_AMOUNT_MINOR_UNIT = Rule.of("revenue_amount_minor_unit", VALIDATION_FAILED,
            "revenue", "amount", MINOR_UNIT);

    /** The received amount of revenue has no more decimals than its currency's minor unit. */
    public static final Rule REVENUE_RECEIVED_AMOUNT_MINOR_UNIT = Rule.of("revenue_received_amount_minor_unit", VALIDATION_FAILED,
            "revenue", "receivedAmount", MINOR_UNIT);

    /** A forecast's projected spend has no more decimals than its currency's minor unit. */
    public static final Rule FORECASTS_PROJECTED_SPEND_MINOR_UNIT = Rule.of("forecasts_projected_spend_minor_unit", VALIDATION_FAILED,
            "forecasts", "projectedSpend", MINOR_UNIT);

    /** A forecast's projected revenue has no more decimals than its currency's minor unit. */
    public static final Rule FORECASTS_PROJECTED_REVENUE_MINOR_UNIT = Rule.of("forecasts_projected_revenue_minor_unit",
            VALIDATION_FAILED, "forecasts", "projectedRevenue", MINOR_UNIT);

    /** Every rule of the finance tables. */
    public static final List<Rule> ALL = List.of(
            ACCOUNTS_NORMAL_BALANCE_TYPE_CHECK, ACCOUNTS_PARENT_ACCOUNT_ID_CHECK, ACCOUNTS_PARENT_CYCLE,
            FISCAL_PERIODS_ENDS_ON_CHECK, FISCAL_PERIODS_CLOSED_DATES, FISCAL_PERIODS_OVERLAP,
            JOURNAL_ENTRIES_POSTED_AT_CHECK, JOURNAL_ENTRIES_REVERSAL_OF_CHECK, JOURNAL_ENTRIES_POSTED_IMMUTABLE,
            JOURNAL_ENTRIES_REVERSED_POSTED, JOURNAL_ENTRIES_REVERSAL_OF_POSTED, JOURNAL_ENTRIES_PERIOD_CLOSED,
            JOURNAL_ENTRIES_BALANCED, JOURNAL_LINES_ONE_SIDE_CHECK, JOURNAL_LINES_POSTED_IMMUTABLE,
            ORGANIZATIONS_BASE_CURRENCY_FIXED, EXCHANGE_RATES_PAIR_CHECK, INVOICES_CREDITED_INVOICE_ID_CHECK,
            INVOICES_DISCOUNT_AMOUNT_CHECK, INVOICES_DUE_DATE_CHECK, INVOICES_ISSUED_CHECK, INVOICES_SETTLED_CHECK,
            INVOICES_TOTAL_AMOUNT_CHECK, INVOICES_VOIDED_AT_CHECK, INVOICES_ISSUED_FROZEN, INVOICES_VOID_FINAL,
            INVOICES_VOID_UNPAID, INVOICES_LINES_TOTAL, INVOICES_CREDIT_NOTE_TARGET, INVOICES_CREDIT_EXCEEDS_OPEN,
            INVOICE_LINE_ITEMS_DISCOUNT_AMOUNT_CHECK, INVOICE_LINE_ITEMS_LINE_TOTAL_CHECK, PAYMENTS_RECORDED_FIXED,
            PAYMENT_ALLOCATIONS_POSTED_FIXED, PAYMENT_ALLOCATIONS_INVOICE_MATCH, PAYMENT_ALLOCATIONS_PAYMENT_AMOUNT,
            PAYMENT_ALLOCATIONS_INVOICE_OPEN, FINANCE_ACCOUNTS_CLOSED_FINAL, FINANCE_ACCOUNTS_CLOSED_ZERO_BALANCE,
            BUDGETS_PERIOD_END_CHECK, BUDGETS_APPROVED_CHECK, BUDGETS_PERIOD_OVERLAP, BUDGET_LINES_PERIOD_END_CHECK,
            BUDGET_LINES_TARGET_CHECK, BUDGET_LINES_WITHIN_BUDGET, EXPENSES_SUBMITTED_CHECK, EXPENSES_APPROVED_CHECK,
            EXPENSES_PAID_CHECK, EXPENSES_APPROVER_NOT_SUBMITTER, EXPENSES_STATUS_TRANSITION, EXPENSES_SUBMITTED_FIXED,
            EXPENSES_RECEIPT_REQUIRED, EXPENSES_BUDGET_PROJECT, REVENUE_INVOICED_CHECK, REVENUE_RECEIVED_AMOUNT_CHECK,
            REVENUE_RECEIVED_CHECK, REVENUE_RECOGNITION_CHECK, REVENUE_SERVICE_END_CHECK, REVENUE_STATUS_TRANSITION,
            REVENUE_MILESTONE_PROJECT, REVENUE_INVOICE_MATCH, REVENUE_RECEIVED_EXCEEDS_PAID,
            REVENUE_RECOGNITIONS_RECOGNIZED_CHECK, REVENUE_RECOGNITIONS_RECOGNIZED_FIXED, REVENUE_RECOGNITIONS_TOTAL,
            FORECASTS_PERIOD_END_CHECK, FORECASTS_PERIOD_OVERLAP, JOURNAL_LINES_DEBIT_MINOR_UNIT, JOURNAL_LINES_CREDIT_MINOR_UNIT,
            FINANCE_ACCOUNTS_OPENING_BALANCE_MINOR_UNIT, INVOICES_SUBTOTAL_MINOR_UNIT, INVOICES_DISCOUNT_AMOUNT_MINOR_UNIT,
            INVOICES_TAX_AMOUNT_MINOR_UNIT, PAYMENTS_AMOUNT_MINOR_UNIT, BUDGETS_AMOUNT_MINOR_UNIT, EXPENSES_AMOUNT_MINOR_UNIT,
            REVENUE_AMOUNT_MINOR_UNIT, REVENUE_RECEIVED_AMOUNT_MINOR_UNIT, FORECASTS_PROJECTED_SPEND_MINOR_UNIT,
            FORECASTS_PROJECTED_REVENUE_MINOR_UNIT);

    private FinanceRules() {}
}
