-- Finance foundations shared by every finance document: dated exchange rates, the ledger kept in the
-- organization's base currency as well as in each transaction currency, the accounts the standard
-- postings go to, and gap-free document numbering.


------------------------------------------------------------------------------------------------------
-- Exchange rates: one unit of base_currency is worth `rate` units of quote_currency from as_of on,
-- until a later rate of the same pair. Rates are the organization's own (its bank's, its contract's).
------------------------------------------------------------------------------------------------------

create table atlvs.exchange_rates (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    base_currency   char(3)        not null,
    quote_currency  char(3)        not null,
    rate            numeric(20, 10) not null,
    as_of           date           not null,
    source          text,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint exchange_rates_pkey primary key (organization_id, id),
    -- One rate per pair and day; the lookup of a pair's rate on a date reads this index backwards.
    constraint exchange_rates_pair_as_of_unique unique (organization_id, base_currency, quote_currency, as_of),
    constraint exchange_rates_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint exchange_rates_base_currency_check check (base_currency ~ '^[A-Z]{3}$'),
    constraint exchange_rates_quote_currency_check check (quote_currency ~ '^[A-Z]{3}$'),
    constraint exchange_rates_pair_check check (base_currency <> quote_currency),
    constraint exchange_rates_rate_check check (rate > 0),
    constraint exchange_rates_source_check check (length(source) <= 200)
);
select atlvs.register_tenant_table('atlvs.exchange_rates');


------------------------------------------------------------------------------------------------------
-- The ledger in the base currency. Each line keeps its amount in its own currency and the same amount
-- in the organization's base currency (converted at the posting date's rate). A posted entry balances
-- in each currency and in the base currency. An exchange-difference line (the gain or loss realized when
-- a foreign-currency document settles at another rate than it was booked at) has no amount in its
-- currency, only in the base currency.
------------------------------------------------------------------------------------------------------

alter table atlvs.journal_lines
    add column base_debit  numeric(19, 4) not null default 0,
    add column base_credit numeric(19, 4) not null default 0,
    drop constraint journal_lines_one_side_check,
    add constraint journal_lines_base_debit_check check (base_debit >= 0),
    add constraint journal_lines_base_credit_check check (base_credit >= 0),
    -- One side: a regular line has one non-zero side, and its base amount is non-zero on that same side;
    -- an exchange-difference line has no amount, and one non-zero side in the base currency.
    add constraint journal_lines_one_side_check check (
        ((debit = 0) <> (credit = 0) and (debit = 0) = (base_debit = 0) and (credit = 0) = (base_credit = 0))
        or (debit = 0 and credit = 0 and (base_debit = 0) <> (base_credit = 0)));
comment on column atlvs.journal_lines.base_debit is
    'The debit in the organization''s base currency; equal to debit for a line in the base currency.';
comment on column atlvs.journal_lines.base_credit is
    'The credit in the organization''s base currency; equal to credit for a line in the base currency.';

-- A line in the base currency carries the same amounts twice; the database fills them in so that no
-- writer can disagree with itself.
create function atlvs.set_journal_line_base() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if new.currency = (select o.base_currency from atlvs.organizations o where o.id = new.organization_id) then
        new.base_debit := new.debit;
        new.base_credit := new.credit;
    end if;
    return new;
end
$$;

create trigger set_journal_line_base
    before insert or update of debit, credit, currency, base_debit, base_credit on atlvs.journal_lines
    for each row execute function atlvs.set_journal_line_base();

-- A posted entry has at least two lines and balances in each currency and in the base currency
-- (Σ debit = Σ credit): checked at commit, once the entry and all its lines are written.
create function atlvs.require_balanced_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    entry uuid;
begin
    if tg_table_name = 'journal_entries' then
        entry := new.id;
    else
        entry := case when tg_op = 'DELETE' then old.entry_id else new.entry_id end;
    end if;
    if exists (select 1 from atlvs.journal_entries e
                where e.organization_id = tenant and e.id = entry and e.status <> 'draft')
       and ((select count(*) from atlvs.journal_lines l where l.organization_id = tenant and l.entry_id = entry) < 2
            or exists (select 1 from atlvs.journal_lines l
                        where l.organization_id = tenant and l.entry_id = entry
                        group by l.currency
                       having sum(l.debit) <> sum(l.credit))
            or exists (select 1 from atlvs.journal_lines l
                        where l.organization_id = tenant and l.entry_id = entry
                       having sum(l.base_debit) <> sum(l.base_credit))) then
        raise exception 'a posted journal entry has two lines or more and its debits equal its credits in each currency and in the base currency'
            using errcode = 'check_violation', constraint = 'journal_entries_balanced', table = 'journal_lines',
                  column = 'debit';
    end if;
    return null;
end
$$;

create constraint trigger require_balanced_entry
    after insert or update of status on atlvs.journal_entries
    deferrable initially deferred
    for each row execute function atlvs.require_balanced_entry();

create constraint trigger require_balanced_entry
    after insert or update or delete on atlvs.journal_lines
    deferrable initially deferred
    for each row execute function atlvs.require_balanced_entry();

-- The base currency of an organization is the currency its books are kept in: it does not change once
-- a journal entry is posted.
create function atlvs.check_base_currency_change() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if new.base_currency is distinct from old.base_currency
       and exists (select 1 from atlvs.journal_entries e where e.organization_id = old.id and e.status <> 'draft') then
        raise exception 'the base currency does not change once the organization has posted journal entries'
            using errcode = 'check_violation', constraint = 'organizations_base_currency_fixed', table = 'organizations',
                  column = 'base_currency';
    end if;
    return new;
end
$$;

create trigger check_base_currency_change
    before update of base_currency on atlvs.organizations
    for each row execute function atlvs.check_base_currency_change();


------------------------------------------------------------------------------------------------------
-- Posting accounts: which account of the chart each standard posting goes to (receivables, payables,
-- tax, revenue, expense, cash, exchange gains and losses...). One account per purpose.
------------------------------------------------------------------------------------------------------

create table atlvs.posting_accounts (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    purpose         text        not null,
    account_id      uuid        not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint posting_accounts_pkey primary key (organization_id, id),
    constraint posting_accounts_purpose_unique unique (organization_id, purpose),
    constraint posting_accounts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint posting_accounts_account_fkey foreign key (organization_id, account_id)
        references atlvs.accounts (organization_id, id),
    constraint posting_accounts_purpose_check check (purpose in (
        'cash', 'accounts_receivable', 'accounts_payable', 'tax_payable', 'tax_receivable', 'revenue',
        'deferred_revenue', 'expense', 'fx_gain', 'fx_loss', 'retained_earnings', 'depreciation_expense',
        'accumulated_depreciation'))
);
create index posting_accounts_account_idx on atlvs.posting_accounts (organization_id, account_id);
select atlvs.register_tenant_table('atlvs.posting_accounts');


------------------------------------------------------------------------------------------------------
-- Document numbering: gap-free numbers per organization, kind of document and year. The next number is
-- taken by an upsert that locks the counter row until the transaction ends, so concurrent issuers
-- queue, and a rolled-back transaction gives its number back.
------------------------------------------------------------------------------------------------------

create table atlvs.document_sequences (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    kind            text        not null,
    year            integer     not null,
    last_number     bigint      not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint document_sequences_pkey primary key (organization_id, id),
    constraint document_sequences_kind_year_unique unique (organization_id, kind, year),
    constraint document_sequences_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint document_sequences_kind_check check (kind ~ '^[a-z][a-z0-9_]{0,39}$'),
    constraint document_sequences_year_check check (year between 1900 and 9999),
    constraint document_sequences_last_number_check check (last_number >= 1)
);
select atlvs.register_tenant_table('atlvs.document_sequences');

-- The next number of `kind` in `year` for the current organization: 1, 2, 3... without gaps among
-- committed transactions.
create function atlvs.next_document_number(kind text, year integer) returns bigint
    language sql
    set search_path = pg_catalog, atlvs
as $$
    insert into atlvs.document_sequences as s (organization_id, kind, year, last_number)
    values (atlvs.current_tenant(), next_document_number.kind, next_document_number.year, 1)
    on conflict (organization_id, kind, year) do update set last_number = s.last_number + 1
    returning s.last_number
$$;
