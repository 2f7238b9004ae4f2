-- Advancing: the production advance checklist of a project (advancing_items): what must be arranged in thirteen
-- categories from the site's infrastructure to the artists' travel, by whom (an owner, a vendor company), by when, at
-- what estimated and actual cost. A cost is given with its currency; the database stamps completed_at. The estimated
-- and actual costs roll into the project's budget plan through the finance module (AdvancingService).

create table atlvs.advancing_items (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    project_id      uuid           not null,
    category        text           not null,
    title           text           not null,
    description     text,
    status          text           not null default 'pending',
    priority        text           not null default 'medium',
    owner_id        uuid,
    vendor_id       uuid,
    due_date        date,
    estimated_cost  numeric(19, 4),
    actual_cost     numeric(19, 4),
    currency        char(3),
    completed_at    timestamptz,
    notes           text,
    sort_order      integer        not null default 0,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    deleted_at      timestamptz,
    constraint advancing_items_pkey primary key (organization_id, id),
    constraint advancing_items_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint advancing_items_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint advancing_items_vendor_fkey foreign key (organization_id, vendor_id)
        references atlvs.companies (organization_id, id) on delete set null (vendor_id),
    constraint advancing_items_category_check check (category in ('site_infrastructure', 'power', 'staging', 'audio', 'lighting',
        'video', 'rigging', 'security', 'medical', 'catering', 'accommodation', 'transport', 'artist_travel')),
    constraint advancing_items_title_check check (length(btrim(title)) between 1 and 200),
    constraint advancing_items_description_check check (length(description) <= 4000),
    constraint advancing_items_status_check check (status in ('pending', 'in_progress', 'confirmed', 'completed', 'cancelled')),
    constraint advancing_items_priority_check check (priority in ('none', 'low', 'medium', 'high', 'critical')),
    constraint advancing_items_estimated_cost_check check (estimated_cost >= 0),
    constraint advancing_items_actual_cost_check check (actual_cost >= 0),
    constraint advancing_items_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint advancing_items_notes_check check (length(notes) <= 4000),
    constraint advancing_items_sort_order_check check (sort_order >= 0),
    constraint advancing_items_cost_currency check ((estimated_cost is null and actual_cost is null) or currency is not null)
);

comment on table atlvs.advancing_items is
    'One item of a project''s production advance checklist: category, status, priority, owner (a user), vendor (a company), '
    'due date, and estimated and actual cost in one currency. Users delete and restore items.';
comment on column atlvs.advancing_items.owner_id is 'The user responsible for the item (a user id, like the actor columns).';
comment on column atlvs.advancing_items.currency is 'The currency of both costs; required once either is given.';
comment on column atlvs.advancing_items.completed_at is 'Set by the database when the item is completed, cleared when it is reopened.';

create index advancing_items_project_idx on atlvs.advancing_items (organization_id, project_id, category, sort_order)
    where deleted_at is null;
create index advancing_items_status_due_idx on atlvs.advancing_items (organization_id, status, due_date)
    where deleted_at is null;
create index advancing_items_vendor_idx on atlvs.advancing_items (organization_id, vendor_id) where vendor_id is not null;
select atlvs.register_tenant_table('atlvs.advancing_items', soft_delete => true);
select atlvs.null_on_delete('atlvs.advancing_items', 'advancing_items_vendor_fkey');
select atlvs.register_entity_type('advancing_item', 'atlvs.advancing_items');

-- completed_at follows the status.
create function atlvs.stamp_advancing_item() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'advancing_items');
    if new.status = 'completed' then
        new.completed_at := case when tg_op = 'UPDATE' and old.status = 'completed'
                                 then coalesce(old.completed_at, new.completed_at, now())
                                 else coalesce(new.completed_at, now()) end;
    else
        new.completed_at := null;
    end if;
    return new;
end
$$;

create trigger stamp_advancing_item
    before insert or update on atlvs.advancing_items
    for each row execute function atlvs.stamp_advancing_item();
