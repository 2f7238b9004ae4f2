-- Riders: an artist's or client's requirements for an event (technical, hospitality, stage plot, catering, transport,
-- accommodation, security), approved under L-APPROVAL with the successor state fulfilled, and their requirement lines
-- (rider_items). The database holds the lifecycle's moves, stamps who submitted and who approved (never the same
-- user), keeps the deadline before the event's setup, and lets a rider be fulfilled only once every mandatory item is:
-- after that no item of it is un-fulfilled and no open mandatory item is added. Approved costs roll into the
-- project's budget through the finance module's services; a rider records what it rolled up (budget_id,
-- budget_line_id, budget_line_revision, rolled_up_amount) so that the roll-up never counts twice.

-- --- riders ---

create table atlvs.riders (
    organization_id      uuid           not null,
    id                   uuid           not null default atlvs.uuid_v7(),
    event_id             uuid           not null,
    lineup_id            uuid,
    project_id           uuid           not null,
    title                text           not null,
    kind                 text           not null default 'technical',
    status               text           not null default 'draft',
    priority             text           not null default 'medium',
    special_requests     text,
    contact_person       text,
    contact_email        text,
    contact_phone        text,
    budget_estimate      numeric(19, 4),
    currency             char(3)        not null,
    deadline             timestamptz,
    submitted_by         uuid,
    submitted_at         timestamptz,
    approved_by          uuid,
    approved_at          timestamptz,
    fulfilled_at         timestamptz,
    approval_notes       text,
    fulfillment_notes    text,
    budget_id            uuid,
    budget_line_id       uuid,
    budget_line_revision integer,
    rolled_up_amount     numeric(19, 4) not null default 0,
    created_at           timestamptz    not null,
    created_by           uuid,
    updated_at           timestamptz    not null,
    updated_by           uuid,
    version              bigint         not null,
    deleted_at           timestamptz,
    constraint riders_pkey primary key (organization_id, id),
    constraint riders_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint riders_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint riders_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint riders_lineup_fkey foreign key (organization_id, lineup_id)
        references atlvs.lineups (organization_id, id) on delete set null (lineup_id),
    constraint riders_title_check check (length(btrim(title)) between 1 and 200),
    constraint riders_kind_check check (kind in ('technical', 'hospitality', 'stage_plot', 'catering', 'transportation',
        'accommodation', 'security', 'other')),
    constraint riders_status_check check (status in ('draft', 'submitted', 'under_review', 'approved', 'rejected',
        'cancelled', 'fulfilled')),
    constraint riders_priority_check check (priority in ('none', 'low', 'medium', 'high', 'critical')),
    constraint riders_special_requests_check check (length(special_requests) <= 4000),
    constraint riders_contact_person_check check (length(contact_person) <= 200),
    constraint riders_contact_email_check check (length(contact_email) <= 320),
    constraint riders_contact_phone_check check (length(contact_phone) <= 50),
    constraint riders_budget_estimate_check check (budget_estimate >= 0),
    constraint riders_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint riders_approval_notes_check check (length(approval_notes) <= 4000),
    constraint riders_fulfillment_notes_check check (length(fulfillment_notes) <= 4000),
    constraint riders_budget_line_revision_check check (budget_line_revision >= 1),
    constraint riders_rolled_up_amount_check check (rolled_up_amount >= 0),
    constraint riders_approver_not_submitter check (approved_by <> submitted_by)
);

comment on table atlvs.riders is
    'An artist''s or client''s requirements for an event (technical, hospitality, stage plot, catering, transportation, '
    'accommodation, security), approved under L-APPROVAL with the successor state fulfilled. Its lines are rider_items.';
comment on column atlvs.riders.project_id is 'The event''s project (the database refuses another).';
comment on column atlvs.riders.deadline is 'When the requirements must be met: before the event''s setup_start (start_at without one).';
comment on column atlvs.riders.submitted_by is 'Set by the database on submission: the acting user.';
comment on column atlvs.riders.approved_by is 'Set by the database on approval: the acting user, never the submitter.';
comment on column atlvs.riders.budget_id is
    'The finance budget the approved costs rolled into (a record of the roll-up, written by the SDK; no foreign key).';
comment on column atlvs.riders.budget_line_id is 'The budget line revision the last roll-up wrote.';
comment on column atlvs.riders.rolled_up_amount is 'The amount of this rider counted in the budget line, in the rider''s currency.';

create index riders_event_idx on atlvs.riders (organization_id, event_id) where deleted_at is null;
create index riders_lineup_idx on atlvs.riders (organization_id, lineup_id) where lineup_id is not null;
create index riders_project_idx on atlvs.riders (organization_id, project_id, status) where deleted_at is null;
create index riders_status_deadline_idx on atlvs.riders (organization_id, status, deadline) where deleted_at is null;
create index riders_budget_idx on atlvs.riders (organization_id, budget_id, kind) where budget_id is not null;
select atlvs.register_tenant_table('atlvs.riders', soft_delete => true,
    sensitive_columns => array['contact_person', 'contact_email', 'contact_phone']);
select atlvs.null_on_delete('atlvs.riders', 'riders_lineup_fkey');
select atlvs.register_entity_type('rider', 'atlvs.riders');
select atlvs.register_search_source('atlvs.riders', 'rider', array['title'], array['kind', 'status'],
                                    array['special_requests'], 'deleted_at');

-- Whether a rider may move from one L-APPROVAL state to another; mirrored by RiderStatus.LIFECYCLE.
create function atlvs.rider_transition_allowed(from_status text, to_status text) returns boolean
    language sql immutable
    set search_path = pg_catalog, atlvs
as $$
    select case from_status
        when 'draft' then to_status in ('submitted', 'cancelled')
        when 'submitted' then to_status in ('under_review', 'approved', 'rejected', 'draft')
        when 'under_review' then to_status in ('approved', 'rejected')
        when 'rejected' then to_status in ('draft')
        when 'approved' then to_status in ('fulfilled')
        else false
    end
$$;

-- The rider lifecycle: a rider starts as a draft and moves along L-APPROVAL; submission and approval stamp the actor
-- and time (a recall or a reopening to draft clears them); it belongs to its event's project; its deadline falls before
-- the event's setup; it is fulfilled only once every mandatory item is. The stamps change only with the status.
create function atlvs.check_rider() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    ev record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'riders');
    if tg_op = 'INSERT' and new.status <> 'draft' and not atlvs.restoring() then
        raise exception 'a rider starts as a draft (constraint "riders_status_transition")'
            using errcode = 'check_violation', constraint = 'riders_status_transition', table = 'riders', column = 'status';
    end if;
    if tg_op = 'INSERT' or new.event_id is distinct from old.event_id or new.project_id is distinct from old.project_id
       or new.deadline is distinct from old.deadline then
        select e.project_id, coalesce(e.setup_start, e.start_at) as setup_from into ev
          from atlvs.events e
         where e.organization_id = new.organization_id and e.id = new.event_id;
        if found and ev.project_id <> new.project_id then
            raise exception 'a rider belongs to its event''s project (constraint "riders_project_of_event")'
                using errcode = 'check_violation', constraint = 'riders_project_of_event', table = 'riders',
                      column = 'project_id';
        end if;
        if found and new.deadline is not null and new.deadline >= ev.setup_from then
            raise exception 'a rider''s deadline falls before its event''s setup (constraint "riders_deadline_before_setup")'
                using errcode = 'check_violation', constraint = 'riders_deadline_before_setup', table = 'riders',
                      column = 'deadline';
        end if;
    end if;
    if tg_op = 'UPDATE' and new.status is not distinct from old.status and not atlvs.restoring() then
        -- who submitted and who approved change only with the status
        new.submitted_by := old.submitted_by;
        new.submitted_at := old.submitted_at;
        new.approved_by := old.approved_by;
        new.approved_at := old.approved_at;
    end if;
    if tg_op = 'UPDATE' and new.status is distinct from old.status and not atlvs.restoring() then
        if not atlvs.rider_transition_allowed(old.status, new.status) then
            raise exception 'a rider does not move from % to % (constraint "riders_status_transition")', old.status, new.status
                using errcode = 'check_violation', constraint = 'riders_status_transition', table = 'riders',
                      column = 'status';
        end if;
        case new.status
            when 'submitted' then
                if old.status = 'draft' then
                    new.submitted_by := atlvs.current_actor();
                    new.submitted_at := now();
                end if;
            when 'approved' then
                new.approved_by := atlvs.current_actor();
                new.approved_at := now();
            when 'draft' then
                new.submitted_by := null;
                new.submitted_at := null;
                new.approved_by := null;
                new.approved_at := null;
            when 'fulfilled' then
                new.fulfilled_at := coalesce(new.fulfilled_at, now());
                perform atlvs.serialize_decision(new.organization_id, 'riders_fulfilled_items', new.id);
                if exists (select 1 from atlvs.rider_items i
                            where i.organization_id = new.organization_id and i.rider_id = new.id
                              and i.is_mandatory and not i.fulfilled) then
                    raise exception 'a rider is fulfilled only when every mandatory item is (constraint "riders_fulfilled_items")'
                        using errcode = 'check_violation', constraint = 'riders_fulfilled_items', table = 'riders',
                              column = 'status';
                end if;
            else
                null;
        end case;
    end if;
    return new;
end
$$;

-- --- rider items ---

create table atlvs.rider_items (
    organization_id     uuid           not null,
    id                  uuid           not null default atlvs.uuid_v7(),
    rider_id            uuid           not null,
    category            text           not null,
    item                text           not null,
    quantity            integer        not null default 1,
    specifications      text,
    is_mandatory        boolean        not null default true,
    fulfilled           boolean        not null default false,
    fulfilled_at        timestamptz,
    cost                numeric(19, 4),
    currency            char(3),
    supplier_company_id uuid,
    supplier            text,
    notes               text,
    created_at          timestamptz    not null,
    created_by          uuid,
    updated_at          timestamptz    not null,
    updated_by          uuid,
    version             bigint         not null,
    constraint rider_items_pkey primary key (organization_id, id),
    constraint rider_items_rider_fkey foreign key (organization_id, rider_id)
        references atlvs.riders (organization_id, id) on delete cascade,
    constraint rider_items_supplier_company_fkey foreign key (organization_id, supplier_company_id)
        references atlvs.companies (organization_id, id) on delete set null (supplier_company_id),
    constraint rider_items_category_check check (length(btrim(category)) between 1 and 100),
    constraint rider_items_item_check check (length(btrim(item)) between 1 and 200),
    constraint rider_items_quantity_check check (quantity > 0),
    constraint rider_items_specifications_check check (length(specifications) <= 4000),
    constraint rider_items_cost_check check (cost >= 0),
    constraint rider_items_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint rider_items_supplier_check check (length(supplier) <= 200),
    constraint rider_items_notes_check check (length(notes) <= 2000)
);

comment on table atlvs.rider_items is
    'One requirement line of a rider: what, how many, to which specification, whether mandatory, whether fulfilled, at '
    'what cost (in the rider''s currency) and from which supplier (a company, or a name).';
comment on column atlvs.rider_items.fulfilled_at is 'Set by the database when the item is fulfilled, cleared when it is not.';
comment on column atlvs.rider_items.currency is 'The rider''s currency (the database refuses another); given with a cost.';

create index rider_items_rider_idx on atlvs.rider_items (organization_id, rider_id, category);
create index rider_items_supplier_company_idx on atlvs.rider_items (organization_id, supplier_company_id)
    where supplier_company_id is not null;
select atlvs.register_tenant_table('atlvs.rider_items');
select atlvs.null_on_delete('atlvs.rider_items', 'rider_items_supplier_company_fkey');

-- An item's cost is in its rider's currency; fulfilled_at follows fulfilled; the items of a fulfilled rider are not
-- un-fulfilled, and no open mandatory item joins it.
create function atlvs.check_rider_item() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    rider record;
    opens boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'rider_items');
    if new.fulfilled then
        new.fulfilled_at := case when tg_op = 'UPDATE' and old.fulfilled then coalesce(new.fulfilled_at, old.fulfilled_at, now())
                                 else coalesce(new.fulfilled_at, now()) end;
    else
        new.fulfilled_at := null;
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    -- un-fulfilling an item, or bringing an open mandatory item to a rider
    opens := (tg_op = 'UPDATE' and old.fulfilled and not new.fulfilled)
             or (new.is_mandatory and not new.fulfilled
                 and (tg_op = 'INSERT' or not old.is_mandatory or new.rider_id <> old.rider_id));
    if opens then
        perform atlvs.serialize_decision(new.organization_id, 'riders_fulfilled_items', new.rider_id);
    end if;
    select r.status, r.currency into rider from atlvs.riders r
     where r.organization_id = new.organization_id and r.id = new.rider_id;
    if not found then
        return new;
    end if;
    if (new.cost is not null or new.currency is not null) and new.currency is distinct from rider.currency then
        raise exception 'an item''s cost is in its rider''s currency (constraint "rider_items_currency_of_rider")'
            using errcode = 'check_violation', constraint = 'rider_items_currency_of_rider', table = 'rider_items',
                  column = 'currency';
    end if;
    if opens and rider.status = 'fulfilled' then
        raise exception 'a fulfilled rider''s items stay fulfilled and it takes no open mandatory item (constraint "rider_items_rider_fulfilled")'
            using errcode = 'check_violation', constraint = 'rider_items_rider_fulfilled', table = 'rider_items',
                  column = 'fulfilled';
    end if;
    return new;
end
$$;

create trigger check_rider
    before insert or update on atlvs.riders
    for each row execute function atlvs.check_rider();

create trigger check_rider_item
    before insert or update on atlvs.rider_items
    for each row execute function atlvs.check_rider_item();

-- --- the consolidated name ---

create view atlvs.programming_riders with (security_invoker = true) as
    select * from atlvs.riders where deleted_at is null;

comment on view atlvs.programming_riders is
    'Consolidated into riders: the live (not deleted) riders. Their requirement lines are rider_items.';
