-- Workshops: an event of type workshop (one workshop per event) with its seats, price, instructors and level, and its
-- registrations. An instructor (workshop_instructors) commits the person's time for the event's window: tentatively while
-- the workshop is planned, confirmed once registration opens, released when it is cancelled. Registrations never exceed the workshop's seats: a registration beyond them joins the waitlist (the
-- database sets it waitlisted with the next position; not an error), a seat that frees up goes to the first on the
-- waitlist, and registering is open only while the workshop is open for registration. Each decision about a
-- workshop's seats is taken one transaction at a time (atlvs.serialize_decision on the workshop).

-- --- workshops ---

create table atlvs.workshops (
    organization_id  uuid           not null,
    id               uuid           not null default atlvs.uuid_v7(),
    event_id         uuid           not null,
    status           text           not null default 'planning',
    max_participants integer        not null,
    price            numeric(19, 4),
    currency         char(3),
    level            text           not null default 'all_levels',
    prerequisites    text,
    description      text,
    created_at       timestamptz    not null,
    created_by       uuid,
    updated_at       timestamptz    not null,
    updated_by       uuid,
    version          bigint         not null,
    constraint workshops_pkey primary key (organization_id, id),
    constraint workshops_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint workshops_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint workshops_event_unique unique (organization_id, event_id),
    constraint workshops_status_check check (status in ('planning', 'open_registration', 'registration_closed',
        'in_progress', 'completed', 'cancelled')),
    constraint workshops_max_participants_check check (max_participants > 0),
    constraint workshops_price_check check (price >= 0),
    constraint workshops_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint workshops_price_currency_check check (price is null or currency is not null),
    constraint workshops_level_check check (level in ('beginner', 'intermediate', 'advanced', 'all_levels')),
    constraint workshops_prerequisites_check check (length(prerequisites) <= 4000),
    constraint workshops_description_check check (length(description) <= 10000)
);

comment on table atlvs.workshops is
    'A workshop: the seats, price, instructors and level of an event of type workshop (one per event). Its '
    'registrations never exceed max_participants; the overflow waits on the waitlist.';
comment on column atlvs.workshops.price is 'The price of a seat in currency; none for a free workshop.';

create index workshops_status_idx on atlvs.workshops (organization_id, status);
select atlvs.register_tenant_table('atlvs.workshops');
select atlvs.register_entity_type('workshop', 'atlvs.workshops');

-- --- workshop registrations ---

create table atlvs.workshop_registrations (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    workshop_id      uuid        not null,
    person_id        uuid,
    attendee_name    text,
    attendee_email   text,
    status           text        not null default 'registered',
    waitlist_position integer,
    registered_at    timestamptz,
    notes            text,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    constraint workshop_registrations_pkey primary key (organization_id, id),
    constraint workshop_registrations_workshop_fkey foreign key (organization_id, workshop_id)
        references atlvs.workshops (organization_id, id) on delete cascade,
    constraint workshop_registrations_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint workshop_registrations_attendee_check check (person_id is not null or attendee_name is not null),
    constraint workshop_registrations_attendee_name_check check (length(btrim(attendee_name)) between 1 and 200),
    constraint workshop_registrations_attendee_email_check check (length(attendee_email) <= 320),
    constraint workshop_registrations_status_check check (status in ('registered', 'waitlisted', 'cancelled', 'attended',
        'no_show')),
    constraint workshop_registrations_notes_check check (length(notes) <= 2000)
);

comment on table atlvs.workshop_registrations is
    'A seat, or a place on the waitlist, of a workshop: a person of the organization or an attendee named by name and '
    'e-mail. The database decides registered or waitlisted and the waitlist position; a freed seat goes to the first '
    'waitlisted.';
comment on column atlvs.workshop_registrations.status is
    'registered, attended and no_show hold a seat; waitlisted waits at waitlist_position; cancelled holds nothing.';
comment on column atlvs.workshop_registrations.registered_at is 'Set by the database when the registration is written.';
comment on column atlvs.workshop_registrations.waitlist_position is 'Set by the database: 1 is next in line; empty unless waitlisted.';

create unique index workshop_registrations_person_unique on atlvs.workshop_registrations (organization_id, workshop_id, person_id)
    where person_id is not null and status <> 'cancelled';
create index workshop_registrations_workshop_idx on atlvs.workshop_registrations (organization_id, workshop_id, status,
    waitlist_position);
create index workshop_registrations_person_idx on atlvs.workshop_registrations (organization_id, person_id)
    where person_id is not null;
select atlvs.register_tenant_table('atlvs.workshop_registrations',
    sensitive_columns => array['attendee_name', 'attendee_email']);
select atlvs.register_person_data('atlvs.workshop_registrations', 'person_id', 'delete');

-- The seats of a workshop taken: registered, attended and no-show registrations.
create function atlvs.workshop_seats_taken(organization uuid, workshop uuid) returns integer
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    return (select count(*) from atlvs.workshop_registrations r
             where r.organization_id = organization and r.workshop_id = workshop
               and r.status in ('registered', 'attended', 'no_show'));
end
$$;

-- Gives free seats to the first waitlisted, in order, and numbers the rest of the waitlist 1, 2, 3...
create function atlvs.settle_workshop_waitlist(organization uuid, workshop uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    seats integer;
    next_id uuid;
    waiting record;
    position integer;
begin
    select w.max_participants into seats from atlvs.workshops w where w.organization_id = organization and w.id = workshop;
    if not found then
        return;
    end if;
    loop
        exit when atlvs.workshop_seats_taken(organization, workshop) >= seats;
        select r.id into next_id from atlvs.workshop_registrations r
         where r.organization_id = organization and r.workshop_id = workshop and r.status = 'waitlisted'
         order by r.waitlist_position, r.registered_at, r.id
         limit 1;
        exit when next_id is null;
        update atlvs.workshop_registrations r set status = 'registered'
         where r.organization_id = organization and r.id = next_id;
        next_id := null;
    end loop;
    -- number the waitlist 1, 2, 3... in its order, one row at a time (an update joining a derived table is not what a
    -- distributed database runs)
    position := 0;
    for waiting in select r.id, r.waitlist_position from atlvs.workshop_registrations r
                    where r.organization_id = organization and r.workshop_id = workshop and r.status = 'waitlisted'
                    order by r.waitlist_position, r.registered_at, r.id
    loop
        position := position + 1;
        if waiting.waitlist_position is distinct from position then
            update atlvs.workshop_registrations r set waitlist_position = position
             where r.organization_id = organization and r.id = waiting.id;
        end if;
    end loop;
end
$$;

-- Registering only while the workshop is open; a new registration is seated while seats are free, otherwise waitlisted
-- at the next position; a registration that takes a seat later (off the waitlist, back from cancelled) needs a free one.
create function atlvs.check_workshop_registration() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    workshop record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'workshop_registrations');
    if new.status <> 'waitlisted' then
        new.waitlist_position := null;
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    if tg_op = 'UPDATE' and new.workshop_id = old.workshop_id
       and (new.status = old.status or new.status in ('cancelled', 'waitlisted') and old.status = 'waitlisted'
            or new.status = 'cancelled'
            or old.status in ('registered', 'attended', 'no_show') and new.status in ('registered', 'attended', 'no_show')) then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'workshop_registrations_capacity', new.workshop_id);
    select w.status, w.max_participants into workshop from atlvs.workshops w
     where w.organization_id = new.organization_id and w.id = new.workshop_id;
    if not found then
        return new;
    end if;
    if tg_op = 'INSERT' then
        if workshop.status <> 'open_registration' then
            raise exception 'a workshop takes registrations only while registration is open (constraint "workshop_registrations_registration_open")'
                using errcode = 'check_violation', constraint = 'workshop_registrations_registration_open',
                      table = 'workshop_registrations', column = 'workshop_id';
        end if;
        new.registered_at := now();
        if atlvs.workshop_seats_taken(new.organization_id, new.workshop_id) < workshop.max_participants
           and not exists (select 1 from atlvs.workshop_registrations r
                            where r.organization_id = new.organization_id and r.workshop_id = new.workshop_id
                              and r.status = 'waitlisted') then
            new.status := 'registered';
        else
            new.status := 'waitlisted';
            new.waitlist_position := coalesce((select max(r.waitlist_position) from atlvs.workshop_registrations r
                                                where r.organization_id = new.organization_id
                                                  and r.workshop_id = new.workshop_id and r.status = 'waitlisted'), 0) + 1;
        end if;
        return new;
    end if;
    if new.status = 'waitlisted' then
        new.waitlist_position := coalesce((select max(r.waitlist_position) from atlvs.workshop_registrations r
                                            where r.organization_id = new.organization_id
                                              and r.workshop_id = new.workshop_id and r.status = 'waitlisted'), 0) + 1;
    elsif atlvs.workshop_seats_taken(new.organization_id, new.workshop_id) >= workshop.max_participants then
        raise exception 'a workshop seats no more than its max_participants (constraint "workshop_registrations_capacity")'
            using errcode = 'check_violation', constraint = 'workshop_registrations_capacity',
                  table = 'workshop_registrations', column = 'status';
    end if;
    return new;
end
$$;

create trigger check_workshop_registration
    before insert or update on atlvs.workshop_registrations
    for each row execute function atlvs.check_workshop_registration();

-- A seat or a waitlist place given up (cancelled, deleted) moves the waitlist up.
create function atlvs.move_workshop_waitlist() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return coalesce(new, old);
    end if;
    if tg_op = 'DELETE' then
        if old.status in ('registered', 'attended', 'no_show', 'waitlisted') then
            perform atlvs.serialize_decision(old.organization_id, 'workshop_registrations_capacity', old.workshop_id);
            perform atlvs.settle_workshop_waitlist(old.organization_id, old.workshop_id);
        end if;
        return old;
    end if;
    if (old.status in ('registered', 'attended', 'no_show') and new.status not in ('registered', 'attended', 'no_show'))
       or (old.status = 'waitlisted' and new.status <> 'waitlisted') then
        perform atlvs.settle_workshop_waitlist(new.organization_id, new.workshop_id);
    end if;
    return new;
end
$$;

create trigger move_workshop_waitlist
    after update of status or delete on atlvs.workshop_registrations
    for each row execute function atlvs.move_workshop_waitlist();

-- A workshop is an event of type workshop; its seats are not cut below those taken; more seats go to the waitlist.
create function atlvs.check_workshop() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'workshops');
    if (tg_op = 'INSERT' or new.event_id <> old.event_id)
       and exists (select 1 from atlvs.events e
                    where e.organization_id = new.organization_id and e.id = new.event_id and e.event_type <> 'workshop') then
        raise exception 'a workshop is an event of type workshop (constraint "workshops_event_is_workshop")'
            using errcode = 'check_violation', constraint = 'workshops_event_is_workshop', table = 'workshops',
                  column = 'event_id';
    end if;
    if tg_op = 'UPDATE' and new.max_participants < old.max_participants and not atlvs.restoring() then
        perform atlvs.serialize_decision(new.organization_id, 'workshop_registrations_capacity', new.id);
        if atlvs.workshop_seats_taken(new.organization_id, new.id) > new.max_participants then
            raise exception 'a workshop keeps a seat for every registration holding one (constraint "workshops_max_participants_seated")'
                using errcode = 'check_violation', constraint = 'workshops_max_participants_seated', table = 'workshops',
                      column = 'max_participants';
        end if;
    end if;
    return new;
end
$$;

create trigger check_workshop
    before insert or update on atlvs.workshops
    for each row execute function atlvs.check_workshop();

create function atlvs.seat_workshop_waitlist() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'workshop_registrations_capacity', new.id);
    perform atlvs.settle_workshop_waitlist(new.organization_id, new.id);
    return new;
end
$$;

create trigger seat_workshop_waitlist
    after update of max_participants on atlvs.workshops
    for each row when (new.max_participants > old.max_participants)
    execute function atlvs.seat_workshop_waitlist();

-- --- workshop instructors ---

create table atlvs.workshop_instructors (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    workshop_id     uuid        not null,
    person_id       uuid        not null,
    role            text        not null default 'lead',
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint workshop_instructors_pkey primary key (organization_id, id),
    constraint workshop_instructors_workshop_fkey foreign key (organization_id, workshop_id)
        references atlvs.workshops (organization_id, id) on delete cascade,
    constraint workshop_instructors_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint workshop_instructors_person_unique unique (organization_id, workshop_id, person_id),
    constraint workshop_instructors_role_check check (role in ('lead', 'assistant'))
);

comment on table atlvs.workshop_instructors is
    'The people who teach a workshop. Each commits the person''s time for the workshop event''s window (setup to '
    'teardown): tentative while the workshop is planned, confirmed from the opening of registration, released on '
    'cancellation.';

create index workshop_instructors_person_idx on atlvs.workshop_instructors (organization_id, person_id);
select atlvs.register_tenant_table('atlvs.workshop_instructors');
select atlvs.register_person_data('atlvs.workshop_instructors', 'person_id', 'delete');

-- Commits (or releases) the time of the instructors of a workshop: `instructor` names one instructor row, or all when null.
create function atlvs.commit_workshop_instructors(organization uuid, workshop uuid, instructor uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    w record;
    i record;
begin
    select ws.status, e.project_id, e.title, coalesce(e.setup_start, e.start_at) as from_at,
           coalesce(e.teardown_end, e.end_at) as to_at
      into w
      from atlvs.workshops ws
      join atlvs.events e on e.organization_id = ws.organization_id and e.id = ws.event_id
     where ws.organization_id = organization and ws.id = workshop;
    if not found then
        return;
    end if;
    for i in select wi.id, wi.person_id from atlvs.workshop_instructors wi
              where wi.organization_id = organization and wi.workshop_id = workshop and (instructor is null or wi.id = instructor)
    loop
        if w.status = 'cancelled' then
            perform atlvs.release_person_time(organization, 'workshop_instructors', i.id);
        else
            perform atlvs.commit_project_time(organization, i.person_id, w.project_id, 'workshop_instructors', i.id,
                                              w.from_at, w.to_at, 100,
                                              case w.status when 'planning' then 'tentative' else 'confirmed' end,
                                              'Workshop: ' || w.title);
        end if;
    end loop;
end
$$;

create function atlvs.commit_workshop_instructor() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        perform atlvs.release_person_time(old.organization_id, 'workshop_instructors', old.id);
        return old;
    end if;
    perform atlvs.commit_workshop_instructors(new.organization_id, new.workshop_id, new.id);
    return new;
end
$$;

create trigger commit_workshop_instructor
    after insert or update or delete on atlvs.workshop_instructors
    for each row execute function atlvs.commit_workshop_instructor();

create function atlvs.commit_workshop_time() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return new;
    end if;
    perform atlvs.commit_workshop_instructors(new.organization_id, new.id, null);
    return new;
end
$$;

create trigger commit_workshop_time
    after update of status, event_id on atlvs.workshops
    for each row execute function atlvs.commit_workshop_time();
