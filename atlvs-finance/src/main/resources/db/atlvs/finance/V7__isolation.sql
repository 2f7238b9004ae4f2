-- The finance rules that are decided by reading rows a concurrent transaction may be writing hold at every
-- isolation level the SDK offers (see core's V14 and atlvs.serialize_decision): fiscal periods, budgets and
-- forecasts of one scope do not overlap, and the allocations of a payment never exceed it. Each decision is
-- serialized with the concurrent decisions of the same rule and subject: under READ COMMITTED the second
-- decider waits and then reads what the first committed (as the advisory locks these replace did); under
-- REPEATABLE READ and SERIALIZABLE it fails with a serialization failure and its transaction runs again on a
-- fresh snapshot.
--
-- Already safe at every level, and unchanged: what is open on an invoice (each allocation and credit note
-- writes the invoice row, which a concurrent writer under REPEATABLE READ or SERIALIZABLE cannot then lock
-- without a serialization failure), and document numbers (taken by an upsert of the counter row, likewise).

-- Fiscal periods of one organization do not overlap; a closed period keeps its dates.
create or replace function atlvs.check_fiscal_period() returns trigger
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
        perform atlvs.serialize_decision(new.organization_id, 'fiscal_periods_overlap', new.organization_id);
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

-- Budgets of one (project or overhead, category) do not overlap, cancelled ones aside; activation stamps the
-- approver.
create or replace function atlvs.check_budget() returns trigger
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
        perform atlvs.serialize_decision(new.organization_id, 'budgets_period_overlap', new.organization_id);
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

-- Forecasts of one (project, scenario) do not overlap.
create or replace function atlvs.check_forecast() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'forecasts');
    if tg_op = 'INSERT' or (new.project_id, new.scenario, new.period_start, new.period_end)
                           is distinct from (old.project_id, old.scenario, old.period_start, old.period_end) then
        perform atlvs.serialize_decision(new.organization_id, 'forecasts_period_overlap', new.organization_id);
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

-- The allocations of a payment total no more than the payment, and those of an invoice no more than is open
-- on it: the payment's allocations are decided one transaction at a time, then the payment and the invoice
-- are locked (always in this order) and the sums read.
create or replace function atlvs.check_payment_allocation() returns trigger
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
    perform atlvs.serialize_decision(tenant, 'payment_allocations_payment_amount', new.payment_id);
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
