package dev.atlvs.finance;

import dev.atlvs.core.permission.Permission;
import java.util.List;

/**
 * The permissions of the finance module: every permission its operations require, declared once here.
 * Hosts grant them to custom roles or users by name or by pattern ({@code finance.*}).
 */
public final class FinancePermissions {

    /** Manage accounts. */
    public static final Permission ACCOUNTS_MANAGE = Permission.of("finance.accounts.manage", "Manage accounts");

    /** Approve budgets. */
    public static final Permission BUDGETS_APPROVE = Permission.of("finance.budgets.approve", "Approve budgets");

    /** Create budgets. */
    public static final Permission BUDGETS_CREATE = Permission.of("finance.budgets.create", "Create budgets");

    /** Override budgets. */
    public static final Permission BUDGETS_OVERRIDE = Permission.of("finance.budgets.override", "Override budgets");

    /** Read budgets. */
    public static final Permission BUDGETS_READ = Permission.of("finance.budgets.read", "Read budgets");

    /** Update budgets. */
    public static final Permission BUDGETS_UPDATE = Permission.of("finance.budgets.update", "Update budgets");

    /** Read cash flow. */
    public static final Permission CASH_FLOW_READ = Permission.of("finance.cash_flow.read", "Read cash flow");

    /** Manage exchange rates. */
    public static final Permission EXCHANGE_RATES_MANAGE = Permission.of("finance.exchange_rates.manage", "Manage exchange rates");

    /** Approve expenses. */
    public static final Permission EXPENSES_APPROVE = Permission.of("finance.expenses.approve", "Approve expenses");

    /** Create expenses. */
    public static final Permission EXPENSES_CREATE = Permission.of("finance.expenses.create", "Create expenses");

    /** Manage expenses. */
    public static final Permission EXPENSES_MANAGE = Permission.of("finance.expenses.manage", "Manage expenses");

    /** Pay expenses. */
    public static final Permission EXPENSES_PAY = Permission.of("finance.expenses.pay", "Pay expenses");

    /** Read expenses and the expense policy. */
    public static final Permission EXPENSES_READ = Permission.of("finance.expenses.read", "Read expenses");

    /** Update expenses. */
    public static final Permission EXPENSES_UPDATE = Permission.of("finance.expenses.update", "Update expenses");

    /** Manage finance accounts. */
    public static final Permission FINANCE_ACCOUNTS_MANAGE = Permission.of("finance.finance_accounts.manage", "Manage finance accounts");

    /** Read finance accounts. */
    public static final Permission FINANCE_ACCOUNTS_READ = Permission.of("finance.finance_accounts.read", "Read finance accounts");

    /** Create forecasts. */
    public static final Permission FORECASTS_CREATE = Permission.of("finance.forecasts.create", "Create forecasts");

    /** Read forecasts. */
    public static final Permission FORECASTS_READ = Permission.of("finance.forecasts.read", "Read forecasts");

    /** Update forecasts. */
    public static final Permission FORECASTS_UPDATE = Permission.of("finance.forecasts.update", "Update forecasts");

    /** Create invoices. */
    public static final Permission INVOICES_CREATE = Permission.of("finance.invoices.create", "Create invoices");

    /** Issue invoices. */
    public static final Permission INVOICES_ISSUE = Permission.of("finance.invoices.issue", "Issue invoices");

    /** Read invoices. */
    public static final Permission INVOICES_READ = Permission.of("finance.invoices.read", "Read invoices");

    /** Update invoices. */
    public static final Permission INVOICES_UPDATE = Permission.of("finance.invoices.update", "Update invoices");

    /** Void invoices. */
    public static final Permission INVOICES_VOID = Permission.of("finance.invoices.void", "Void invoices");

    /** Post journal entries. */
    public static final Permission JOURNAL_ENTRIES_POST = Permission.of("finance.journal_entries.post", "Post journal entries");

    /** Read journal entries. */
    public static final Permission JOURNAL_ENTRIES_READ = Permission.of("finance.journal_entries.read", "Read journal entries");

    /** Reverse journal entries. */
    public static final Permission JOURNAL_ENTRIES_REVERSE = Permission.of("finance.journal_entries.reverse", "Reverse journal entries");

    /** Create payments. */
    public static final Permission PAYMENTS_CREATE = Permission.of("finance.payments.create", "Create payments");

    /** Read payments. */
    public static final Permission PAYMENTS_READ = Permission.of("finance.payments.read", "Read payments");

    /** Create revenue. */
    public static final Permission REVENUE_CREATE = Permission.of("finance.revenue.create", "Create revenue");

    /** Read revenue and its recognition schedules. */
    public static final Permission REVENUE_READ = Permission.of("finance.revenue.read", "Read revenue");

    /** Update revenue. */
    public static final Permission REVENUE_UPDATE = Permission.of("finance.revenue.update", "Update revenue");

    /** Every permission of the module. */
    public static final List<Permission> ALL = List.of(ACCOUNTS_MANAGE, BUDGETS_APPROVE, BUDGETS_CREATE, BUDGETS_OVERRIDE, BUDGETS_READ, BUDGETS_UPDATE, CASH_FLOW_READ, EXCHANGE_RATES_MANAGE, EXPENSES_APPROVE, EXPENSES_CREATE, EXPENSES_MANAGE, EXPENSES_PAY, EXPENSES_READ, EXPENSES_UPDATE, FINANCE_ACCOUNTS_MANAGE, FINANCE_ACCOUNTS_READ, FORECASTS_CREATE, FORECASTS_READ, FORECASTS_UPDATE, INVOICES_CREATE, INVOICES_ISSUE, INVOICES_READ, INVOICES_UPDATE, INVOICES_VOID, JOURNAL_ENTRIES_POST, JOURNAL_ENTRIES_READ, JOURNAL_ENTRIES_REVERSE, PAYMENTS_CREATE, PAYMENTS_READ, REVENUE_CREATE, REVENUE_READ, REVENUE_UPDATE);

    private FinancePermissions() {}
}
