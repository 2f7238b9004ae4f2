-- Call sheets: the daily document telling crew and talent when and where to report (call_sheets), one call per person
-- (call_sheet_entries) and a snapshot of the calls at each distribution (call_sheet_revisions), from which the SDK
-- computes what changed between two distributions and notifies only the people whose calls changed.
--
-- The database holds:
--   * everyone called holds a confirmed booking of themselves on the sheet's project covering the call
--     (call_sheet_entries_assignment);
--   * a person is on one call at a time: the live calls of a person never overlap (call_sheet_entries_one_call);
--   * a call lies on the sheet's date in the sheet's time zone, its wrap may fall after midnight
--     (call_sheet_entries_on_event_date);
--   * the event and the activation of a sheet belong to its project (call_sheets_event_in_project);
--   * each call commits the person's time within the project (atlvs.commit_project_time), released when the sheet is
--     cancelled or deleted or the call removed;
--   * an edit of a distributed sheet or of its calls moves the sheet to `updated` and bumps its revision; a
--     distribution snapshots the calls of the revision it distributes, and snapshots are never rewritten
--     (call_sheet_revisions_immutable).

-- --- call sheets ---

create table atlvs.call_sheets (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    project_id      uuid        not null,
    event_id        uuid,
    activation_id   uuid,
    title           text        not null,
    call_type       text        not null default 'general',
    event_date      date        not null,
    call_time       time,
    timezone        text,
    location_id     uuid,
    location_note   text,
    description     text,
    schedule        jsonb       not null default '[]',
    contact_info    jsonb       not null default '{}',
    weather_info    jsonb       not null default '{}',
    safety_notes    text,
    parking_info    text,
    catering_info   text,
    equipment_list  jsonb       not null default '[]',
    revision        integer     not null default 1,
    distributed_at  timestamptz,
    status          text        not null default 'draft',
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    deleted_at      timestamptz,
    constraint call_sheets_pkey primary key (organization_id, id),
    constraint call_sheets_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint call_sheets_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint call_sheets_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint call_sheets_activation_fkey foreign key (organization_id, activation_id)
        references atlvs.activations (organization_id, id) on delete cascade,
    constraint call_sheets_location_fkey foreign key (organization_id, location_id)
        references atlvs.locations (organization_id, id) on delete set null (location_id),
    constraint call_sheets_title_check check (length(btrim(title)) between 1 and 200),
    constraint call_sheets_call_type_check check (call_type in ('general', 'crew', 'talent', 'vendor', 'security', 'medical',
        'transport')),
    constraint call_sheets_timezone_check check (length(timezone) between 1 and 64),
    constraint call_sheets_location_note_check check (length(location_note) <= 500),
    constraint call_sheets_description_check check (length(description) <= 10000),
    constraint call_sheets_schedule_check check (jsonb_typeof(schedule) = 'array'),
    constraint call_sheets_contact_info_check check (jsonb_typeof(contact_info) = 'object'),
    constraint call_sheets_weather_info_check check (jsonb_typeof(weather_info) = 'object'),
    constraint call_sheets_safety_notes_check check (length(safety_notes) <= 4000),
    constraint call_sheets_parking_info_check check (length(parking_info) <= 2000),
    constraint call_sheets_catering_info_check check (length(catering_info) <= 2000),
    constraint call_sheets_equipment_list_check check (jsonb_typeof(equipment_list) = 'array'),
    constraint call_sheets_revision_check check (revision >= 1),
    constraint call_sheets_status_check check (status in ('draft', 'published', 'distributed', 'updated', 'cancelled'))
);

comment on table atlvs.call_sheets is
    'The daily document telling crew and talent when and where to report on a date of a project (optionally for an '
    'event or an activation): the general call, contacts, schedule, weather, safety, parking and catering. Per-person '
    'calls are call_sheet_entries. draft -> published -> distributed; an edit after distribution moves it to updated '
    'with the next revision, distributed again; any state -> cancelled.';
comment on column atlvs.call_sheets.call_time is 'The general call, local time on event_date in the sheet''s time zone.';
comment on column atlvs.call_sheets.timezone is
    'IANA time zone of the sheet''s times; filled from the event (else the organization) when not given.';
comment on column atlvs.call_sheets.schedule is
    'The day''s running order as a JSON array of items ({"title", "starts_at", "ends_at", "location"}).';
comment on column atlvs.call_sheets.revision is
    'The revision being prepared or last distributed: 1 at first, one more at each edit after a distribution.';

create index call_sheets_project_idx on atlvs.call_sheets (organization_id, project_id, event_date) where deleted_at is null;
create index call_sheets_event_idx on atlvs.call_sheets (organization_id, event_id) where event_id is not null;
create index call_sheets_activation_idx on atlvs.call_sheets (organization_id, activation_id) where activation_id is not null;
create index call_sheets_location_idx on atlvs.call_sheets (organization_id, location_id) where location_id is not null;
create index call_sheets_status_idx on atlvs.call_sheets (organization_id, status, event_date) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.call_sheets', soft_delete => true);
select atlvs.null_on_delete('atlvs.call_sheets', 'call_sheets_location_fkey');
select atlvs.register_entity_type('call_sheet', 'atlvs.call_sheets');

create view atlvs.programming_call_sheets with (security_invoker = true) as
    select s.*, s.title as name
      from atlvs.call_sheets s
     where s.deleted_at is null;

comment on view atlvs.programming_call_sheets is
    'Consolidated into call_sheets: the live (not deleted) call sheets, with the original application''s name column '
    '(the title). Runs with the caller''s rights, so the tenant isolation of call_sheets applies.';

-- The time zone defaults from the event (else the organization) and must be a known one; the event and the activation
-- belong to the sheet's project. An edit of a distributed sheet makes it updated with the next revision.
create function atlvs.check_call_sheet() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    other_project uuid;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'call_sheets');
    if new.timezone is null then
        if new.event_id is not null then
            select e.timezone into new.timezone from atlvs.events e
             where e.organization_id = new.organization_id and e.id = new.event_id;
        end if;
        if new.timezone is null then
            select o.timezone into new.timezone from atlvs.organizations o where o.id = new.organization_id;
        end if;
    end if;
    if tg_op = 'INSERT' or new.timezone is distinct from old.timezone then
        perform atlvs.check_time_zone(new.timezone, 'call_sheets', 'timezone');
    end if;
    if new.event_id is not null and (tg_op = 'INSERT' or new.event_id is distinct from old.event_id
                                     or new.project_id is distinct from old.project_id) then
        select e.project_id into other_project from atlvs.events e
         where e.organization_id = new.organization_id and e.id = new.event_id;
        if found and other_project <> new.project_id then
            raise exception 'the event and the activation of a call sheet belong to its project (constraint "call_sheets_event_in_project")'
                using errcode = 'check_violation', constraint = 'call_sheets_event_in_project', table = 'call_sheets',
                      column = 'event_id';
        end if;
    end if;
    if new.activation_id is not null and (tg_op = 'INSERT' or new.activation_id is distinct from old.activation_id
                                          or new.project_id is distinct from old.project_id) then
        select a.project_id into other_project from atlvs.activations a
         where a.organization_id = new.organization_id and a.id = new.activation_id;
        if found and other_project <> new.project_id then
            raise exception 'the event and the activation of a call sheet belong to its project (constraint "call_sheets_event_in_project")'
                using errcode = 'check_violation', constraint = 'call_sheets_event_in_project', table = 'call_sheets',
                      column = 'event_id';
        end if;
    end if;
    -- a new date or time zone keeps every live call on the sheet's date
    if tg_op = 'UPDATE' and not atlvs.restoring() and new.status <> 'cancelled' and new.deleted_at is null
       and (new.event_date is distinct from old.event_date or new.timezone is distinct from old.timezone)
       and exists (select 1 from atlvs.call_sheet_entries e
                    where e.organization_id = new.organization_id and e.call_sheet_id = new.id and e.live
                      and (e.call_at at time zone new.timezone)::date <> new.event_date) then
        raise exception 'every call of a sheet lies on its date in its time zone (constraint "call_sheets_calls_on_date")'
            using errcode = 'check_violation', constraint = 'call_sheets_calls_on_date', table = 'call_sheets',
                  column = 'event_date';
    end if;
    if tg_op = 'UPDATE' and not atlvs.restoring() and old.status = 'distributed' and new.status = 'distributed'
       and (new.title, new.call_type, new.event_date, new.call_time, new.timezone, new.location_id, new.location_note,
            new.description, new.schedule, new.contact_info, new.weather_info, new.safety_notes, new.parking_info,
            new.catering_info, new.equipment_list, new.event_id, new.activation_id)
           is distinct from
           (old.title, old.call_type, old.event_date, old.call_time, old.timezone, old.location_id, old.location_note,
            old.description, old.schedule, old.contact_info, old.weather_info, old.safety_notes, old.parking_info,
            old.catering_info, old.equipment_list, old.event_id, old.activation_id) then
        new.status := 'updated';
        new.revision := old.revision + 1;
    end if;
    return new;
end
$$;

create trigger check_call_sheet
    before insert or update on atlvs.call_sheets
    for each row execute function atlvs.check_call_sheet();

-- --- call sheet entries ---

create table atlvs.call_sheet_entries (
    organization_id       uuid        not null,
    id                    uuid        not null default atlvs.uuid_v7(),
    call_sheet_id         uuid        not null,
    person_id             uuid        not null,
    role                  text,
    department            text,
    call_at               timestamptz not null,
    wrap_at               timestamptz not null,
    location_note         text,
    notes                 text,
    acknowledged_at       timestamptz,
    acknowledged_revision integer,
    live                  boolean     not null default true,
    created_at            timestamptz not null,
    created_by            uuid,
    updated_at            timestamptz not null,
    updated_by            uuid,
    version               bigint      not null,
    constraint call_sheet_entries_pkey primary key (organization_id, id),
    constraint call_sheet_entries_call_sheet_fkey foreign key (organization_id, call_sheet_id)
        references atlvs.call_sheets (organization_id, id) on delete cascade,
    constraint call_sheet_entries_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint call_sheet_entries_person_unique unique (organization_id, call_sheet_id, person_id),
    constraint call_sheet_entries_role_check check (length(btrim(role)) between 1 and 100),
    constraint call_sheet_entries_department_check check (length(btrim(department)) between 1 and 100),
    constraint call_sheet_entries_wrap_at_check check (wrap_at > call_at),
    constraint call_sheet_entries_location_note_check check (length(location_note) <= 500),
    constraint call_sheet_entries_notes_check check (length(notes) <= 2000),
    constraint call_sheet_entries_acknowledged_revision_check check (acknowledged_revision >= 1),
    constraint call_sheet_entries_acknowledged_check check ((acknowledged_at is null) = (acknowledged_revision is null)),
    constraint call_sheet_entries_one_call exclude using gist (
        organization_id with =, person_id with =, tstzrange(call_at, wrap_at) with &&) where (live)
);

comment on table atlvs.call_sheet_entries is
    'One person''s call on a call sheet: when they report (call_at) and wrap, their role, department and where. The '
    'person holds a confirmed booking on the sheet''s project covering the call, is on one call at a time, and is '
    'committed for the call (person_commitments, source call_sheet_entries).';
comment on column atlvs.call_sheet_entries.acknowledged_revision is
    'The revision of the sheet the person acknowledged; older than the sheet''s revision means a stale acknowledgement.';
comment on column atlvs.call_sheet_entries.live is
    'Whether the call stands: false while its sheet is cancelled or deleted (maintained by the database).';

create index call_sheet_entries_sheet_idx on atlvs.call_sheet_entries (organization_id, call_sheet_id, call_at);
create index call_sheet_entries_person_idx on atlvs.call_sheet_entries (organization_id, person_id, call_at);
select atlvs.register_tenant_table('atlvs.call_sheet_entries', sensitive_columns => array['person_id', 'notes']);
select atlvs.register_person_data('atlvs.call_sheet_entries', 'person_id', 'delete');

-- A call stands while its sheet is neither cancelled nor deleted; a standing call lies on the sheet's date in its time
-- zone and is covered by a confirmed booking of the person on the sheet's project.
create function atlvs.check_call_sheet_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    sheet record;
    arrival timestamptz;
    platform boolean;
    actor uuid;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'call_sheet_entries');
    -- a call is acknowledged by the person called, or on their behalf by a holder of programming.call_sheets.approve
    -- (platform operations pass)
    if new.acknowledged_at is not null and not atlvs.restoring()
       and (tg_op = 'INSERT' or new.acknowledged_at is distinct from old.acknowledged_at
            or new.acknowledged_revision is distinct from old.acknowledged_revision) then
        select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
        if not coalesce(platform, false) and not atlvs.actor_is_person(new.organization_id, new.person_id)
           and (actor is null or not atlvs.actor_covers(array['programming.call_sheets.approve'], null, null)) then
            perform atlvs.refuse_privilege('call_sheet_entries_acknowledge_permission', 'call_sheet_entries', 'acknowledged_at',
                'a call is acknowledged by the person called or by a holder of programming.call_sheets.approve (constraint "call_sheet_entries_acknowledge_permission")');
        end if;
    end if;
    select s.project_id, s.event_date, s.timezone, s.status <> 'cancelled' and s.deleted_at is null as live into sheet
      from atlvs.call_sheets s
     where s.organization_id = new.organization_id and s.id = new.call_sheet_id;
    if not found then
        return new;
    end if;
    new.live := sheet.live;
    if atlvs.restoring() or not new.live then
        return new;
    end if;
    if tg_op = 'UPDATE' and old.live = new.live and new.call_at = old.call_at
       and new.wrap_at = old.wrap_at and new.person_id = old.person_id and new.call_sheet_id = old.call_sheet_id then
        return new;
    end if;
    if (new.call_at at time zone sheet.timezone)::date <> sheet.event_date then
        raise exception 'a call lies on its sheet''s date in the sheet''s time zone (constraint "call_sheet_entries_on_event_date")'
            using errcode = 'check_violation', constraint = 'call_sheet_entries_on_event_date', table = 'call_sheet_entries',
                  column = 'call_at';
    end if;
    -- nobody is called before their travel of the project gets them there (travel/V4: atlvs.person_arrival_at)
    arrival := atlvs.person_arrival_at(new.organization_id, new.person_id, sheet.project_id, sheet.event_date);
    if arrival is not null and new.call_at < arrival then
        raise exception 'nobody is called before their travel gets them there (constraint "call_sheet_entries_after_arrival")'
            using errcode = 'check_violation', constraint = 'call_sheet_entries_after_arrival', table = 'call_sheet_entries',
                  column = 'call_at';
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'call_sheet_entries_assignment', new.person_id);
    if not exists (select 1 from atlvs.project_resources r
                    where r.organization_id = new.organization_id and r.project_id = sheet.project_id
                      and r.resource_type = 'person' and r.resource_id = new.person_id and r.status = 'confirmed'
                      and r.start_at <= new.call_at and r.end_at >= new.wrap_at) then
        raise exception 'everyone called holds a confirmed booking on the project covering the call (constraint "call_sheet_entries_assignment")'
            using errcode = 'check_violation', constraint = 'call_sheet_entries_assignment', table = 'call_sheet_entries',
                  column = 'person_id';
    end if;
    return new;
end
$$;

create trigger check_call_sheet_entry
    before insert or update on atlvs.call_sheet_entries
    for each row execute function atlvs.check_call_sheet_entry();

-- A standing call commits the person's time within the sheet's project; a call that no longer stands, or is removed,
-- releases it. A change of a call on a distributed sheet makes the sheet updated with the next revision (an
-- acknowledgement is not a change of the call). While the audit trail restores rows, it restores the commitments.
create function atlvs.commit_call_sheet_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    sheet record;
    entry record;
    next_revision integer;
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        entry := old;
    else
        entry := new;
    end if;
    select s.project_id, s.title into sheet from atlvs.call_sheets s
     where s.organization_id = entry.organization_id and s.id = entry.call_sheet_id;
    if tg_op = 'DELETE' or not new.live then
        perform atlvs.release_person_time(entry.organization_id, 'call_sheet_entries', entry.id);
    elsif found then
        perform atlvs.commit_project_time(new.organization_id, new.person_id, sheet.project_id, 'call_sheet_entries', new.id,
                                          new.call_at, new.wrap_at, 100, 'confirmed',
                                          left(sheet.title || ': ' || coalesce(new.role, 'call'), 200));
    end if;
    if tg_op <> 'UPDATE'
       or (new.person_id, new.role, new.department, new.call_at, new.wrap_at, new.location_note, new.notes)
          is distinct from (old.person_id, old.role, old.department, old.call_at, old.wrap_at, old.location_note, old.notes) then
        select s.revision + 1 into next_revision from atlvs.call_sheets s
         where s.organization_id = entry.organization_id and s.id = entry.call_sheet_id and s.status = 'distributed';
        if next_revision is not null then
            update atlvs.call_sheets s set status = 'updated', revision = next_revision
             where s.organization_id = entry.organization_id and s.id = entry.call_sheet_id and s.status = 'distributed';
        end if;
    end if;
    return entry;
end
$$;

create trigger commit_call_sheet_entry
    after insert or update or delete on atlvs.call_sheet_entries
    for each row execute function atlvs.commit_call_sheet_entry();

-- A cancelled or deleted sheet's calls stop standing (and release the people's time); a restored one's stand again.
create function atlvs.sync_call_sheet_entries() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    standing boolean := new.status <> 'cancelled' and new.deleted_at is null;
begin
    if atlvs.restoring() then
        return new;
    end if;
    update atlvs.call_sheet_entries e set live = standing
     where e.organization_id = new.organization_id and e.call_sheet_id = new.id and e.live <> standing;
    return new;
end
$$;

create trigger sync_call_sheet_entries
    after update on atlvs.call_sheets
    for each row execute function atlvs.sync_call_sheet_entries();

-- --- call sheet revisions ---

create table atlvs.call_sheet_revisions (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    call_sheet_id   uuid        not null,
    revision        integer     not null,
    distributed_at  timestamptz not null,
    distributed_by  uuid,
    entries         jsonb       not null default '[]',
    note            text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint call_sheet_revisions_pkey primary key (organization_id, id),
    constraint call_sheet_revisions_call_sheet_fkey foreign key (organization_id, call_sheet_id)
        references atlvs.call_sheets (organization_id, id) on delete cascade,
    constraint call_sheet_revisions_revision_unique unique (organization_id, call_sheet_id, revision),
    constraint call_sheet_revisions_revision_check check (revision >= 1),
    constraint call_sheet_revisions_entries_check check (jsonb_typeof(entries) = 'array'),
    constraint call_sheet_revisions_note_check check (length(note) <= 2000)
);

comment on table atlvs.call_sheet_revisions is
    'The calls of a call sheet as distributed, one row per distribution (revision): an array of {entry_id, person_id, '
    'role, department, call_at, wrap_at, location_note}. Written by the database when a sheet becomes distributed; '
    'only its note changes afterwards. Revision diffs compare the current calls with the last snapshot.';

select atlvs.register_tenant_table('atlvs.call_sheet_revisions', sensitive_columns => array['entries']);

-- A snapshot is what was distributed: only its note changes.
create function atlvs.check_call_sheet_revision() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if not atlvs.restoring()
       and (new.call_sheet_id, new.revision, new.distributed_at, new.distributed_by, new.entries)
           is distinct from (old.call_sheet_id, old.revision, old.distributed_at, old.distributed_by, old.entries) then
        raise exception 'a distributed revision is never rewritten (constraint "call_sheet_revisions_immutable")'
            using errcode = 'check_violation', constraint = 'call_sheet_revisions_immutable', table = 'call_sheet_revisions',
                  column = 'entries';
    end if;
    return new;
end
$$;

create trigger check_call_sheet_revision
    before update on atlvs.call_sheet_revisions
    for each row execute function atlvs.check_call_sheet_revision();

-- Distributing a sheet snapshots its standing calls under its revision. The snapshot is read first and inserted as
-- values, which a distributed database runs on the sheet's shard.
create function atlvs.snapshot_call_sheet() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    calls jsonb;
    distributed timestamptz;
begin
    if atlvs.restoring() or new.status <> 'distributed' or (tg_op = 'UPDATE' and old.status = 'distributed') then
        return new;
    end if;
    select coalesce(jsonb_agg(jsonb_build_object('entry_id', e.id, 'person_id', e.person_id, 'role', e.role,
                                                 'department', e.department, 'call_at', e.call_at, 'wrap_at', e.wrap_at,
                                                 'location_note', e.location_note)
                              order by e.call_at, e.person_id), '[]')
      into calls
      from atlvs.call_sheet_entries e
     where e.organization_id = new.organization_id and e.call_sheet_id = new.id;
    distributed := coalesce(new.distributed_at, now());
    insert into atlvs.call_sheet_revisions (organization_id, call_sheet_id, revision, distributed_at, distributed_by, entries)
    values (new.organization_id, new.id, new.revision, distributed, atlvs.current_actor(), calls)
    on conflict (organization_id, call_sheet_id, revision) do nothing;
    return new;
end
$$;

create trigger snapshot_call_sheet
    after insert or update on atlvs.call_sheets
    for each row execute function atlvs.snapshot_call_sheet();

-- --- the bookings that calls stand on ---

-- A confirmed booking that covers a live call is not released, narrowed or moved away from it while no other confirmed
-- booking of the person on the project covers the call: release or move the call first. Decided one transaction at a
-- time per person with the calls themselves (call_sheet_entries_assignment), so that a call and the release of its
-- booking racing each other cannot both commit. Deleting a booking is left to the projects module (a project's
-- deletion takes its call sheets with it).
create function atlvs.check_called_booking() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() or old.resource_type <> 'person' or old.resource_id is null or old.status <> 'confirmed' then
        return new;
    end if;
    if new.status = 'confirmed' and new.resource_type = 'person' and new.resource_id = old.resource_id
       and new.project_id = old.project_id and new.start_at <= old.start_at and new.end_at >= old.end_at then
        return new;
    end if;
    perform atlvs.serialize_decision(old.organization_id, 'call_sheet_entries_assignment', old.resource_id);
    if exists (
        select 1
          from atlvs.call_sheet_entries e
          join atlvs.call_sheets s on s.organization_id = e.organization_id and s.id = e.call_sheet_id
         where e.organization_id = old.organization_id and e.person_id = old.resource_id and e.live
           and s.project_id = old.project_id and e.call_at >= old.start_at and e.wrap_at <= old.end_at
           and not (new.status = 'confirmed' and new.resource_type = 'person' and new.resource_id = e.person_id
                    and new.project_id = s.project_id and new.start_at <= e.call_at and new.end_at >= e.wrap_at)
           and not exists (select 1 from atlvs.project_resources r
                            where r.organization_id = e.organization_id and r.project_id = s.project_id and r.id <> old.id
                              and r.resource_type = 'person' and r.resource_id = e.person_id and r.status = 'confirmed'
                              and r.start_at <= e.call_at and r.end_at >= e.wrap_at)) then
        raise exception 'a booking that a call stands on stays confirmed and covering the call (constraint "project_resources_called")'
            using errcode = 'check_violation', constraint = 'project_resources_called', table = 'project_resources',
                  column = 'status';
    end if;
    return new;
end
$$;

create trigger check_called_booking
    before update on atlvs.project_resources
    for each row execute function atlvs.check_called_booking();

-- --- the setup gate of activations ---

-- An activation goes active once a call sheet of it has been distributed (its setup call is out), unless the write
-- carries an audit reason (an override recorded on its audit entry), whoever writes the row.
create function atlvs.check_activation_ready() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() or new.status <> 'active' or old.status = 'active' then
        return new;
    end if;
    if nullif(current_setting('atlvs.audit_reason', true), '') is null
       and not exists (select 1 from atlvs.call_sheets s
                        where s.organization_id = new.organization_id and s.activation_id = new.id
                          and s.status = 'distributed' and s.deleted_at is null) then
        raise exception 'an activation goes active once its setup call sheet has been distributed (constraint "activations_setup_call_distributed")'
            using errcode = 'check_violation', constraint = 'activations_setup_call_distributed', table = 'activations',
                  column = 'status';
    end if;
    return new;
end
$$;

create trigger check_activation_ready
    before update on atlvs.activations
    for each row execute function atlvs.check_activation_ready();
