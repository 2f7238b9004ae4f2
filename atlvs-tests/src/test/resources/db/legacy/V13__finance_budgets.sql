-- Finance, planning and spending: budgets and their lines, the organization's expense policy, expenses
-- (L-APPROVAL with the successor state paid), revenue with its recognition schedule, and forecasts.
--
-- What must hold whatever code writes the rows lives here, and Java repeats it only to report it first:
-- the budgets of one (project, category) never overlap in time, nor the forecasts of one (project,
-- scenario); an expense moves only along the L-APPROVAL transitions, is stamped with who submitted and
-- approved it, is never approved by its submitter, carries a receipt above the organization's threshold
-- and keeps its amounts once submitted; revenue moves projected → invoiced → received (or cancelled) and
-- names how it is recognized; a recognition schedule never books more than the revenue's amount.


------------------------------------------------------------------------------------------------------
-- Budgets: a spending envelope by project (none for overhead), category and period. Spent, committed,
-- remaining and utilization are derived (BudgetService), never stored.
------------------------------------------------------------------------------------------------------

create table atlvs.budgets (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    project_id      uuid,
    name            text           not null,
    description     text,
    category        text           not null,
    gl_account_id   uuid,
    amount          numeric(19, 4) not null,
    currency        char(3)        not null,
    period_start    date           not null,
    period_end      date           not null,
    fiscal_year     integer        not null,
    status          text           not null default 'draft',
    approved_by     uuid,
    approved_at     timestamptz,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint budgets_pkey primary key (organization_id, id),
    constraint budgets_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint budgets_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint budgets_gl_account_fkey foreign key (organization_id, gl_account_id)
        references atlvs.accounts (organization_id, id),
    constraint budgets_name_check check (length(btrim(name)) between 1 and 200),
    constraint budgets_description_check check (length(description) <= 2000),
    constraint budgets_category_check
        check (category in ('equipment', 'construction', 'catering', 'travel', 'marketing', 'operations',
                            'personnel', 'facilities', 'technology', 'other')),
    constraint budgets_amount_check check (amount >= 0),
    constraint budgets_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint budgets_period_end_check check (period_end >= period_start),
    constraint budgets_fiscal_year_check check (fiscal_year between 1900 and 9999),
    constraint budgets_status_check check (status in ('draft', 'active', 'on_hold', 'completed', 'cancelled')),
    constraint budgets_approved_check check ((approved_at is null) = (approved_by is null))
);
comment on column atlvs.budgets.approved_by is 'Set by the database when the budget first becomes active: the acting user.';
create index budgets_project_idx on atlvs.budgets (organization_id, project_id, category, period_start);
create index budgets_gl_account_idx on atlvs.budgets (organization_id, gl_account_id) where gl_account_id is not null;
create index budgets_status_idx on atlvs.budgets (organization_id, status, period_start);
select atlvs.register_tenant_table('atlvs.budgets');

-- Budgets of one (project or overhead, category) do not overlap, cancelled ones aside: checked one
-- transaction at a time per organization (an advisory lock), as fiscal periods are. Activation stamps
-- the approver.
create function atlvs.check_budget() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'budgets');
    if new.status = 'active' and new.approved_at is null then
        new.approved_at := now();
        new.approved_by := atlvs.current_actor();
    end if;
    if new.status <> 'cancelled'
       and (tg_op = 'INSERT' or old.status = 'cancelled'
            or (new.project_id, new.category, new.period_start, new.period_end)
               is distinct from (old.project_id, old.category, old.period_start, old.period_end)) then
        perform pg_advisory_xact_lock(hashtext('atlvs.budgets'), hashtext(new.organization_id::text));
        if exists (select 1 from atlvs.budgets b
                    where b.organization_id = new.organization_id and b.id <> new.id and b.status <> 'cancelled'
                      and b.project_id is not distinct from new.project_id and b.category = new.category
                      and b.period_start <= new.period_end and b.period_end >= new.period_start) then
            raise exception 'the budgets of one project and category do not overlap in time'
                using errcode = 'exclusion_violation', constraint = 'budgets_period_overlap', table = 'budgets',
                      column = 'period_start';
        end if;
    end if;
    return new;
end
$$;

create trigger check_budget
    before insert or update on atlvs.budgets
    for each row execute function atlvs.check_budget();


------------------------------------------------------------------------------------------------------
-- Budget lines: the plan inside a budget by category and/or GL account and sub-period, in revisions
-- (a changed plan is a new revision of the line).
------------------------------------------------------------------------------------------------------

create table atlvs.budget_lines (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    budget_id       uuid           not null,
    category        text,
    gl_account_id   uuid,
    description     text,
    period_start    date           not null,
    period_end      date           not null,
    planned_amount  numeric(19, 4) not null,
    revision        integer        not null default 1,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint budget_lines_pkey primary key (organization_id, id),
    constraint budget_lines_revision_unique unique nulls not distinct
        (organization_id, budget_id, category, gl_account_id, period_start, revision),
    constraint budget_lines_budget_fkey foreign key (organization_id, budget_id)
        references atlvs.budgets (organization_id, id) on delete cascade,
    constraint budget_lines_gl_account_fkey foreign key (organization_id, gl_account_id)
        references atlvs.accounts (organization_id, id),
    constraint budget_lines_category_check
        check (category in ('equipment', 'construction', 'catering', 'travel', 'marketing', 'operations',
                            'personnel', 'facilities', 'technology', 'other')),
    constraint budget_lines_target_check check (category is not null or gl_account_id is not null),
    constraint budget_lines_description_check check (length(description) <= 2000),
    constraint budget_lines_period_end_check check (period_end >= period_start),
    constraint budget_lines_planned_amount_check check (planned_amount >= 0),
    constraint budget_lines_revision_check check (revision >= 1)
);
create index budget_lines_gl_account_idx on atlvs.budget_lines (organization_id, gl_account_id) where gl_account_id is not null;
select atlvs.register_tenant_table('atlvs.budget_lines');

-- A line plans inside its budget's period.
create function atlvs.check_budget_line() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'budget_lines');
    if exists (select 1 from atlvs.budgets b
                where b.organization_id = new.organization_id and b.id = new.budget_id
                  and (new.period_start < b.period_start or new.period_end > b.period_end)) then
        raise exception 'a budget line plans inside its budget''s period'
            using errcode = 'check_violation', constraint = 'budget_lines_within_budget', table = 'budget_lines',
                  column = 'period_start';
    end if;
    return new;
end
$$;

create trigger check_budget_line
    before insert or update on atlvs.budget_lines
    for each row execute function atlvs.check_budget_line();


------------------------------------------------------------------------------------------------------
-- Expense policy: the organization's spending rules, one row per organization. The receipt threshold is
-- in the base currency: an expense whose base amount is above it needs a receipt to be submitted.
------------------------------------------------------------------------------------------------------

create table atlvs.expense_policies (
    organization_id   uuid           not null,
    id                uuid           not null default atlvs.uuid_v7(),
    receipt_threshold numeric(19, 4) not null,
    created_at        timestamptz    not null,
    created_by        uuid,
    updated_at        timestamptz    not null,
    updated_by        uuid,
    version           bigint         not null,
    constraint expense_policies_pkey primary key (organization_id, id),
    constraint expense_policies_organization_unique unique (organization_id),
    constraint expense_policies_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint expense_policies_receipt_threshold_check check (receipt_threshold >= 0)
);
comment on column atlvs.expense_policies.receipt_threshold is
    'In the organization''s base currency: an expense above it is submitted only with a receipt.';
select atlvs.register_tenant_table('atlvs.expense_policies');


------------------------------------------------------------------------------------------------------
-- Expenses: a cost incurred, in its own currency with the rate and base amount of its date.
-- L-APPROVAL: draft → submitted/cancelled; submitted → under_review/approved/rejected/draft (recall);
-- under_review → approved/rejected; rejected → draft; approved → paid. The approver is never the
-- submitter; the database stamps both.
------------------------------------------------------------------------------------------------------

create table atlvs.expenses (
    organization_id  uuid            not null,
    id               uuid            not null default atlvs.uuid_v7(),
    project_id       uuid,
    budget_id        uuid,
    description      text            not null,
    amount           numeric(19, 4)  not null,
    currency         char(3)         not null,
    fx_rate          numeric(20, 10) not null default 1,
    base_amount      numeric(19, 4)  not null,
    category         text            not null,
    expense_date     date            not null,
    receipt_file_id  uuid,
    status           text            not null default 'draft',
    submitted_by     uuid,
    submitted_at     timestamptz,
    approved_by      uuid,
    approved_at      timestamptz,
    rejection_reason text,
    paid_at          timestamptz,
    reimbursable     boolean         not null default true,
    payment_method   text,
    journal_entry_id uuid,
    payment_entry_id uuid,
    created_at       timestamptz     not null,
    created_by       uuid,
    updated_at       timestamptz     not null,
    updated_by       uuid,
    version          bigint          not null,
    constraint expenses_pkey primary key (organization_id, id),
    constraint expenses_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint expenses_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint expenses_budget_fkey foreign key (organization_id, budget_id)
        references atlvs.budgets (organization_id, id) on delete set null (budget_id),
    constraint expenses_receipt_file_fkey foreign key (organization_id, receipt_file_id)
        references atlvs.storage_files (organization_id, id),
    constraint expenses_journal_entry_fkey foreign key (organization_id, journal_entry_id)
        references atlvs.journal_entries (organization_id, id),
    constraint expenses_payment_entry_fkey foreign key (organization_id, payment_entry_id)
        references atlvs.journal_entries (organization_id, id),
    constraint expenses_description_check check (length(btrim(description)) between 1 and 500),
    constraint expenses_amount_check check (amount >= 0),
    constraint expenses_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint expenses_fx_rate_check check (fx_rate > 0),
    constraint expenses_base_amount_check check (base_amount >= 0),
    constraint expenses_category_check
        check (category in ('equipment', 'construction', 'catering', 'travel', 'marketing', 'operations',
                            'personnel', 'facilities', 'technology', 'other')),
    constraint expenses_status_check
        check (status in ('draft', 'submitted', 'under_review', 'approved', 'rejected', 'cancelled', 'paid')),
    constraint expenses_payment_method_check
        check (payment_method in ('bank_transfer', 'card', 'cash', 'check', 'direct_debit', 'other')),
    constraint expenses_rejection_reason_check check (length(rejection_reason) <= 1000),
    constraint expenses_submitted_check
        check ((status in ('draft', 'cancelled')) = (submitted_at is null) and (submitted_at is null) = (submitted_by is null)),
    constraint expenses_approved_check
        check ((status in ('approved', 'paid')) = (approved_at is not null) and (approved_at is null) = (approved_by is null)),
    constraint expenses_paid_check check ((status = 'paid') = (paid_at is not null)),
    constraint expenses_approver_not_submitter check (approved_by <> submitted_by)
);
comment on column atlvs.expenses.base_amount is 'The amount in the organization''s base currency at the rate of the expense date.';
comment on column atlvs.expenses.submitted_by is 'Set by the database on submission: the acting user.';
comment on column atlvs.expenses.approved_by is 'Set by the database on approval: the acting user, never the submitter.';
create index expenses_project_idx on atlvs.expenses (organization_id, project_id, expense_date) where project_id is not null;
create index expenses_budget_idx on atlvs.expenses (organization_id, budget_id, status) where budget_id is not null;
create index expenses_receipt_file_idx on atlvs.expenses (organization_id, receipt_file_id) where receipt_file_id is not null;
create index expenses_journal_entry_idx on atlvs.expenses (organization_id, journal_entry_id) where journal_entry_id is not null;
create index expenses_payment_entry_idx on atlvs.expenses (organization_id, payment_entry_id) where payment_entry_id is not null;
create index expenses_status_idx on atlvs.expenses (organization_id, status, expense_date);
select atlvs.register_tenant_table('atlvs.expenses');

-- Whether an expense may move from one L-APPROVAL state to another; mirrored by ExpenseStatus.canMoveTo.
create function atlvs.expense_transition_allowed(from_status text, to_status text) returns boolean
    language sql immutable
    set search_path = pg_catalog, atlvs
as $$
    select case from_status
        when 'draft' then to_status in ('submitted', 'cancelled')
        when 'submitted' then to_status in ('under_review', 'approved', 'rejected', 'draft')
        when 'under_review' then to_status in ('approved', 'rejected')
        when 'rejected' then to_status in ('draft')
        when 'approved' then to_status in ('paid')
        else false
    end
$$;

-- The expense lifecycle: legal transitions only; submission and approval stamp the actor and time (a
-- recall or rejection back to draft clears them); above the policy's threshold a receipt is required to
-- submit; the amounts, date, category, project and budget are fixed once submitted; the budget is of the
-- expense's project.
create function atlvs.check_expense() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    threshold numeric;
    changeable text[] := array['status', 'submitted_by', 'submitted_at', 'approved_by', 'approved_at', 'rejection_reason',
                          'paid_at', 'payment_method', 'journal_entry_id', 'payment_entry_id', 'receipt_file_id',
                          'description', 'reimbursable', 'updated_at', 'updated_by', 'version'];
begin
    perform atlvs.require_current_tenant(new.organization_id, 'expenses');
    if tg_op = 'INSERT' and new.status <> 'draft' then
        raise exception 'an expense starts as a draft'
            using errcode = 'check_violation', constraint = 'expenses_status_transition', table = 'expenses', column = 'status';
    end if;
    if tg_op = 'UPDATE' and new.status is distinct from old.status then
        if not atlvs.expense_transition_allowed(old.status, new.status) then
            raise exception 'an expense does not move from % to %', old.status, new.status
                using errcode = 'check_violation', constraint = 'expenses_status_transition', table = 'expenses', column = 'status';
        end if;
        case new.status
            when 'submitted' then
                new.submitted_by := atlvs.current_actor();
                new.submitted_at := now();
            when 'approved' then
                new.approved_by := atlvs.current_actor();
                new.approved_at := now();
            when 'draft' then
                new.submitted_by := null;
                new.submitted_at := null;
            when 'paid' then
                new.paid_at := coalesce(new.paid_at, now());
            else
                null;
        end case;
    end if;
    if tg_op = 'UPDATE' and old.status <> 'draft'
       and (to_jsonb(new) - changeable) is distinct from (to_jsonb(old) - changeable) then
        raise exception 'a submitted expense keeps its amounts, date, category, project and budget'
            using errcode = 'check_violation', constraint = 'expenses_submitted_fixed', table = 'expenses', column = 'amount';
    end if;
    if new.status = 'submitted' and new.receipt_file_id is null then
        threshold := (select p.receipt_threshold from atlvs.expense_policies p where p.organization_id = new.organization_id);
        if threshold is not null and new.base_amount > threshold then
            raise exception 'an expense above the organization''s receipt threshold needs a receipt'
                using errcode = 'check_violation', constraint = 'expenses_receipt_required', table = 'expenses',
                      column = 'receipt_file_id';
        end if;
    end if;
    if new.budget_id is not null and (tg_op = 'INSERT' or new.budget_id is distinct from old.budget_id
                                      or new.project_id is distinct from old.project_id)
       and exists (select 1 from atlvs.budgets b
                    where b.organization_id = new.organization_id and b.id = new.budget_id
                      and b.project_id is not null and b.project_id is distinct from new.project_id) then
        raise exception 'an expense counts against a budget of its own project'
            using errcode = 'check_violation', constraint = 'expenses_budget_project', table = 'expenses', column = 'budget_id';
    end if;
    return new;
end
$$;

create trigger check_expense
    before insert or update on atlvs.expenses
    for each row execute function atlvs.check_expense();


------------------------------------------------------------------------------------------------------
-- Revenue: expected and received income, recognized on a date, on a milestone's completion, or
-- straight-line over a service period, through its recognition schedule.
-- projected → invoiced → received; projected/invoiced → cancelled. Invoiced revenue names its receivable
-- invoice (same currency), and what is received never exceeds what is paid on that invoice.
------------------------------------------------------------------------------------------------------

create table atlvs.revenue (
    organization_id    uuid           not null,
    id                 uuid           not null default atlvs.uuid_v7(),
    project_id         uuid,
    invoice_id         uuid,
    description        text           not null,
    amount             numeric(19, 4) not null,
    currency           char(3)        not null,
    source             text           not null,
    status             text           not null default 'projected',
    recognition_method text           not null default 'on_date',
    recognition_date   date,
    milestone_id       uuid,
    service_start      date,
    service_end        date,
    received_amount    numeric(19, 4) not null default 0,
    received_date      date,
    created_at         timestamptz    not null,
    created_by         uuid,
    updated_at         timestamptz    not null,
    updated_by         uuid,
    version            bigint         not null,
    constraint revenue_pkey primary key (organization_id, id),
    constraint revenue_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint revenue_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint revenue_milestone_fkey foreign key (organization_id, milestone_id)
        references atlvs.project_milestones (organization_id, id),
    constraint revenue_invoice_fkey foreign key (organization_id, invoice_id)
        references atlvs.invoices (organization_id, id),
    constraint revenue_description_check check (length(btrim(description)) between 1 and 500),
    constraint revenue_amount_check check (amount >= 0),
    constraint revenue_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint revenue_source_check check (source in ('fee', 'sponsorship', 'ticketing', 'merch', 'rental', 'other')),
    constraint revenue_status_check check (status in ('projected', 'invoiced', 'received', 'cancelled')),
    constraint revenue_recognition_method_check check (recognition_method in ('on_date', 'on_milestone', 'straight_line')),
    constraint revenue_recognition_check check (case recognition_method
        when 'on_date' then recognition_date is not null
        when 'on_milestone' then milestone_id is not null
        else service_start is not null and service_end is not null end),
    constraint revenue_service_end_check check (service_end >= service_start),
    constraint revenue_received_amount_check check (received_amount between 0 and amount),
    constraint revenue_received_check check ((status = 'received') = (received_date is not null)),
    constraint revenue_invoiced_check check (status in ('projected', 'cancelled') or invoice_id is not null)
);
comment on column atlvs.revenue.received_amount is 'What was received, never more than what is paid on the revenue''s invoice.';
create index revenue_project_idx on atlvs.revenue (organization_id, project_id) where project_id is not null;
create index revenue_milestone_idx on atlvs.revenue (organization_id, milestone_id) where milestone_id is not null;
create index revenue_invoice_idx on atlvs.revenue (organization_id, invoice_id) where invoice_id is not null;
create index revenue_status_idx on atlvs.revenue (organization_id, status, recognition_date);
select atlvs.register_tenant_table('atlvs.revenue');

create function atlvs.check_revenue() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    invoice record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'revenue');
    if (tg_op = 'INSERT' and new.status not in ('projected', 'invoiced'))
       or (tg_op = 'UPDATE' and new.status <> old.status
           and not (old.status = 'projected' and new.status in ('invoiced', 'cancelled')
                    or old.status = 'invoiced' and new.status in ('received', 'cancelled'))) then
        raise exception 'revenue moves projected → invoiced → received, or to cancelled before it is received'
            using errcode = 'check_violation', constraint = 'revenue_status_transition', table = 'revenue', column = 'status';
    end if;
    if new.milestone_id is not null and not exists (
            select 1 from atlvs.project_milestones m
             where m.organization_id = new.organization_id and m.id = new.milestone_id and m.project_id = new.project_id) then
        raise exception 'revenue recognized on a milestone names a milestone of its own project'
            using errcode = 'check_violation', constraint = 'revenue_milestone_project', table = 'revenue', column = 'milestone_id';
    end if;
    if new.invoice_id is not null then
        select i.direction, i.currency, i.amount_paid into invoice
          from atlvs.invoices i where i.organization_id = new.organization_id and i.id = new.invoice_id;
        if found and (invoice.direction <> 'receivable' or invoice.currency <> new.currency) then
            raise exception 'revenue is invoiced on a receivable invoice of its own currency'
                using errcode = 'check_violation', constraint = 'revenue_invoice_match', table = 'revenue', column = 'invoice_id';
        end if;
        if found and new.received_amount > invoice.amount_paid then
            raise exception 'the received amount of revenue does not exceed what is paid on its invoice'
                using errcode = 'check_violation', constraint = 'revenue_received_exceeds_paid', table = 'revenue',
                      column = 'received_amount';
        end if;
    elsif new.received_amount > 0 then
        raise exception 'revenue is received only through its invoice'
            using errcode = 'check_violation', constraint = 'revenue_received_exceeds_paid', table = 'revenue',
                  column = 'received_amount';
    end if;
    return new;
end
$$;

create trigger check_revenue
    before insert or update on atlvs.revenue
    for each row execute function atlvs.check_revenue();

-- The recognition schedule: the dated amounts a revenue is earned in. A scheduled amount becomes
-- recognized once its journal entry (Dr deferred revenue, Cr revenue) is posted.
create table atlvs.revenue_recognitions (
    organization_id  uuid           not null,
    id               uuid           not null default atlvs.uuid_v7(),
    revenue_id       uuid           not null,
    recognize_on     date           not null,
    amount           numeric(19, 4) not null,
    status           text           not null default 'scheduled',
    journal_entry_id uuid,
    recognized_at    timestamptz,
    created_at       timestamptz    not null,
    created_by       uuid,
    updated_at       timestamptz    not null,
    updated_by       uuid,
    version          bigint         not null,
    constraint revenue_recognitions_pkey primary key (organization_id, id),
    constraint revenue_recognitions_date_unique unique (organization_id, revenue_id, recognize_on),
    constraint revenue_recognitions_revenue_fkey foreign key (organization_id, revenue_id)
        references atlvs.revenue (organization_id, id) on delete cascade,
    constraint revenue_recognitions_journal_entry_fkey foreign key (organization_id, journal_entry_id)
        references atlvs.journal_entries (organization_id, id),
    constraint revenue_recognitions_amount_check check (amount > 0),
    constraint revenue_recognitions_status_check check (status in ('scheduled', 'recognized')),
    constraint revenue_recognitions_recognized_check
        check ((status = 'recognized') = (journal_entry_id is not null) and (status = 'recognized') = (recognized_at is not null))
);
create index revenue_recognitions_journal_entry_idx on atlvs.revenue_recognitions (organization_id, journal_entry_id)
    where journal_entry_id is not null;
create index revenue_recognitions_due_idx on atlvs.revenue_recognitions (organization_id, status, recognize_on);
select atlvs.register_tenant_table('atlvs.revenue_recognitions');

-- A schedule never books more than its revenue's amount; a recognized amount does not change.
create function atlvs.check_revenue_recognition() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'DELETE' then
        perform atlvs.require_current_tenant(old.organization_id, 'revenue_recognitions');
        if old.status = 'recognized' and exists (select 1 from atlvs.revenue r where r.organization_id = old.organization_id and r.id = old.revenue_id) then
            raise exception 'a recognized amount is never deleted'
                using errcode = 'check_violation', constraint = 'revenue_recognitions_recognized_fixed',
                      table = 'revenue_recognitions', column = 'status';
        end if;
        return old;
    end if;
    perform atlvs.require_current_tenant(new.organization_id, 'revenue_recognitions');
    if tg_op = 'UPDATE' and old.status = 'recognized'
       and (new.amount, new.recognize_on, new.status, new.revenue_id) is distinct from (old.amount, old.recognize_on, old.status, old.revenue_id) then
        raise exception 'a recognized amount does not change'
            using errcode = 'check_violation', constraint = 'revenue_recognitions_recognized_fixed',
                  table = 'revenue_recognitions', column = 'amount';
    end if;
    if (select coalesce(sum(s.amount), 0) from atlvs.revenue_recognitions s
         where s.organization_id = new.organization_id and s.revenue_id = new.revenue_id and s.id <> new.id) + new.amount
       > (select r.amount from atlvs.revenue r where r.organization_id = new.organization_id and r.id = new.revenue_id) then
        raise exception 'a recognition schedule books no more than its revenue''s amount'
            using errcode = 'check_violation', constraint = 'revenue_recognitions_total', table = 'revenue_recognitions',
                  column = 'amount';
    end if;
    return new;
end
$$;

create trigger check_revenue_recognition
    before insert or update or delete on atlvs.revenue_recognitions
    for each row execute function atlvs.check_revenue_recognition();

-- Journal entries may book revenue recognition.
alter table atlvs.journal_entries
    drop constraint journal_entries_reference_type_check,
    add constraint journal_entries_reference_type_check
        check (reference_type in ('invoice', 'expense', 'po', 'payment', 'depreciation', 'revenue', 'manual'));


------------------------------------------------------------------------------------------------------
-- Forecasts: projected spend and revenue per project (or the whole organization) for a period, in one
-- scenario. Actuals and variance are computed from the ledger, never stored.
------------------------------------------------------------------------------------------------------

create table atlvs.forecasts (
    organization_id   uuid           not null,
    id                uuid           not null default atlvs.uuid_v7(),
    project_id        uuid,
    name              text           not null,
    description       text,
    period_start      date           not null,
    period_end        date           not null,
    forecast_date     date           not null,
    projected_spend   numeric(19, 4) not null default 0,
    projected_revenue numeric(19, 4) not null default 0,
    currency          char(3)        not null,
    confidence_level  text           not null default 'medium',
    method            text           not null default 'manual',
    scenario          text           not null default 'base',
    created_at        timestamptz    not null,
    created_by        uuid,
    updated_at        timestamptz    not null,
    updated_by        uuid,
    version           bigint         not null,
    constraint forecasts_pkey primary key (organization_id, id),
    constraint forecasts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint forecasts_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint forecasts_name_check check (length(btrim(name)) between 1 and 200),
    constraint forecasts_description_check check (length(description) <= 2000),
    constraint forecasts_period_end_check check (period_end >= period_start),
    constraint forecasts_projected_spend_check check (projected_spend >= 0),
    constraint forecasts_projected_revenue_check check (projected_revenue >= 0),
    constraint forecasts_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint forecasts_confidence_level_check check (confidence_level in ('low', 'medium', 'high')),
    constraint forecasts_method_check check (method in ('manual', 'run_rate', 'budget_burn', 'pipeline_weighted')),
    constraint forecasts_scenario_check check (scenario ~ '^[a-z][a-z0-9_]{0,39}$')
);
create index forecasts_project_idx on atlvs.forecasts (organization_id, project_id, scenario, period_start);
select atlvs.register_tenant_table('atlvs.forecasts');

create function atlvs.check_forecast() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'forecasts');
    if tg_op = 'INSERT' or (new.project_id, new.scenario, new.period_start, new.period_end)
                           is distinct from (old.project_id, old.scenario, old.period_start, old.period_end) then
        perform pg_advisory_xact_lock(hashtext('atlvs.forecasts'), hashtext(new.organization_id::text));
        if exists (select 1 from atlvs.forecasts f
                    where f.organization_id = new.organization_id and f.id <> new.id
                      and f.project_id is not distinct from new.project_id and f.scenario = new.scenario
                      and f.period_start <= new.period_end and f.period_end >= new.period_start) then
            raise exception 'the forecasts of one project and scenario do not overlap in time'
                using errcode = 'exclusion_violation', constraint = 'forecasts_period_overlap', table = 'forecasts',
                      column = 'period_start';
        end if;
    end if;
    return new;
end
$$;

create trigger check_forecast
    before insert or update on atlvs.forecasts
    for each row execute function atlvs.check_forecast();
