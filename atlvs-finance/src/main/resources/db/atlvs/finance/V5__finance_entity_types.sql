-- The finance records users discuss, document and classify: invoices and credit notes, expenses (their
-- receipts), payments, budgets, journal entries, revenue, forecasts and treasury accounts become
-- targets of comments, attachments, tags and notifications.
select atlvs.register_entity_type('invoice', 'atlvs.invoices');
select atlvs.register_entity_type('expense', 'atlvs.expenses');
select atlvs.register_entity_type('payment', 'atlvs.payments');
select atlvs.register_entity_type('budget', 'atlvs.budgets');
select atlvs.register_entity_type('journal_entry', 'atlvs.journal_entries');
select atlvs.register_entity_type('revenue', 'atlvs.revenue');
select atlvs.register_entity_type('forecast', 'atlvs.forecasts');
select atlvs.register_entity_type('finance_account', 'atlvs.finance_accounts');
