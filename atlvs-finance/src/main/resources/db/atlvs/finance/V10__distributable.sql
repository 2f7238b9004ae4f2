-- Finance, distributable by organization_id on Citus (see core's V20 to V25): trigger functions name their
-- table through their arguments, never through tg_table_name, which is a shard's name on Citus; optional
-- references are nulled by a trigger, not by ON DELETE SET NULL.


------------------------------------------------------------------------------------------------------
-- Trigger arguments.
------------------------------------------------------------------------------------------------------

-- The lines of a document that left its draft do not change: none is added, edited or removed (unless
-- the whole organization is deleted, or a deleted project is taken off a line). Shared by the tables of
-- lines; its arguments: the parent table, the line's column naming its parent, the constraint, the
-- message of the error, and the table of lines itself.
create or replace function atlvs.check_frozen_parent_line() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent_table text := tg_argv[0];
    parent_column text := tg_argv[1];
    line_table text := tg_argv[4];
    fixed text[] := array['project_id', 'updated_at', 'updated_by', 'version'];
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    new_parent uuid := case when tg_op <> 'DELETE' then (to_jsonb(new) ->> parent_column)::uuid end;
    old_parent uuid := case when tg_op <> 'INSERT' then (to_jsonb(old) ->> parent_column)::uuid end;
    frozen boolean;
begin
    perform atlvs.require_current_tenant(tenant, line_table);
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
                using errcode = 'check_violation', constraint = tg_argv[2], table = line_table, column = parent_column;
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

drop trigger check_journal_line on atlvs.journal_lines;
create trigger check_journal_line
    before insert or update or delete on atlvs.journal_lines
    for each row execute function atlvs.check_frozen_parent_line(
        'journal_entries', 'entry_id', 'journal_lines_posted_immutable',
        'the lines of a posted journal entry do not change; reverse it', 'journal_lines');

drop trigger check_invoice_line_item on atlvs.invoice_line_items;
create trigger check_invoice_line_item
    before insert or update or delete on atlvs.invoice_line_items
    for each row execute function atlvs.check_frozen_parent_line(
        'invoices', 'invoice_id', 'invoices_issued_frozen',
        'the lines of an issued invoice do not change; issue a credit note', 'invoice_line_items');

-- A posted entry has at least two lines and balances in each currency and in the base currency
-- (Σ debit = Σ credit): checked at commit, once the entry and all its lines are written. Its argument says
-- which side fired it: 'journal_entries' (the entry) or 'journal_lines' (one of its lines).
create or replace function atlvs.require_balanced_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    entry uuid;
begin
    if tg_argv[0] = 'journal_entries' then
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

drop trigger require_balanced_entry on atlvs.journal_entries;
create constraint trigger require_balanced_entry
    after insert or update of status on atlvs.journal_entries
    deferrable initially deferred
    for each row execute function atlvs.require_balanced_entry('journal_entries');

drop trigger require_balanced_entry on atlvs.journal_lines;
create constraint trigger require_balanced_entry
    after insert or update or delete on atlvs.journal_lines
    deferrable initially deferred
    for each row execute function atlvs.require_balanced_entry('journal_lines');


------------------------------------------------------------------------------------------------------
-- Optional references lose their target when it is deleted (the column is set to null, the row stays)
-- through the trigger of core's atlvs.null_on_delete instead of ON DELETE SET NULL, which Citus refuses on
-- keys that hold the distribution column (organization_id).
------------------------------------------------------------------------------------------------------

select atlvs.null_on_delete('atlvs.journal_entries', 'journal_entries_project_fkey');
select atlvs.null_on_delete('atlvs.journal_lines', 'journal_lines_project_fkey');
select atlvs.null_on_delete('atlvs.invoices', 'invoices_project_fkey');
select atlvs.null_on_delete('atlvs.invoice_line_items', 'invoice_line_items_project_fkey');
select atlvs.null_on_delete('atlvs.expenses', 'expenses_project_fkey');
select atlvs.null_on_delete('atlvs.expenses', 'expenses_budget_fkey');
select atlvs.null_on_delete('atlvs.revenue', 'revenue_project_fkey');


------------------------------------------------------------------------------------------------------
-- The balance of a finance account and the next document number: PL/pgSQL with plain queries of one
-- organization, which Citus routes to that organization's shard; it cannot plan the queries of an SQL function
-- over its parameters.
------------------------------------------------------------------------------------------------------

-- The balance of a finance account in its currency on every posted (or reversed, whose reversal is posted
-- too) line of its GL account.
create or replace function atlvs.finance_account_balance(tenant uuid, account uuid) returns numeric
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    finance_account record;
    movements numeric;
begin
    select f.opening_balance, f.gl_account_id, f.currency into finance_account
      from atlvs.finance_accounts f
     where f.organization_id = tenant and f.id = account;
    if not found then
        return null;
    end if;
    select sum(l.debit) - sum(l.credit) into movements
      from atlvs.journal_lines l
      join atlvs.journal_entries e on e.organization_id = l.organization_id and e.id = l.entry_id
     where l.organization_id = tenant and e.organization_id = tenant
       and l.account_id = finance_account.gl_account_id and l.currency = finance_account.currency and e.status <> 'draft';
    return finance_account.opening_balance + coalesce(movements, 0);
end
$$;

-- The next number of `kind` in `year` for the current organization: 1, 2, 3... without gaps among
-- committed transactions.
create or replace function atlvs.next_document_number(kind text, year integer) returns bigint
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    taken bigint;
begin
    insert into atlvs.document_sequences as s (organization_id, kind, year, last_number)
    values (atlvs.current_tenant(), next_document_number.kind, next_document_number.year, 1)
    on conflict on constraint document_sequences_kind_year_unique do update set last_number = s.last_number + 1
    returning s.last_number into taken;
    return taken;
end
$$;
