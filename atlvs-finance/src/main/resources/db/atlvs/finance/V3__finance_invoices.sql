-- Finance, receivables and payables: the accounts that hold money (finance_accounts), invoices and
-- credit notes in both directions with their line items, and payments allocated to invoices.
--
-- What must hold whatever code writes the rows lives here, and Java repeats it only to report it first:
-- once issued, an invoice's amounts, lines and parties are frozen; its amount paid is the sum of its
-- allocations and its amount credited the sum of its issued credit notes (both recomputed by the
-- database, never trusted from the writer); its status follows from those amounts; it is voided only
-- while nothing is paid or credited on it; the allocations of a payment never exceed the payment, and
-- those of an invoice never exceed what is open on it, under any concurrency (the payment and the
-- invoice rows are locked before the sums are read); a finance account with a non-zero balance is not
-- closed. Overdue is derived from the due date, never stored (see invoices_overview).


------------------------------------------------------------------------------------------------------
-- Finance accounts: where money is held (a bank account, a card, the cash box, an on-site petty-cash
-- float, a merchant or escrow account), each booked on one account of the chart. The balance is derived:
-- the opening balance plus the posted lines of the linked GL account in the account's currency.
-- Account numbers are never stored in full: only their last four characters, redacted in the audit trail.
------------------------------------------------------------------------------------------------------

create table atlvs.finance_accounts (
    organization_id      uuid           not null,
    id                   uuid           not null default atlvs.uuid_v7(),
    name                 text           not null,
    kind                 text           not null,
    currency             char(3)        not null,
    gl_account_id        uuid           not null,
    bank_name            text,
    account_number_last4 text,
    opening_balance      numeric(19, 4) not null default 0,
    opening_date         date,
    status               text           not null default 'active',
    notes                text,
    created_at           timestamptz    not null,
    created_by           uuid,
    updated_at           timestamptz    not null,
    updated_by           uuid,
    version              bigint         not null,
    constraint finance_accounts_pkey primary key (organization_id, id),
    constraint finance_accounts_name_unique unique (organization_id, name),
    -- One finance account per GL account, so the GL account's lines are that finance account's movements.
    constraint finance_accounts_gl_account_unique unique (organization_id, gl_account_id),
    constraint finance_accounts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint finance_accounts_gl_account_fkey foreign key (organization_id, gl_account_id)
        references atlvs.accounts (organization_id, id),
    constraint finance_accounts_name_check check (length(btrim(name)) between 1 and 200),
    constraint finance_accounts_kind_check
        check (kind in ('general', 'bank', 'card', 'cash', 'petty_cash', 'merchant', 'escrow')),
    constraint finance_accounts_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint finance_accounts_bank_name_check check (length(bank_name) <= 200),
    constraint finance_accounts_account_number_last4_check check (account_number_last4 ~ '^[A-Za-z0-9]{4}$'),
    constraint finance_accounts_status_check check (status in ('active', 'inactive', 'closed')),
    constraint finance_accounts_notes_check check (length(notes) <= 2000)
);
comment on column atlvs.finance_accounts.account_number_last4 is
    'The last four characters of the account or card number; the full number is never stored.';
create index finance_accounts_status_idx on atlvs.finance_accounts (organization_id, status, name);
select atlvs.register_tenant_table('atlvs.finance_accounts', sensitive_columns => array['account_number_last4']);

-- The balance of a finance account in its currency on every posted (or reversed, whose reversal is posted
-- too) line of its GL account.
create function atlvs.finance_account_balance(tenant uuid, account uuid) returns numeric
    language sql stable
    set search_path = pg_catalog, atlvs
as $$
    select f.opening_balance
           + coalesce((select sum(l.debit) - sum(l.credit)
                         from atlvs.journal_lines l
                         join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                        where l.organization_id = f.organization_id and l.account_id = f.gl_account_id
                          and l.currency = f.currency and e.status <> 'draft'), 0)
      from atlvs.finance_accounts f
     where f.organization_id = tenant and f.id = account
$$;

-- A closed account stays closed; an account is closed only at a zero balance.
create function atlvs.check_finance_account() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'finance_accounts');
    if tg_op = 'UPDATE' and old.status = 'closed' and new.status <> 'closed' then
        raise exception 'a closed finance account is not reopened'
            using errcode = 'check_violation', constraint = 'finance_accounts_closed_final', table = 'finance_accounts',
                  column = 'status';
    end if;
    if new.status = 'closed' and (tg_op = 'INSERT' or old.status <> 'closed') then
        if new.opening_balance
           + coalesce((select sum(l.debit) - sum(l.credit)
                         from atlvs.journal_lines l
                         join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
                        where l.organization_id = new.organization_id and l.account_id = new.gl_account_id
                          and l.currency = new.currency and e.status <> 'draft'), 0) <> 0 then
            raise exception 'a finance account is closed only at a zero balance'
                using errcode = 'check_violation', constraint = 'finance_accounts_closed_zero_balance',
                      table = 'finance_accounts', column = 'status';
        end if;
    end if;
    return new;
end
$$;

create trigger check_finance_account
    before insert or update on atlvs.finance_accounts
    for each row execute function atlvs.check_finance_account();

create view atlvs.finance_account_balances with (security_invoker = true) as
    select f.organization_id, f.id, f.name, f.kind, f.currency, f.status, f.gl_account_id,
           atlvs.finance_account_balance(f.organization_id, f.id) as balance
      from atlvs.finance_accounts f;

comment on view atlvs.finance_account_balances is
    'Each finance account with its derived balance: opening balance + posted lines of its GL account in its currency.';


------------------------------------------------------------------------------------------------------
-- Invoices: receivable (to a client) and payable (from a vendor) invoices and credit notes. A credit
-- note credits one issued invoice of the same direction and currency and reduces what is open on it.
-- Lifecycle (L-DOC): draft → issued → partially_paid → paid; draft or issued → void. The number is taken
-- at issue (gap-free per organization, numbering kind and year). The counterparty is kept by name and
-- e-mail until the companies module exists; it then gains a company reference.
------------------------------------------------------------------------------------------------------

create table atlvs.invoices (
    organization_id     uuid           not null,
    id                  uuid           not null default atlvs.uuid_v7(),
    direction           text           not null,
    kind                text           not null default 'invoice',
    invoice_number      text,
    credited_invoice_id uuid,
    counterparty_name   text           not null,
    counterparty_email  text,
    vendor_reference    text,
    project_id          uuid,
    title               text           not null,
    notes               text,
    currency            char(3)        not null,
    issue_date          date,
    due_date            date,
    payment_terms_days  integer        not null default 30,
    subtotal            numeric(19, 4) not null default 0,
    discount_amount     numeric(19, 4) not null default 0,
    tax_amount          numeric(19, 4) not null default 0,
    total_amount        numeric(19, 4) not null default 0,
    amount_paid         numeric(19, 4) not null default 0,
    amount_credited     numeric(19, 4) not null default 0,
    exchange_rate       numeric(20, 10),
    base_total_amount   numeric(19, 4),
    status              text           not null default 'draft',
    journal_entry_id    uuid,
    issued_at           timestamptz,
    voided_at           timestamptz,
    created_at          timestamptz    not null,
    created_by          uuid,
    updated_at          timestamptz    not null,
    updated_by          uuid,
    version             bigint         not null,
    constraint invoices_pkey primary key (organization_id, id),
    constraint invoices_number_unique unique (organization_id, direction, kind, invoice_number),
    constraint invoices_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint invoices_credited_invoice_fkey foreign key (organization_id, credited_invoice_id)
        references atlvs.invoices (organization_id, id),
    constraint invoices_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint invoices_journal_entry_fkey foreign key (organization_id, journal_entry_id)
        references atlvs.journal_entries (organization_id, id),
    constraint invoices_direction_check check (direction in ('receivable', 'payable')),
    constraint invoices_kind_check check (kind in ('invoice', 'credit_note')),
    constraint invoices_status_check check (status in ('draft', 'issued', 'partially_paid', 'paid', 'void')),
    constraint invoices_invoice_number_check check (invoice_number ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
    constraint invoices_credited_invoice_id_check
        check ((kind = 'credit_note') = (credited_invoice_id is not null) and credited_invoice_id <> id),
    constraint invoices_counterparty_name_check check (length(btrim(counterparty_name)) between 1 and 200),
    constraint invoices_counterparty_email_check check (counterparty_email ~ '^[^@\s]+@[^@\s]+$' and length(counterparty_email) <= 320),
    constraint invoices_vendor_reference_check check (length(vendor_reference) <= 100),
    constraint invoices_title_check check (length(btrim(title)) between 1 and 300),
    constraint invoices_notes_check check (length(notes) <= 4000),
    constraint invoices_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint invoices_payment_terms_days_check check (payment_terms_days between 0 and 365),
    constraint invoices_due_date_check check (due_date >= issue_date),
    constraint invoices_subtotal_check check (subtotal >= 0),
    constraint invoices_discount_amount_check check (discount_amount >= 0 and discount_amount <= subtotal),
    constraint invoices_tax_amount_check check (tax_amount >= 0),
    constraint invoices_total_amount_check check (total_amount = subtotal - discount_amount + tax_amount),
    constraint invoices_amount_paid_check check (amount_paid >= 0),
    constraint invoices_amount_credited_check check (amount_credited >= 0),
    -- Never more paid and credited than invoiced; a credit note is never paid nor credited itself.
    constraint invoices_settled_check check (amount_paid + amount_credited <= total_amount
                                             and (kind = 'invoice' or (amount_paid = 0 and amount_credited = 0))),
    constraint invoices_exchange_rate_check check (exchange_rate > 0),
    constraint invoices_base_total_amount_check check (base_total_amount >= 0),
    -- A draft has no number, dates of issue or posting; an issued invoice has its number and dates, and
    -- keeps them when voided.
    constraint invoices_issued_check check (
        (status = 'draft' and invoice_number is null and issued_at is null and journal_entry_id is null)
        or (status = 'void' and (invoice_number is null) = (issued_at is null))
        or (status <> 'draft' and invoice_number is not null and issue_date is not null and due_date is not null
            and issued_at is not null)),
    constraint invoices_voided_at_check check ((status = 'void') = (voided_at is not null))
);
comment on column atlvs.invoices.amount_paid is 'Derived by the database: the sum of the invoice''s payment allocations.';
comment on column atlvs.invoices.amount_credited is 'Derived by the database: the sum of the totals of its issued credit notes.';
comment on column atlvs.invoices.status is
    'draft, void, or derived from the amounts once issued: paid when nothing is open, partially_paid when something is paid, else issued.';
comment on column atlvs.invoices.exchange_rate is 'Units of the base currency per unit of the invoice currency it was booked at.';
comment on column atlvs.invoices.base_total_amount is 'The total in the base currency as booked at issue.';
create index invoices_status_due_idx on atlvs.invoices (organization_id, direction, status, due_date);
create index invoices_credited_invoice_idx on atlvs.invoices (organization_id, credited_invoice_id)
    where credited_invoice_id is not null;
create index invoices_project_idx on atlvs.invoices (organization_id, project_id) where project_id is not null;
create index invoices_journal_entry_idx on atlvs.invoices (organization_id, journal_entry_id) where journal_entry_id is not null;
create index invoices_counterparty_idx on atlvs.invoices (organization_id, direction, counterparty_name, issue_date);
select atlvs.register_tenant_table('atlvs.invoices', sensitive_columns => array['counterparty_email']);

create table atlvs.invoice_line_items (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    invoice_id      uuid           not null,
    line_number     integer        not null,
    description     text           not null,
    quantity        numeric(19, 4) not null,
    unit_price      numeric(19, 4) not null,
    discount_rate   numeric(5, 2)  not null default 0,
    tax_rate        numeric(5, 2)  not null default 0,
    line_subtotal   numeric(19, 4) not null,
    discount_amount numeric(19, 4) not null default 0,
    tax_amount      numeric(19, 4) not null default 0,
    line_total      numeric(19, 4) not null,
    gl_account_id   uuid,
    project_id      uuid,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint invoice_line_items_pkey primary key (organization_id, id),
    constraint invoice_line_items_line_number_unique unique (organization_id, invoice_id, line_number),
    constraint invoice_line_items_invoice_fkey foreign key (organization_id, invoice_id)
        references atlvs.invoices (organization_id, id) on delete cascade,
    constraint invoice_line_items_gl_account_fkey foreign key (organization_id, gl_account_id)
        references atlvs.accounts (organization_id, id),
    constraint invoice_line_items_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint invoice_line_items_line_number_check check (line_number >= 1),
    constraint invoice_line_items_description_check check (length(btrim(description)) between 1 and 1000),
    constraint invoice_line_items_quantity_check check (quantity > 0),
    constraint invoice_line_items_unit_price_check check (unit_price >= 0),
    constraint invoice_line_items_discount_rate_check check (discount_rate between 0 and 100),
    constraint invoice_line_items_tax_rate_check check (tax_rate between 0 and 100),
    constraint invoice_line_items_line_subtotal_check check (line_subtotal >= 0),
    constraint invoice_line_items_discount_amount_check check (discount_amount between 0 and line_subtotal),
    constraint invoice_line_items_tax_amount_check check (tax_amount >= 0),
    constraint invoice_line_items_line_total_check check (line_total = line_subtotal - discount_amount + tax_amount)
);
comment on column atlvs.invoice_line_items.line_total is
    'Derived: line_subtotal (quantity × unit price, rounded) − discount_amount (rounded) + tax_amount (rounded).';
create index invoice_line_items_gl_account_idx on atlvs.invoice_line_items (organization_id, gl_account_id)
    where gl_account_id is not null;
create index invoice_line_items_project_idx on atlvs.invoice_line_items (organization_id, project_id)
    where project_id is not null;
select atlvs.register_tenant_table('atlvs.invoice_line_items');


------------------------------------------------------------------------------------------------------
-- Payments: money received (receipts, settling receivable invoices) or paid out (disbursements,
-- settling payable invoices), allocated to invoices of the same currency. A recorded payment keeps its
-- amount, currency, direction, date and account: corrections are new documents.
------------------------------------------------------------------------------------------------------

create table atlvs.payments (
    organization_id    uuid           not null,
    id                 uuid           not null default atlvs.uuid_v7(),
    direction          text           not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    method             text           not null,
    paid_on            date           not null,
    reference          text,
    counterparty_name  text,
    finance_account_id uuid,
    exchange_rate      numeric(20, 10),
    journal_entry_id   uuid,
    notes              text,
    created_at         timestamptz    not null,
    created_by         uuid,
    updated_at         timestamptz    not null,
    updated_by         uuid,
    version            bigint         not null,
    constraint payments_pkey primary key (organization_id, id),
    constraint payments_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint payments_finance_account_fkey foreign key (organization_id, finance_account_id)
        references atlvs.finance_accounts (organization_id, id),
    constraint payments_journal_entry_fkey foreign key (organization_id, journal_entry_id)
        references atlvs.journal_entries (organization_id, id),
    constraint payments_direction_check check (direction in ('receipt', 'disbursement')),
    constraint payments_amount_check check (amount > 0),
    constraint payments_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint payments_method_check check (method in ('bank_transfer', 'card', 'cash', 'check', 'direct_debit', 'other')),
    constraint payments_reference_check check (length(reference) <= 200),
    constraint payments_counterparty_name_check check (length(btrim(counterparty_name)) between 1 and 200),
    constraint payments_exchange_rate_check check (exchange_rate > 0),
    constraint payments_notes_check check (length(notes) <= 2000)
);
comment on column atlvs.payments.exchange_rate is 'Units of the base currency per unit of the payment currency on the payment date.';
create index payments_paid_on_idx on atlvs.payments (organization_id, direction, paid_on);
create index payments_finance_account_idx on atlvs.payments (organization_id, finance_account_id, paid_on)
    where finance_account_id is not null;
create index payments_journal_entry_idx on atlvs.payments (organization_id, journal_entry_id) where journal_entry_id is not null;
select atlvs.register_tenant_table('atlvs.payments');

create table atlvs.payment_allocations (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    payment_id      uuid           not null,
    invoice_id      uuid           not null,
    amount          numeric(19, 4) not null,
    base_amount     numeric(19, 4),
    allocated_on    date           not null,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint payment_allocations_pkey primary key (organization_id, id),
    constraint payment_allocations_payment_invoice_unique unique (organization_id, payment_id, invoice_id),
    constraint payment_allocations_payment_fkey foreign key (organization_id, payment_id)
        references atlvs.payments (organization_id, id) on delete cascade,
    constraint payment_allocations_invoice_fkey foreign key (organization_id, invoice_id)
        references atlvs.invoices (organization_id, id),
    constraint payment_allocations_amount_check check (amount > 0),
    constraint payment_allocations_base_amount_check check (base_amount >= 0)
);
comment on column atlvs.payment_allocations.base_amount is
    'The part of the invoice''s booked base-currency amount this allocation settles (set when the payment is posted).';
create index payment_allocations_invoice_idx on atlvs.payment_allocations (organization_id, invoice_id);
select atlvs.register_tenant_table('atlvs.payment_allocations');


------------------------------------------------------------------------------------------------------
-- The invoice rules.
------------------------------------------------------------------------------------------------------

-- Before every write of an invoice: the derived amounts and status are recomputed; an issued invoice
-- changes only in its derived settlement, its status and losing a deleted project; lifecycle moves are
-- draft → issued/void and issued → void (nothing paid or credited); issuing needs lines that add up to the
-- totals, and a credit note credits an issued invoice of the same direction and currency. An issued
-- invoice is never deleted (unless with its organization).
create function atlvs.check_invoice() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    settlement text[] := array['status', 'amount_paid', 'amount_credited', 'project_id', 'voided_at',
                               'updated_at', 'updated_by', 'version'];
    changed text;
    credited atlvs.invoices;
    sums record;
begin
    if tg_op = 'DELETE' then
        perform atlvs.require_current_tenant(old.organization_id, 'invoices');
        if old.invoice_number is not null and exists (select 1 from atlvs.organizations o where o.id = old.organization_id) then
            raise exception 'an invoice that had a number is never deleted; void it or issue a credit note'
                using errcode = 'check_violation', constraint = 'invoices_issued_frozen', table = 'invoices', column = 'status';
        end if;
        return old;
    end if;
    perform atlvs.require_current_tenant(new.organization_id, 'invoices');

    new.amount_paid := coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                  where a.organization_id = new.organization_id and a.invoice_id = new.id), 0);
    new.amount_credited := coalesce((select sum(c.total_amount) from atlvs.invoices c
                                      where c.organization_id = new.organization_id and c.credited_invoice_id = new.id
                                        and c.kind = 'credit_note' and c.status not in ('draft', 'void')), 0);

    if tg_op = 'UPDATE' and old.status <> 'draft' then
        select n.key into changed
          from jsonb_each(to_jsonb(new)) n
         where not (n.key = any (settlement)) and n.value is distinct from to_jsonb(old) -> n.key
         limit 1;
        if changed is not null or (new.project_id is distinct from old.project_id and new.project_id is not null) then
            raise exception 'an issued invoice does not change; issue a credit note'
                using errcode = 'check_violation', constraint = 'invoices_issued_frozen', table = 'invoices',
                      column = coalesce(changed, 'project_id');
        end if;
        if old.status = 'void' and new.status <> 'void' then
            raise exception 'a void invoice stays void'
                using errcode = 'check_violation', constraint = 'invoices_void_final', table = 'invoices', column = 'status';
        end if;
    end if;

    if new.status = 'void' and (tg_op = 'INSERT' or old.status <> 'void') then
        if new.amount_paid <> 0 or new.amount_credited <> 0 then
            raise exception 'an invoice with payments or credit notes is not voided'
                using errcode = 'check_violation', constraint = 'invoices_void_unpaid', table = 'invoices', column = 'status';
        end if;
        if new.kind = 'credit_note' and tg_op = 'UPDATE' and old.status <> 'draft' then
            raise exception 'an issued credit note is not voided; issue an invoice instead'
                using errcode = 'check_violation', constraint = 'invoices_void_unpaid', table = 'invoices', column = 'status';
        end if;
        new.voided_at := coalesce(new.voided_at, now());
        return new;
    end if;

    if new.status <> 'draft' and (tg_op = 'INSERT' or old.status = 'draft') then
        -- Issuing.
        select count(*) as lines, coalesce(sum(l.line_subtotal), 0) as subtotal, coalesce(sum(l.discount_amount), 0) as discount,
               coalesce(sum(l.tax_amount), 0) as tax, coalesce(sum(l.line_total), 0) as total
          into sums
          from atlvs.invoice_line_items l
         where l.organization_id = new.organization_id and l.invoice_id = new.id;
        if sums.lines = 0 or sums.subtotal <> new.subtotal or sums.discount <> new.discount_amount
           or sums.tax <> new.tax_amount or sums.total <> new.total_amount then
            raise exception 'an issued invoice has lines, and its totals are the sums of its lines'
                using errcode = 'check_violation', constraint = 'invoices_lines_total', table = 'invoices', column = 'total_amount';
        end if;
        if new.kind = 'credit_note' then
            select * into credited from atlvs.invoices c
             where c.organization_id = new.organization_id and c.id = new.credited_invoice_id;
            if not found or credited.kind <> 'invoice' or credited.status not in ('issued', 'partially_paid')
               or credited.direction <> new.direction or credited.currency <> new.currency then
                raise exception 'a credit note credits an issued, open invoice of the same direction and currency'
                    using errcode = 'check_violation', constraint = 'invoices_credit_note_target', table = 'invoices',
                          column = 'credited_invoice_id';
            end if;
        end if;
        new.issued_at := coalesce(new.issued_at, now());
    end if;

    if new.status <> 'draft' then
        new.status := case
            when new.kind = 'invoice' and new.amount_paid + new.amount_credited >= new.total_amount then 'paid'
            when new.amount_paid > 0 then 'partially_paid'
            else 'issued' end;
    end if;
    return new;
end
$$;

create trigger check_invoice
    before insert or update or delete on atlvs.invoices
    for each row execute function atlvs.check_invoice();

-- When a credit note is issued, the invoice it credits is locked, checked for room, and recomputed.
create function atlvs.apply_credit_note() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    credited atlvs.invoices;
begin
    if new.kind <> 'credit_note' or new.status = 'draft' or (tg_op = 'UPDATE' and old.status <> 'draft') then
        return null;
    end if;
    select * into credited from atlvs.invoices c
     where c.organization_id = new.organization_id and c.id = new.credited_invoice_id
       for update;
    if credited.total_amount - credited.amount_paid
       - coalesce((select sum(c.total_amount) from atlvs.invoices c
                    where c.organization_id = new.organization_id and c.credited_invoice_id = new.credited_invoice_id
                      and c.kind = 'credit_note' and c.status not in ('draft', 'void')), 0) < 0 then
        raise exception 'a credit note credits no more than is open on the invoice'
            using errcode = 'check_violation', constraint = 'invoices_credit_exceeds_open', table = 'invoices',
                  column = 'total_amount';
    end if;
    update atlvs.invoices c set amount_credited = c.amount_credited
     where c.organization_id = new.organization_id and c.id = new.credited_invoice_id;
    return null;
end
$$;

create trigger apply_credit_note
    after insert or update of status on atlvs.invoices
    for each row execute function atlvs.apply_credit_note();

-- The lines of an issued invoice do not change.
create trigger check_invoice_line_item
    before insert or update or delete on atlvs.invoice_line_items
    for each row execute function atlvs.check_frozen_parent_line(
        'invoices', 'invoice_id', 'invoices_issued_frozen',
        'the lines of an issued invoice do not change; issue a credit note');


------------------------------------------------------------------------------------------------------
-- The payment rules.
------------------------------------------------------------------------------------------------------

-- A payment keeps what was recorded: amount, currency, direction, date and account; its posting entry is
-- set once.
create function atlvs.check_payment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'payments');
    if tg_op = 'UPDATE' then
        if (new.amount, new.currency, new.direction, new.paid_on, new.finance_account_id)
               is distinct from (old.amount, old.currency, old.direction, old.paid_on, old.finance_account_id)
           or (old.journal_entry_id is not null and new.journal_entry_id is distinct from old.journal_entry_id) then
            raise exception 'a recorded payment keeps its amount, currency, direction, date, account and posting'
                using errcode = 'check_violation', constraint = 'payments_recorded_fixed', table = 'payments',
                      column = case when new.amount <> old.amount then 'amount' else 'paid_on' end;
        end if;
    end if;
    return new;
end
$$;

create trigger check_payment
    before insert or update on atlvs.payments
    for each row execute function atlvs.check_payment();

-- An allocation settles an issued invoice (not a credit note) of the payment's currency and matching
-- direction. The payment and the invoice are locked first (always in this order; writers allocate in
-- invoice-id order so that no two wait on each other), then the sums are read: a concurrent allocator
-- waits, and then sees this one's allocation, so neither the payment's nor the invoice's amount is ever
-- exceeded. The allocations of a posted payment are not removed (unless with the organization).
create function atlvs.check_payment_allocation() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    payment atlvs.payments;
    invoice atlvs.invoices;
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
begin
    perform atlvs.require_current_tenant(tenant, 'payment_allocations');
    if tg_op = 'DELETE' then
        if exists (select 1 from atlvs.organizations o where o.id = tenant)
           and exists (select 1 from atlvs.payments p
                        where p.organization_id = tenant and p.id = old.payment_id and p.journal_entry_id is not null) then
            raise exception 'the allocations of a posted payment are not removed'
                using errcode = 'check_violation', constraint = 'payment_allocations_posted_fixed', table = 'payment_allocations',
                      column = 'payment_id';
        end if;
        return old;
    end if;
    if tg_op = 'UPDATE' and (new.payment_id, new.invoice_id, new.amount) = (old.payment_id, old.invoice_id, old.amount) then
        return new;
    end if;
    select * into payment from atlvs.payments p where p.organization_id = tenant and p.id = new.payment_id for update;
    select * into invoice from atlvs.invoices i where i.organization_id = tenant and i.id = new.invoice_id for update;
    if not found or payment.id is null then
        return new; -- the foreign keys report it
    end if;
    if tg_op = 'UPDATE' and payment.journal_entry_id is not null then
        raise exception 'the allocations of a posted payment are not changed'
            using errcode = 'check_violation', constraint = 'payment_allocations_posted_fixed', table = 'payment_allocations',
                  column = 'amount';
    end if;
    if invoice.kind <> 'invoice' or invoice.status not in ('issued', 'partially_paid', 'paid')
       or invoice.currency <> payment.currency
       or (invoice.direction = 'receivable') <> (payment.direction = 'receipt') then
        raise exception 'a payment settles issued invoices of its currency: receipts receivable ones, disbursements payable ones'
            using errcode = 'check_violation', constraint = 'payment_allocations_invoice_match', table = 'payment_allocations',
                  column = 'invoice_id';
    end if;
    if coalesce((select sum(a.amount) from atlvs.payment_allocations a
                  where a.organization_id = tenant and a.payment_id = new.payment_id and a.id <> new.id), 0)
       + new.amount > payment.amount then
        raise exception 'the allocations of a payment total no more than the payment'
            using errcode = 'check_violation', constraint = 'payment_allocations_payment_amount', table = 'payment_allocations',
                  column = 'amount';
    end if;
    if coalesce((select sum(a.amount) from atlvs.payment_allocations a
                  where a.organization_id = tenant and a.invoice_id = new.invoice_id and a.id <> new.id), 0)
       + new.amount > invoice.total_amount - invoice.amount_credited then
        raise exception 'an allocation settles no more than is open on the invoice'
            using errcode = 'check_violation', constraint = 'payment_allocations_invoice_open', table = 'payment_allocations',
                  column = 'amount';
    end if;
    return new;
end
$$;

create trigger check_payment_allocation
    before insert or update or delete on atlvs.payment_allocations
    for each row execute function atlvs.check_payment_allocation();

-- The invoices an allocation touches get their amount paid and status recomputed.
create function atlvs.settle_invoice() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'UPDATE' and (new.invoice_id, new.amount) = (old.invoice_id, old.amount) then
        return null;
    end if;
    update atlvs.invoices i set amount_paid = i.amount_paid
     where i.organization_id = case when tg_op = 'DELETE' then old.organization_id else new.organization_id end
       and i.id in (case when tg_op <> 'DELETE' then new.invoice_id end, case when tg_op <> 'INSERT' then old.invoice_id end);
    return null;
end
$$;

create trigger settle_invoice
    after insert or delete or update of invoice_id, amount on atlvs.payment_allocations
    for each row execute function atlvs.settle_invoice();


------------------------------------------------------------------------------------------------------
-- Invoices with what is derived from them: the amount due, and whether (and for how many days) they are
-- overdue today. Overdue is never stored: an invoice is overdue while something is open after its due date.
------------------------------------------------------------------------------------------------------

create view atlvs.invoices_overview with (security_invoker = true) as
    select i.organization_id, i.id, i.direction, i.kind, i.invoice_number, i.counterparty_name, i.project_id,
           i.currency, i.issue_date, i.due_date, i.total_amount, i.amount_paid, i.amount_credited,
           case when i.kind = 'invoice' and i.status not in ('draft', 'void')
                then i.total_amount - i.amount_paid - i.amount_credited else 0 end as amount_due,
           i.status,
           (i.kind = 'invoice' and i.status in ('issued', 'partially_paid') and i.due_date < current_date) as is_overdue,
           case when i.kind = 'invoice' and i.status in ('issued', 'partially_paid') and i.due_date < current_date
                then current_date - i.due_date else 0 end as days_overdue
      from atlvs.invoices i;

comment on view atlvs.invoices_overview is
    'Invoices with their derived amount due and overdue state as of today (overdue: open after the due date).';
