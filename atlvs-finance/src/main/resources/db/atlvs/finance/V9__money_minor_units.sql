-- Money has no more decimals than the minor unit of its currency: 12.34 EUR, 1234 JPY, 1.234 KWD, never
-- 12.345 EUR or 1234.5 JPY. Amounts are numeric(19, 4) whatever the currency, so the column alone allows
-- four decimals everywhere; each amount that carries its currency on the same row is checked against it
-- here, whatever code writes the row. The SDK checks the same rules first, under the same names
-- (dev.atlvs.finance.FinanceRules), with dev.atlvs.finance.currency.Currencies.minorUnits.
--
-- Amounts whose currency lives on another row are not checked here: the lines of an invoice
-- (invoice_line_items, in the invoice's currency), payment allocations (the payment's), budget lines (the
-- budget's), revenue recognitions (the revenue's), and the base-currency amounts (the organization's).
-- An invoice's total is its subtotal less its discount plus its tax (invoices_total_amount_check), so it
-- holds when they do; what is paid and credited on an invoice the database derives from allocations and
-- credit notes.

-- The decimals of the minor unit of an ISO 4217 currency: 0 for JPY, 3 for KWD, 4 for CLF, 2 for every
-- other code of three capital letters; null for anything else. The same as the JDK's currency data, which
-- the SDK uses (a test compares the two for every currency the SDK knows).
create function atlvs.currency_minor_units(currency text) returns integer
    language plpgsql immutable parallel safe
    set search_path = pg_catalog, atlvs
as $$
begin
    return case
        when currency in ('ADP', 'BEF', 'BIF', 'BYB', 'BYR', 'CLP', 'DJF', 'ESP', 'GNF', 'GRD', 'ISK', 'ITL', 'JPY', 'KMF',
                          'KRW', 'LUF', 'MGF', 'PTE', 'PYG', 'ROL', 'RWF', 'TPE', 'TRL', 'UGX', 'UYI', 'VND', 'VUV', 'XAF',
                          'XOF', 'XPF') then 0
        when currency in ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') then 3
        when currency in ('CLF') then 4
        when currency ~ '^[A-Z]{3}$' then 2
    end;
end
$$;

alter table atlvs.journal_lines
    add constraint journal_lines_debit_minor_unit check (debit = round(debit, atlvs.currency_minor_units(currency)));
alter table atlvs.journal_lines
    add constraint journal_lines_credit_minor_unit check (credit = round(credit, atlvs.currency_minor_units(currency)));

alter table atlvs.finance_accounts
    add constraint finance_accounts_opening_balance_minor_unit
        check (opening_balance = round(opening_balance, atlvs.currency_minor_units(currency)));

alter table atlvs.invoices
    add constraint invoices_subtotal_minor_unit check (subtotal = round(subtotal, atlvs.currency_minor_units(currency)));
alter table atlvs.invoices
    add constraint invoices_discount_amount_minor_unit
        check (discount_amount = round(discount_amount, atlvs.currency_minor_units(currency)));
alter table atlvs.invoices
    add constraint invoices_tax_amount_minor_unit check (tax_amount = round(tax_amount, atlvs.currency_minor_units(currency)));

alter table atlvs.payments
    add constraint payments_amount_minor_unit check (amount = round(amount, atlvs.currency_minor_units(currency)));

alter table atlvs.budgets
    add constraint budgets_amount_minor_unit check (amount = round(amount, atlvs.currency_minor_units(currency)));

alter table atlvs.expenses
    add constraint expenses_amount_minor_unit check (amount = round(amount, atlvs.currency_minor_units(currency)));

alter table atlvs.revenue
    add constraint revenue_amount_minor_unit check (amount = round(amount, atlvs.currency_minor_units(currency)));
alter table atlvs.revenue
    add constraint revenue_received_amount_minor_unit
        check (received_amount = round(received_amount, atlvs.currency_minor_units(currency)));

alter table atlvs.forecasts
    add constraint forecasts_projected_spend_minor_unit
        check (projected_spend = round(projected_spend, atlvs.currency_minor_units(currency)));
alter table atlvs.forecasts
    add constraint forecasts_projected_revenue_minor_unit
        check (projected_revenue = round(projected_revenue, atlvs.currency_minor_units(currency)));
