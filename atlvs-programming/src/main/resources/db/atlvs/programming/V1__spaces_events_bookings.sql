-- The show's places and times: spaces (stages, green rooms, production offices) as bookable subtypes of locations,
-- events (festival, day, set, activation, workshop, rehearsal, setup, breakdown) and space bookings, the one ledger
-- of who occupies a space when. An event in a space books it for its occupancy window [setup_start, teardown_end);
-- holds that are not events (press room, catering) are bookings of their own. No two live bookings of a space
-- overlap, each followed by the space's turnover buffer, unless the space allows concurrent use: an exclusion
-- constraint holds it, so that of two transactions booking the same space at the same time exactly one commits.
--
-- The exclusion constraints of this module need btree_gist (trusted: the migrating role needs CREATE on the database,
-- not superuser), created in atlvs_extensions where it is not installed already, as core's V30 does for search.

select atlvs.distribute_schema();

do $$
begin
    if not exists (select 1 from pg_catalog.pg_extension e where e.extname = 'btree_gist') then
        execute 'create schema if not exists atlvs_extensions';
        execute 'create extension if not exists btree_gist schema atlvs_extensions';
    end if;
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user
       and exists (select 1 from pg_catalog.pg_namespace n where n.nspname = 'atlvs_extensions') then
        execute format('grant usage on schema atlvs_extensions to %I', '${runtime_role}');
    end if;
end
$$;

-- --- spaces ---

create table atlvs.spaces (
    organization_id     uuid        not null,
    id                  uuid        not null default atlvs.uuid_v7(),
    location_id         uuid,
    name                text        not null,
    kind                text        not null default 'stage',
    status              text        not null default 'available',
    building            text,
    floor               text,
    room_number         text,
    capacity            integer,
    current_occupancy   integer     not null default 0,
    access_level        text        not null default 'public',
    amenities           text[]      not null default '{}',
    equipment           jsonb       not null default '{}',
    allow_concurrent    boolean     not null default false,
    turnover_minutes    integer     not null default 0,
    max_booking_minutes integer,
    curfew              time,
    notes               text,
    created_at          timestamptz not null,
    created_by          uuid,
    updated_at          timestamptz not null,
    updated_by          uuid,
    version             bigint      not null,
    deleted_at          timestamptz,
    constraint spaces_pkey primary key (organization_id, id),
    constraint spaces_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint spaces_location_fkey foreign key (organization_id, location_id)
        references atlvs.locations (organization_id, id) on delete set null (location_id),
    constraint spaces_name_check check (length(btrim(name)) between 1 and 200),
    constraint spaces_kind_check check (kind in ('stage', 'room', 'green_room', 'dressing_room', 'meeting_room', 'classroom',
        'rehearsal_room', 'backstage', 'office', 'storage', 'loading_dock', 'parking', 'outdoor', 'virtual', 'other')),
    constraint spaces_status_check check (status in ('available', 'reserved', 'occupied', 'setup', 'breakdown', 'cleaning',
        'maintenance', 'out_of_service')),
    constraint spaces_building_check check (length(building) <= 100),
    constraint spaces_floor_check check (length(floor) <= 50),
    constraint spaces_room_number_check check (length(room_number) <= 50),
    constraint spaces_capacity_check check (capacity > 0),
    constraint spaces_current_occupancy_check check (current_occupancy >= 0),
    constraint spaces_occupancy_within_capacity check (capacity is null or current_occupancy <= capacity),
    constraint spaces_access_level_check check (access_level in ('public', 'restricted', 'staff_only', 'talent_only',
        'crew_only', 'vip', 'private')),
    constraint spaces_equipment_check check (jsonb_typeof(equipment) = 'object'),
    constraint spaces_turnover_minutes_check check (turnover_minutes between 0 and 1440),
    constraint spaces_max_booking_minutes_check check (max_booking_minutes > 0),
    constraint spaces_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.spaces is
    'Bookable areas inside a venue (stages, green rooms, dressing rooms, production office, loading dock): the bookable '
    'subtype of a location, with its booking rules (turnover buffer after each booking, longest booking, concurrent use) '
    'and curfew.';
comment on column atlvs.spaces.location_id is 'The location this space is; at most one space per location.';
comment on column atlvs.spaces.turnover_minutes is 'Minutes the space needs after each booking before the next may start.';
comment on column atlvs.spaces.allow_concurrent is 'Whether bookings of the space may overlap (a foyer, an outdoor area).';
comment on column atlvs.spaces.curfew is
    'Local time (in the event''s time zone) by which anything on the space ends; a curfew before 06:00 falls on the next '
    'calendar day of a show day.';

create unique index spaces_location_unique on atlvs.spaces (organization_id, location_id)
    where location_id is not null and deleted_at is null;
create index spaces_name_idx on atlvs.spaces (organization_id, name) where deleted_at is null;
create index spaces_kind_status_idx on atlvs.spaces (organization_id, kind, status) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.spaces', soft_delete => true);
select atlvs.null_on_delete('atlvs.spaces', 'spaces_location_fkey');
select atlvs.register_entity_type('space', 'atlvs.spaces');

-- --- events ---

create table atlvs.events (
    organization_id     uuid        not null,
    id                  uuid        not null default atlvs.uuid_v7(),
    project_id          uuid        not null,
    parent_event_id     uuid,
    title               text        not null,
    description         text,
    event_type          text        not null default 'performance',
    status              text        not null default 'draft',
    space_id            uuid,
    location_id         uuid,
    capacity            integer,
    start_at            timestamptz not null,
    end_at              timestamptz not null,
    setup_start         timestamptz,
    teardown_end        timestamptz,
    curfew_at           timestamptz,
    timezone            text        not null,
    is_all_day          boolean     not null default false,
    broadcast_url       text,
    tags                text[]      not null default '{}',
    metadata            jsonb       not null default '{}',
    expected_attendance integer,
    actual_attendance   integer,
    lineup_status       text        not null default 'draft',
    lineup_locked       boolean     not null default false,
    created_at          timestamptz not null,
    created_by          uuid,
    updated_at          timestamptz not null,
    updated_by          uuid,
    version             bigint      not null,
    deleted_at          timestamptz,
    constraint events_pkey primary key (organization_id, id),
    constraint events_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint events_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint events_parent_fkey foreign key (organization_id, parent_event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint events_space_fkey foreign key (organization_id, space_id)
        references atlvs.spaces (organization_id, id),
    constraint events_location_fkey foreign key (organization_id, location_id)
        references atlvs.locations (organization_id, id) on delete set null (location_id),
    constraint events_title_check check (length(btrim(title)) between 1 and 200),
    constraint events_description_check check (length(description) <= 10000),
    constraint events_event_type_check check (event_type in ('festival', 'performance', 'activation', 'workshop', 'meeting',
        'rehearsal', 'setup', 'breakdown', 'other')),
    constraint events_status_check check (status in ('draft', 'scheduled', 'in_progress', 'completed', 'cancelled')),
    constraint events_capacity_check check (capacity > 0),
    constraint events_end_at_check check (end_at > start_at),
    constraint events_setup_start_check check (setup_start <= start_at),
    constraint events_teardown_end_check check (teardown_end >= end_at),
    constraint events_curfew_at_check check (curfew_at > start_at),
    constraint events_timezone_check check (length(timezone) between 1 and 64),
    constraint events_broadcast_url_check check (broadcast_url ~ '^https?://' and length(broadcast_url) <= 2048),
    constraint events_metadata_check check (jsonb_typeof(metadata) = 'object'),
    constraint events_expected_attendance_check check (expected_attendance >= 0),
    constraint events_actual_attendance_check check (actual_attendance >= 0),
    constraint events_lineup_status_check check (lineup_status in ('draft', 'announced', 'final')),
    constraint events_parent_check check (parent_event_id <> id)
);

comment on table atlvs.events is
    'A scheduled item of a show''s programme (festival, day, set, activation, workshop, rehearsal, setup, breakdown), '
    'nested festival -> day -> set. An event in a space books it for its occupancy window [setup_start, teardown_end) '
    '(start_at and end_at where those are not set) through space_bookings.';
comment on column atlvs.events.timezone is 'IANA time zone in which the event''s times are shown and its curfew is read.';
comment on column atlvs.events.curfew_at is 'The moment by which everything of the event ends (a licence condition).';
comment on column atlvs.events.lineup_locked is 'A locked lineup refuses every slot change except cancellation.';

create index events_project_idx on atlvs.events (organization_id, project_id, start_at) where deleted_at is null;
create index events_parent_idx on atlvs.events (organization_id, parent_event_id) where parent_event_id is not null;
create index events_space_idx on atlvs.events (organization_id, space_id, start_at) where space_id is not null;
create index events_location_idx on atlvs.events (organization_id, location_id) where location_id is not null;
create index events_status_idx on atlvs.events (organization_id, status, start_at) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.events', soft_delete => true);
select atlvs.null_on_delete('atlvs.events', 'events_location_fkey');
select atlvs.register_entity_type('event', 'atlvs.events');

-- A child event lies inside its parent's window; an event holds no more people than its space.
create function atlvs.check_event() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent record;
    space record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'events');
    if tg_op = 'INSERT' or new.timezone is distinct from old.timezone then
        perform atlvs.check_time_zone(new.timezone, 'events', 'timezone');
    end if;
    if new.parent_event_id is not null then
        select e.start_at, e.end_at, coalesce(e.setup_start, e.start_at) as occupied_from,
               coalesce(e.teardown_end, e.end_at) as occupied_until
          into parent
          from atlvs.events e
         where e.organization_id = new.organization_id and e.id = new.parent_event_id;
        if found and (coalesce(new.setup_start, new.start_at) < parent.occupied_from
                      or coalesce(new.teardown_end, new.end_at) > parent.occupied_until) then
            raise exception 'an event lies inside its parent event (constraint "events_inside_parent")'
                using errcode = 'check_violation', constraint = 'events_inside_parent', table = 'events',
                      column = 'start_at';
        end if;
    end if;
    if new.space_id is not null and (new.capacity is not null) then
        select s.capacity into space from atlvs.spaces s
         where s.organization_id = new.organization_id and s.id = new.space_id;
        if space.capacity is not null and new.capacity > space.capacity then
            raise exception 'an event holds no more people than its space (constraint "events_capacity_within_space")'
                using errcode = 'check_violation', constraint = 'events_capacity_within_space', table = 'events',
                      column = 'capacity';
        end if;
    end if;
    return new;
end
$$;

create trigger check_event
    before insert or update on atlvs.events
    for each row execute function atlvs.check_event();

-- --- space bookings ---

create table atlvs.space_bookings (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    space_id        uuid        not null,
    event_id        uuid,
    booked_for_type text,
    booked_for_id   uuid,
    title           text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    buffer_until    timestamptz not null,
    shared          boolean     not null default false,
    status          text        not null default 'hold',
    notes           text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint space_bookings_pkey primary key (organization_id, id),
    constraint space_bookings_space_fkey foreign key (organization_id, space_id)
        references atlvs.spaces (organization_id, id) on delete cascade,
    constraint space_bookings_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint space_bookings_event_unique unique (organization_id, event_id),
    constraint space_bookings_booked_for_type_check check (booked_for_type ~ '^[a-z][a-z0-9_]{0,62}$'),
    constraint space_bookings_booked_for_check check ((booked_for_type is null) = (booked_for_id is null)),
    constraint space_bookings_title_check check (length(btrim(title)) between 1 and 200),
    constraint space_bookings_ends_at_check check (ends_at > starts_at),
    constraint space_bookings_status_check check (status in ('hold', 'confirmed', 'released')),
    constraint space_bookings_notes_check check (length(notes) <= 2000),
    constraint space_bookings_no_overlap exclude using gist (
        organization_id with =, space_id with =, tstzrange(starts_at, buffer_until) with &&)
        where (status <> 'released' and not shared)
);

comment on table atlvs.space_bookings is
    'Who occupies a space when: the occupancy of every event in the space (written by the database from the event) and '
    'holds that are not events (press room, catering). Live bookings (hold, confirmed) of a space never overlap, each '
    'followed by the space''s turnover buffer, unless the space allows concurrent use.';
comment on column atlvs.space_bookings.event_id is 'The event whose occupancy this is; the database keeps it in step with the event.';
comment on column atlvs.space_bookings.buffer_until is 'ends_at plus the space''s turnover minutes: derived by the database.';
comment on column atlvs.space_bookings.shared is 'Whether the space allows concurrent use: derived by the database.';

create index space_bookings_space_idx on atlvs.space_bookings (organization_id, space_id, starts_at);
create index space_bookings_booked_for_idx on atlvs.space_bookings (organization_id, booked_for_type, booked_for_id)
    where booked_for_id is not null;
create index space_bookings_status_idx on atlvs.space_bookings (organization_id, status, starts_at);
select atlvs.register_tenant_table('atlvs.space_bookings');

-- The booking of an event is the event's occupancy, nothing else: it names the event's space and window and is held
-- while the event is a draft, confirmed while it is scheduled, running or completed, and released otherwise. Only the
-- event moves it (book_event_space below); a write of the booking itself that departs from the event is refused.
create function atlvs.check_event_booking(organization uuid, event uuid, space uuid, from_at timestamptz,
                                          to_at timestamptz, booking_status text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    e record;
    live boolean;
    derived_status text := 'confirmed';
begin
    select ev.space_id, ev.status, ev.deleted_at, ev.start_at, ev.end_at, ev.setup_start, ev.teardown_end
      into e
      from atlvs.events ev
     where ev.organization_id = organization and ev.id = event;
    if not found then
        return;
    end if;
    live := e.space_id is not null and e.status <> 'cancelled' and e.deleted_at is null;
    if e.status = 'draft' then
        derived_status := 'hold';
    end if;
    if (live and (e.space_id <> space or coalesce(e.setup_start, e.start_at) <> from_at
                  or coalesce(e.teardown_end, e.end_at) <> to_at or derived_status <> booking_status))
       or (not live and booking_status <> 'released') then
        raise exception 'the booking of an event changes only with its event (constraint "space_bookings_event_owned")'
            using errcode = 'check_violation', constraint = 'space_bookings_event_owned', table = 'space_bookings',
                  column = 'event_id';
    end if;
end
$$;

-- A live booking of a live event is not deleted on its own: the event releases it.
create function atlvs.check_space_booking_delete() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if old.event_id is not null and old.status <> 'released' and not atlvs.restoring()
       and exists (select 1 from atlvs.events ev
                    where ev.organization_id = old.organization_id and ev.id = old.event_id and ev.space_id is not null
                      and ev.status <> 'cancelled' and ev.deleted_at is null) then
        raise exception 'the booking of an event changes only with its event (constraint "space_bookings_event_owned")'
            using errcode = 'check_violation', constraint = 'space_bookings_event_owned', table = 'space_bookings',
                  column = 'event_id';
    end if;
    return old;
end
$$;

-- The buffer and the shared flag come from the space; a space under maintenance or out of service takes no new
-- booking and no moved one; a booking is no longer than the space allows.
create function atlvs.check_space_booking() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    space record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'space_bookings');
    select s.status, s.allow_concurrent, s.turnover_minutes, s.max_booking_minutes, s.deleted_at into space
      from atlvs.spaces s
     where s.organization_id = new.organization_id and s.id = new.space_id;
    if not found then
        return new;
    end if;
    new.buffer_until := new.ends_at + make_interval(mins => space.turnover_minutes);
    new.shared := space.allow_concurrent;
    if new.event_id is not null and not atlvs.restoring() then
        perform atlvs.check_event_booking(new.organization_id, new.event_id, new.space_id, new.starts_at, new.ends_at,
                                          new.status);
    end if;
    if new.status <> 'released' and (tg_op = 'INSERT' or old.status = 'released' or new.space_id <> old.space_id
                                     or new.starts_at <> old.starts_at or new.ends_at <> old.ends_at) then
        if space.status in ('maintenance', 'out_of_service') or space.deleted_at is not null then
            raise exception 'the space takes no bookings while it is under maintenance, out of service or deleted (constraint "space_bookings_space_bookable")'
                using errcode = 'check_violation', constraint = 'space_bookings_space_bookable',
                      table = 'space_bookings', column = 'space_id';
        end if;
        if space.max_booking_minutes is not null
           and new.ends_at - new.starts_at > make_interval(mins => space.max_booking_minutes) then
            raise exception 'a booking is no longer than its space allows (constraint "space_bookings_max_length")'
                using errcode = 'check_violation', constraint = 'space_bookings_max_length',
                      table = 'space_bookings', column = 'ends_at';
        end if;
    end if;
    return new;
end
$$;

create trigger check_space_booking
    before insert or update on atlvs.space_bookings
    for each row execute function atlvs.check_space_booking();

create trigger check_space_booking_delete
    before delete on atlvs.space_bookings
    for each row execute function atlvs.check_space_booking_delete();

-- An event in a space books it: a draft event holds the space, a scheduled, running or completed one confirms it, a
-- cancelled or deleted one releases it. An overlap is reported on the event (events_space_occupancy). While the audit
-- trail restores rows (a revert), it restores the bookings itself.
create function atlvs.book_event_space() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    live boolean;
    occupied_from timestamptz;
    occupied_until timestamptz;
    derived_status text;
begin
    if atlvs.restoring() then
        return new;
    end if;
    live := new.space_id is not null and new.status <> 'cancelled' and new.deleted_at is null;
    if tg_op = 'UPDATE' and not live then
        update atlvs.space_bookings b set status = 'released'
         where b.organization_id = new.organization_id and b.event_id = new.id and b.status <> 'released';
        return new;
    end if;
    if not live then
        return new;
    end if;
    occupied_from := coalesce(new.setup_start, new.start_at);
    occupied_until := coalesce(new.teardown_end, new.end_at);
    derived_status := 'confirmed';
    if new.status = 'draft' then
        derived_status := 'hold';
    end if;
    begin
        update atlvs.space_bookings b
           set space_id = new.space_id, title = new.title, starts_at = occupied_from, ends_at = occupied_until,
               status = derived_status
         where b.organization_id = new.organization_id and b.event_id = new.id
           and (b.space_id, b.title, b.starts_at, b.ends_at, b.status)
               is distinct from (new.space_id, new.title, occupied_from, occupied_until, derived_status);
        if not found then
            insert into atlvs.space_bookings (organization_id, space_id, event_id, booked_for_type, booked_for_id, title,
                                              starts_at, ends_at, buffer_until, status)
            values (new.organization_id, new.space_id, new.id, 'event', new.id, new.title, occupied_from, occupied_until,
                    occupied_until, derived_status)
            on conflict (organization_id, event_id) do nothing;
        end if;
    exception
        when exclusion_violation then
            raise exception 'the space is occupied in the event''s window, turnover included (constraint "events_space_occupancy")'
                using errcode = 'exclusion_violation', constraint = 'events_space_occupancy', table = 'events',
                      column = 'setup_start';
        when check_violation then
            if sqlerrm like '%space_bookings_space_bookable%' then
                raise exception 'the space takes no bookings while it is under maintenance, out of service or deleted (constraint "events_space_bookable")'
                    using errcode = 'check_violation', constraint = 'events_space_bookable', table = 'events',
                          column = 'space_id';
            elsif sqlerrm like '%space_bookings_max_length%' then
                raise exception 'an event is no longer than its space allows a booking to be (constraint "events_space_max_length")'
                    using errcode = 'check_violation', constraint = 'events_space_max_length', table = 'events',
                          column = 'teardown_end';
            end if;
            raise;
    end;
    return new;
end
$$;

create trigger book_event_space
    after insert or update on atlvs.events
    for each row execute function atlvs.book_event_space();

-- A change of a space's booking rules applies to its bookings; one that would make live bookings overlap is refused.
create function atlvs.apply_space_rules() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return new;
    end if;
    if new.turnover_minutes is distinct from old.turnover_minutes or new.allow_concurrent is distinct from old.allow_concurrent then
        begin
            -- check_space_booking derives the buffer and the shared flag of each booking from the space anew
            update atlvs.space_bookings b
               set buffer_until = b.ends_at, shared = new.allow_concurrent
             where b.organization_id = new.organization_id and b.space_id = new.id;
        exception
            when exclusion_violation then
                raise exception 'the space''s bookings would overlap under its new booking rules (constraint "spaces_booking_rules_conflict")'
                    using errcode = 'exclusion_violation', constraint = 'spaces_booking_rules_conflict', table = 'spaces',
                          column = 'turnover_minutes';
        end;
    end if;
    return new;
end
$$;

create trigger apply_space_rules
    after update on atlvs.spaces
    for each row execute function atlvs.apply_space_rules();

-- --- activations ---

create table atlvs.activations (
    organization_id      uuid          not null,
    id                   uuid          not null default atlvs.uuid_v7(),
    project_id           uuid          not null,
    name                 text          not null,
    description          text,
    client_company_id    uuid,
    location_id          uuid,
    start_date           timestamptz   not null,
    end_date             timestamptz   not null,
    status               text          not null default 'planning',
    footfall_target      integer,
    actual_footfall      integer,
    leads_captured       integer,
    samples_distributed  integer,
    budget_amount        numeric(19, 4),
    currency             char(3),
    created_at           timestamptz   not null,
    created_by           uuid,
    updated_at           timestamptz   not null,
    updated_by           uuid,
    version              bigint        not null,
    deleted_at           timestamptz,
    constraint activations_pkey primary key (organization_id, id),
    constraint activations_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint activations_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint activations_client_company_fkey foreign key (organization_id, client_company_id)
        references atlvs.companies (organization_id, id) on delete set null (client_company_id),
    constraint activations_location_fkey foreign key (organization_id, location_id)
        references atlvs.locations (organization_id, id) on delete set null (location_id),
    constraint activations_name_check check (length(btrim(name)) between 1 and 200),
    constraint activations_description_check check (length(description) <= 10000),
    constraint activations_end_date_check check (end_date >= start_date),
    constraint activations_status_check check (status in ('planning', 'setup', 'active', 'complete', 'cancelled')),
    constraint activations_footfall_target_check check (footfall_target >= 0),
    constraint activations_actual_footfall_check check (actual_footfall >= 0),
    constraint activations_leads_captured_check check (leads_captured >= 0),
    constraint activations_samples_distributed_check check (samples_distributed >= 0),
    constraint activations_budget_amount_check check (budget_amount >= 0),
    constraint activations_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint activations_budget_currency_check check (budget_amount is null or currency is not null)
);

comment on table atlvs.activations is
    'A brand activation or experiential install (pop-up, sponsor booth, sampling tour stop) with its footfall, lead and '
    'sampling figures. It lies inside its project''s dates.';

create index activations_project_idx on atlvs.activations (organization_id, project_id, start_date) where deleted_at is null;
create index activations_client_company_idx on atlvs.activations (organization_id, client_company_id)
    where client_company_id is not null;
create index activations_location_idx on atlvs.activations (organization_id, location_id) where location_id is not null;
create index activations_status_idx on atlvs.activations (organization_id, status, start_date) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.activations', soft_delete => true);
select atlvs.null_on_delete('atlvs.activations', 'activations_client_company_fkey');
select atlvs.null_on_delete('atlvs.activations', 'activations_location_fkey');
select atlvs.register_entity_type('activation', 'atlvs.activations');

-- An activation lies inside its project's dates (where the project has them).
create function atlvs.check_activation() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    project record;
    zone text;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'activations');
    select p.start_date, p.end_date into project from atlvs.projects p
     where p.organization_id = new.organization_id and p.id = new.project_id;
    select o.timezone into zone from atlvs.organizations o where o.id = new.organization_id;
    if (project.start_date is not null and (new.start_date at time zone zone)::date < project.start_date)
       or (project.end_date is not null and (new.end_date at time zone zone)::date > project.end_date) then
        raise exception 'an activation lies inside its project''s dates (constraint "activations_inside_project")'
            using errcode = 'check_violation', constraint = 'activations_inside_project', table = 'activations',
                  column = 'start_date';
    end if;
    return new;
end
$$;

create trigger check_activation
    before insert or update on atlvs.activations
    for each row execute function atlvs.check_activation();

-- --- search ---

select atlvs.register_search_source('atlvs.events', 'event', array['title'], array['event_type'], array['description'],
                                    'deleted_at');
select atlvs.register_search_source('atlvs.spaces', 'space', array['name'], array['kind', 'building'],
                                    array['room_number', 'notes'], 'deleted_at');

-- --- consolidated names ---

-- Names the original application used survive as views over the canonical tables (security_invoker: the row-level
-- security of the tables applies unchanged).
create view atlvs.programming_events with (security_invoker = true) as
    select * from atlvs.events;

create view atlvs.programming_spaces with (security_invoker = true) as
    select * from atlvs.spaces;

create view atlvs.programming_lineups with (security_invoker = true) as
    select e.organization_id, e.id as event_id, e.project_id, e.title, e.start_at, e.end_at, e.space_id,
           e.lineup_status, e.lineup_locked, e.timezone
      from atlvs.events e;

comment on view atlvs.programming_events is 'Consolidated into events.';
comment on view atlvs.programming_spaces is 'Consolidated into spaces.';
comment on view atlvs.programming_lineups is
    'Consolidated into events: the lineup header of an event (its lineup_status and lineup_locked); the slots are lineups.';
