-- Finance, the double-entry ledger core: the chart of accounts (the GL), fiscal periods, and journal
-- entries (the catalog's finance_transactions, kept as a view) with their lines.
--
-- What must hold whatever code writes the rows lives here, and Java repeats it only to report it first:
-- a line has exactly one non-zero side; a posted entry balances per currency (checked at commit, so an
-- entry and its lines can be written in any order within one transaction); posted entries and their
-- lines never change (corrections are reversing entries; the one change a posted entry accepts is being
-- marked reversed once its reversing entry is posted); nothing posts into a closed fiscal period; the
-- periods of an organization never overlap; the account tree has no loops.


------------------------------------------------------------------------------------------------------
-- Accounts: the general-ledger chart (1000 Cash, 1200 Accounts Receivable, 2000 Accounts Payable, ...)
-- in an acyclic tree. The normal balance follows from the type: debit for assets and expenses, credit
-- for liabilities, equity and revenue.
------------------------------------------------------------------------------------------------------

create table atlvs.accounts (
    organization_id   uuid        not null,
    id                uuid        not null default atlvs.uuid_v7(),
    account_number    text        not null,
    name              text        not null,
    description       text,
    type              text        not null,
    normal_balance    text        not null,
    parent_account_id uuid,
    currency          char(3),
    is_active         boolean     not null default true,
    created_at        timestamptz not null,
    created_by        uuid,
    updated_at        timestamptz not null,
    updated_by        uuid,
    version           bigint      not null,
    constraint accounts_pkey primary key (organization_id, id),
    constraint accounts_account_number_unique unique (organization_id, account_number),
    constraint accounts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint accounts_parent_fkey foreign key (organization_id, parent_account_id)
        references atlvs.accounts (organization_id, id),
    constraint accounts_account_number_check check (account_number ~ '^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$'),
    constraint accounts_name_check check (length(btrim(name)) between 1 and 200),
    constraint accounts_description_check check (length(description) <= 2000),
    constraint accounts_type_check check (type in ('asset', 'liability', 'equity', 'revenue', 'expense')),
    constraint accounts_normal_balance_check check (normal_balance in ('debit', 'credit')),
    constraint accounts_normal_balance_type_check
        check ((normal_balance = 'debit') = (type in ('asset', 'expense'))),
    constraint accounts_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint accounts_parent_account_id_check check (parent_account_id <> id)
);
comment on column atlvs.accounts.normal_balance is
    'Derived from type by a trigger: debit for asset and expense accounts, credit otherwise; not edited by hand.';
comment on column atlvs.accounts.currency is 'The one currency the account is kept in; empty when it takes any.';
create index accounts_parent_idx on atlvs.accounts (organization_id, parent_account_id);
-- The chart by type and number, for statements.
create index accounts_type_number_idx on atlvs.accounts (organization_id, type, account_number);
select atlvs.register_tenant_table('atlvs.accounts');

create function atlvs.check_account() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'accounts');
    new.normal_balance := case when new.type in ('asset', 'expense') then 'debit' else 'credit' end;
    if tg_op = 'INSERT' or new.parent_account_id is distinct from old.parent_account_id then
        perform atlvs.check_acyclic('atlvs.accounts', new.organization_id, new.id, new.parent_account_id,
                                    'id', 'parent_account_id', 'accounts_parent_cycle', 'parent_account_id');
    end if;
    return new;
end
$$;

create trigger check_account
    before insert or update on atlvs.accounts
    for each row execute function atlvs.check_account();


------------------------------------------------------------------------------------------------------
-- Fiscal periods: the months, quarters or years the books are closed by. The periods of an organization
-- never overlap; closing one locks its dates against postings.
------------------------------------------------------------------------------------------------------

create table atlvs.fiscal_periods (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    name            text        not null,
    starts_on       date        not null,
    ends_on         date        not null,
    status          text        not null default 'open',
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint fiscal_periods_pkey primary key (organization_id, id),
    constraint fiscal_periods_name_unique unique (organization_id, name),
    constraint fiscal_periods_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint fiscal_periods_name_check check (length(btrim(name)) between 1 and 100),
    constraint fiscal_periods_ends_on_check check (ends_on >= starts_on),
    constraint fiscal_periods_status_check check (status in ('open', 'closing', 'closed'))
);
-- The period of a date, and the periods in order.
create index fiscal_periods_starts_on_idx on atlvs.fiscal_periods (organization_id, starts_on, ends_on);
select atlvs.register_tenant_table('atlvs.fiscal_periods');

-- Periods of one organization are checked one transaction at a time (an advisory lock per
-- organization), so two concurrent inserts cannot overlap each other. A closed period keeps its dates.
create function atlvs.check_fiscal_period() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'fiscal_periods');
    if tg_op = 'UPDATE' and old.status = 'closed' and new.status = 'closed'
       and (new.starts_on, new.ends_on) is distinct from (old.starts_on, old.ends_on) then
        raise exception 'a closed fiscal period keeps its dates'
            using errcode = 'check_violation', constraint = 'fiscal_periods_closed_dates', table = 'fiscal_periods',
                  column = 'starts_on';
    end if;
    if tg_op = 'INSERT' or (new.starts_on, new.ends_on) is distinct from (old.starts_on, old.ends_on) then
        perform pg_advisory_xact_lock(hashtext('atlvs.fiscal_periods'), hashtext(new.organization_id::text));
        if exists (select 1 from atlvs.fiscal_periods p
                    where p.organization_id = new.organization_id and p.id <> new.id
                      and p.starts_on <= new.ends_on and p.ends_on >= new.starts_on) then
            raise exception 'fiscal periods of an organization do not overlap'
                using errcode = 'exclusion_violation', constraint = 'fiscal_periods_overlap', table = 'fiscal_periods',
                      column = 'starts_on';
        end if;
    end if;
    return new;
end
$$;

create trigger check_fiscal_period
    before insert or update on atlvs.fiscal_periods
    for each row execute function atlvs.check_fiscal_period();


------------------------------------------------------------------------------------------------------
-- Journal entries: the header of a double-entry posting (draft → posted → reversed), optionally for a
-- project and naming the document it books (an invoice, expense, purchase order, payment or
-- depreciation run). A reversal is a new posted entry that points at the entry it reverses.
------------------------------------------------------------------------------------------------------

create table atlvs.journal_entries (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    entry_number    text        not null,
    posting_date    date        not null,
    description     text        not null,
    reference_type  text        not null default 'manual',
    reference_id    uuid,
    project_id      uuid,
    status          text        not null default 'draft',
    reversal_of     uuid,
    posted_at       timestamptz,
    posted_by       uuid,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint journal_entries_pkey primary key (organization_id, id),
    constraint journal_entries_entry_number_unique unique (organization_id, entry_number),
    -- An entry is reversed at most once.
    constraint journal_entries_reversal_of_unique unique (organization_id, reversal_of),
    constraint journal_entries_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint journal_entries_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint journal_entries_reversal_of_fkey foreign key (organization_id, reversal_of)
        references atlvs.journal_entries (organization_id, id),
    constraint journal_entries_entry_number_check check (entry_number ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,47}$'),
    constraint journal_entries_description_check check (length(btrim(description)) between 1 and 500),
    constraint journal_entries_reference_type_check
        check (reference_type in ('invoice', 'expense', 'po', 'payment', 'depreciation', 'manual')),
    constraint journal_entries_status_check check (status in ('draft', 'posted', 'reversed')),
    constraint journal_entries_posted_at_check check ((status = 'draft') = (posted_at is null)),
    constraint journal_entries_reversal_of_check check (reversal_of <> id)
);
comment on column atlvs.journal_entries.posted_at is 'Set by the database when the entry is posted.';
comment on column atlvs.journal_entries.posted_by is 'Set by the database when the entry is posted: the acting user.';
-- The journal by date, and by status and date.
create index journal_entries_posting_date_idx on atlvs.journal_entries (organization_id, posting_date);
create index journal_entries_status_idx on atlvs.journal_entries (organization_id, status, posting_date);
create index journal_entries_project_idx on atlvs.journal_entries (organization_id, project_id, posting_date)
    where project_id is not null;
create index journal_entries_reference_idx on atlvs.journal_entries (organization_id, reference_type, reference_id)
    where reference_id is not null;
select atlvs.register_tenant_table('atlvs.journal_entries');

create table atlvs.journal_lines (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    entry_id        uuid           not null,
    line_number     integer        not null,
    account_id      uuid           not null,
    debit           numeric(19, 4) not null default 0,
    credit          numeric(19, 4) not null default 0,
    currency        char(3)        not null,
    project_id      uuid,
    memo            text,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint journal_lines_pkey primary key (organization_id, id),
    constraint journal_lines_line_number_unique unique (organization_id, entry_id, line_number),
    constraint journal_lines_entry_fkey foreign key (organization_id, entry_id)
        references atlvs.journal_entries (organization_id, id) on delete cascade,
    constraint journal_lines_account_fkey foreign key (organization_id, account_id)
        references atlvs.accounts (organization_id, id),
    constraint journal_lines_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint journal_lines_line_number_check check (line_number >= 1),
    constraint journal_lines_debit_check check (debit >= 0),
    constraint journal_lines_credit_check check (credit >= 0),
    constraint journal_lines_one_side_check check ((debit = 0) <> (credit = 0)),
    constraint journal_lines_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint journal_lines_memo_check check (length(memo) <= 500)
);
create index journal_lines_account_idx on atlvs.journal_lines (organization_id, account_id);
create index journal_lines_project_idx on atlvs.journal_lines (organization_id, project_id) where project_id is not null;
select atlvs.register_tenant_table('atlvs.journal_lines');

-- The lifecycle rules of an entry that no statement may break: a posted entry changes only to being
-- reversed, once its reversing entry is posted (and loses its project when the project is deleted); a
-- reversed entry does not change; neither is deleted; an entry is posted on a date of no closed period;
-- a reversal reverses a posted entry. Posting stamps the time and the actor. Deleting the organization
-- takes its posted entries with it.
create function atlvs.check_journal_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    fixed text[] := array['status', 'project_id', 'updated_at', 'updated_by', 'version'];
    period_closed boolean;
begin
    if tg_op = 'DELETE' then
        perform atlvs.require_current_tenant(old.organization_id, 'journal_entries');
        -- Only the deletion of the whole organization takes its posted entries with it.
        if old.status <> 'draft' and exists (select 1 from atlvs.organizations o where o.id = old.organization_id) then
            raise exception 'a posted journal entry is never deleted; reverse it'
                using errcode = 'check_violation', constraint = 'journal_entries_posted_immutable', table = 'journal_entries',
                      column = 'status';
        end if;
        return old;
    end if;
    perform atlvs.require_current_tenant(new.organization_id, 'journal_entries');
    if tg_op = 'UPDATE' and old.status <> 'draft' then
        if (to_jsonb(new) - fixed) is distinct from (to_jsonb(old) - fixed)
           or (new.project_id is distinct from old.project_id and new.project_id is not null)
           or not (new.status = old.status
                   or (old.status = 'posted' and new.status = 'reversed'
                       and exists (select 1 from atlvs.journal_entries r
                                    where r.organization_id = old.organization_id and r.reversal_of = old.id
                                      and r.status = 'posted'))) then
            raise exception 'a posted journal entry does not change; reverse it'
                using errcode = 'check_violation', constraint = 'journal_entries_posted_immutable', table = 'journal_entries',
                      column = 'status';
        end if;
        return new;
    end if;
    if new.status = 'reversed' then
        raise exception 'only a posted journal entry is reversed'
            using errcode = 'check_violation', constraint = 'journal_entries_reversed_posted', table = 'journal_entries',
                  column = 'status';
    end if;
    if new.status = 'posted' then
        if new.posted_at is null then
            new.posted_at := now();
        end if;
        new.posted_by := coalesce(atlvs.current_actor(), new.posted_by);
        -- The period is locked for share, so a concurrent close waits for this posting and then sees it.
        select p.status = 'closed' into period_closed
          from atlvs.fiscal_periods p
         where p.organization_id = new.organization_id
           and new.posting_date between p.starts_on and p.ends_on
           for share;
        if period_closed then
            raise exception 'no posting into a closed fiscal period'
                using errcode = 'check_violation', constraint = 'journal_entries_period_closed', table = 'journal_entries',
                      column = 'posting_date';
        end if;
    end if;
    if new.reversal_of is not null and (tg_op = 'INSERT' or new.reversal_of is distinct from old.reversal_of)
       and not exists (select 1 from atlvs.journal_entries o
                        where o.organization_id = new.organization_id and o.id = new.reversal_of and o.status = 'posted') then
        raise exception 'a reversal reverses a posted journal entry'
            using errcode = 'check_violation', constraint = 'journal_entries_reversal_of_posted', table = 'journal_entries',
                  column = 'reversal_of';
    end if;
    return new;
end
$$;

create trigger check_journal_entry
    before insert or update or delete on atlvs.journal_entries
    for each row execute function atlvs.check_journal_entry();

-- The lines of a document that left its draft do not change: none is added, edited or removed (unless
-- the whole organization is deleted, or a deleted project is taken off a line). Shared by the tables of
-- lines; its arguments: the parent table, the line's column naming its parent, the constraint and the
-- message of the error.
create function atlvs.check_frozen_parent_line() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent_table text := tg_argv[0];
    parent_column text := tg_argv[1];
    fixed text[] := array['project_id', 'updated_at', 'updated_by', 'version'];
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    new_parent uuid := case when tg_op <> 'DELETE' then (to_jsonb(new) ->> parent_column)::uuid end;
    old_parent uuid := case when tg_op <> 'INSERT' then (to_jsonb(old) ->> parent_column)::uuid end;
    frozen boolean;
begin
    perform atlvs.require_current_tenant(tenant, tg_table_name);
    if tg_op = 'UPDATE' and (to_jsonb(new) - fixed) = (to_jsonb(old) - fixed) and new.project_id is null then
        -- The project of the line was deleted: the line loses it, its amounts stay.
        return new;
    end if;
    if exists (select 1 from atlvs.organizations o where o.id = tenant) then
        execute format('select exists (select 1 from atlvs.%I p
                                          where p.organization_id = $1 and p.status <> ''draft'' and p.id in ($2, $3))',
                       parent_table)
           into frozen
          using tenant, new_parent, old_parent;
        if frozen then
            raise exception '%', tg_argv[3]
                using errcode = 'check_violation', constraint = tg_argv[2], table = tg_table_name, column = parent_column;
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

-- The lines of a posted or reversed entry do not change.
create trigger check_journal_line
    before insert or update or delete on atlvs.journal_lines
    for each row execute function atlvs.check_frozen_parent_line(
        'journal_entries', 'entry_id', 'journal_lines_posted_immutable',
        'the lines of a posted journal entry do not change; reverse it');

-- That a posted entry balances is checked at commit by require_balanced_entry (V2), once the lines
-- carry their amounts in the base currency as well.


------------------------------------------------------------------------------------------------------
-- Consolidated name: finance_transactions (the audit's single-sided money movements) survives as a view
-- over the journal entries, with each entry's total (its debits). It runs with the caller's rights, so
-- row-level security of the canonical tables applies unchanged.
------------------------------------------------------------------------------------------------------

create view atlvs.finance_transactions with (security_invoker = true) as
    select e.organization_id,
           e.id,
           e.entry_number,
           e.posting_date,
           e.description,
           e.reference_type,
           e.reference_id,
           e.project_id,
           e.status,
           e.reversal_of,
           e.posted_at,
           e.posted_by,
           coalesce((select sum(l.debit) from atlvs.journal_lines l
                      where l.organization_id = e.organization_id and l.entry_id = e.id), 0) as amount,
           e.created_at,
           e.created_by,
           e.updated_at,
           e.updated_by
      from atlvs.journal_entries e;

comment on view atlvs.finance_transactions is
    'Consolidated into journal_entries + journal_lines: the journal headers, with amount = the sum of the entry''s debits.';
