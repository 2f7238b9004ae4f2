-- Manning: the crew plan of a project. A manning slot asks for required_count people in one role on one day, for a
-- shift (starts_at to ends_at), at a day rate; assignments put people of the directory into it. The database derives
-- the slot's filled_count from its live assignments (assigned, confirmed, completed) and its status (open, filled,
-- or cancelled by hand), and refuses an assignment above the required count: each decision about a slot's places is
-- taken one transaction at a time (atlvs.serialize_decision on the slot). An assigned person is held tentatively for
-- the shift, a confirmed one committed, through the people module's availability (atlvs.commit_project_time); a
-- declined or cancelled assignment releases the time. A person who is not active, or who is committed elsewhere at
-- that time (another project's confirmed commitment, approved leave, another crew shift), cannot be assigned.

-- --- manning slots ---

create table atlvs.manning_slots (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    project_id      uuid           not null,
    crew_role_id    uuid,
    role_name       text           not null,
    department      text,
    needed_on       date           not null,
    starts_at       timestamptz    not null,
    ends_at         timestamptz    not null,
    required_count  integer        not null,
    filled_count    integer        not null default 0,
    skills_required text[]         not null default '{}',
    day_rate        numeric(19, 4) not null,
    currency        char(3)        not null,
    status          text           not null default 'open',
    notes           text,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    deleted_at      timestamptz,
    constraint manning_slots_pkey primary key (organization_id, id),
    constraint manning_slots_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint manning_slots_crew_role_fkey foreign key (organization_id, crew_role_id)
        references atlvs.people_roles (organization_id, id),
    constraint manning_slots_role_name_check check (length(btrim(role_name)) between 1 and 100),
    constraint manning_slots_department_check check (length(btrim(department)) between 1 and 200),
    constraint manning_slots_ends_at_check check (ends_at > starts_at),
    constraint manning_slots_required_count_check check (required_count > 0),
    constraint manning_slots_filled_count_check check (filled_count >= 0),
    constraint manning_slots_day_rate_check check (day_rate >= 0),
    constraint manning_slots_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint manning_slots_status_check check (status in ('open', 'filled', 'cancelled')),
    constraint manning_slots_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.manning_slots is
    'The crew plan of a project: required_count people in one role on one day (needed_on) for a shift, at a day rate. '
    'filled_count and status (open or filled, unless cancelled) are derived by the database from the live assignments.';
comment on column atlvs.manning_slots.crew_role_id is 'The crew role of the people directory, when the slot names one.';
comment on column atlvs.manning_slots.role_name is 'The role as the plan shows it (the crew role''s name, or free text).';
comment on column atlvs.manning_slots.filled_count is
    'The live (assigned, confirmed, completed) assignments of the slot: written by the database only, never above '
    'required_count.';
comment on column atlvs.manning_slots.day_rate is 'The planned day rate of one person, in currency.';

create index manning_slots_plan_idx on atlvs.manning_slots (organization_id, project_id, needed_on, role_name)
    where deleted_at is null;
create index manning_slots_project_idx on atlvs.manning_slots (organization_id, project_id);
create index manning_slots_crew_role_idx on atlvs.manning_slots (organization_id, crew_role_id) where crew_role_id is not null;
select atlvs.register_tenant_table('atlvs.manning_slots', soft_delete => true);
select atlvs.register_entity_type('manning_slot', 'atlvs.manning_slots');
select atlvs.register_event_type('manning_slot.assignment_confirmed', 'manning_slot',
                                 'a person confirmed a place of a manning slot');
select atlvs.register_event_type('manning_slot.assignment_declined', 'manning_slot',
                                 'a person declined a place of a manning slot, which is open again');
select atlvs.register_event_type('manning_slot.assignment_cancelled', 'manning_slot',
                                 'an assignment to a manning slot was cancelled, and its place is open again');

-- --- manning assignments ---

create table atlvs.manning_assignments (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    slot_id         uuid           not null,
    project_id      uuid           not null,
    person_id       uuid           not null,
    status          text           not null default 'assigned',
    day_rate        numeric(19, 4),
    currency        char(3),
    confirmed_at    timestamptz,
    notes           text,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint manning_assignments_pkey primary key (organization_id, id),
    constraint manning_assignments_slot_fkey foreign key (organization_id, slot_id)
        references atlvs.manning_slots (organization_id, id) on delete cascade,
    constraint manning_assignments_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint manning_assignments_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint manning_assignments_status_check
        check (status in ('assigned', 'confirmed', 'declined', 'completed', 'cancelled')),
    constraint manning_assignments_day_rate_check check (day_rate >= 0),
    constraint manning_assignments_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint manning_assignments_notes_check check (length(notes) <= 2000)
);

comment on table atlvs.manning_assignments is
    'A person of the directory in a manning slot. Assigned holds the person''s time tentatively, confirmed (and '
    'completed) commits it; declined and cancelled release it. Live assignments (assigned, confirmed, completed) fill '
    'the slot, never above its required count; a person is live at most once per slot.';
comment on column atlvs.manning_assignments.project_id is 'The slot''s project, kept equal to it by the database.';
comment on column atlvs.manning_assignments.day_rate is
    'The day rate agreed with the person, in currency; the slot''s when none is given.';
comment on column atlvs.manning_assignments.confirmed_at is 'When the assignment was confirmed, set by the database.';

create unique index manning_assignments_person_live_unique on atlvs.manning_assignments (organization_id, slot_id, person_id)
    where status in ('assigned', 'confirmed', 'completed');
create index manning_assignments_slot_idx on atlvs.manning_assignments (organization_id, slot_id, status);
create index manning_assignments_project_idx on atlvs.manning_assignments (organization_id, project_id, status);
create index manning_assignments_person_idx on atlvs.manning_assignments (organization_id, person_id);
select atlvs.register_tenant_table('atlvs.manning_assignments', sensitive_columns => array['person_id']);
select atlvs.register_person_data('atlvs.manning_assignments', 'person_id', 'delete');

-- The live assignments of a slot: assigned, confirmed and completed.
create function atlvs.manning_slot_filled(organization uuid, slot uuid) returns integer
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    return (select count(*) from atlvs.manning_assignments a
             where a.organization_id = organization and a.slot_id = slot
               and a.status in ('assigned', 'confirmed', 'completed'));
end
$$;

-- Commits (or releases) the time of one assignment: assigned holds it tentatively, confirmed and completed commit it,
-- within the slot's project and over the slot's shift; any other status, a cancelled or a deleted slot release it.
create function atlvs.commit_manning_assignment(organization uuid, assignment uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    a record;
begin
    select m.id, m.person_id, m.status, s.project_id, s.starts_at, s.ends_at, s.role_name, s.status as slot_status,
           s.deleted_at
      into a
      from atlvs.manning_assignments m
      join atlvs.manning_slots s on s.organization_id = m.organization_id and s.id = m.slot_id
     where m.organization_id = organization and m.id = assignment;
    if not found then
        return;
    end if;
    if a.status in ('assigned', 'confirmed', 'completed') and a.slot_status <> 'cancelled' and a.deleted_at is null then
        perform atlvs.commit_project_time(organization, a.person_id, a.project_id, 'manning_assignments', a.id,
                                          a.starts_at, a.ends_at, 100,
                                          case a.status when 'assigned' then 'tentative' else 'confirmed' end,
                                          'Crew: ' || a.role_name);
    else
        perform atlvs.release_person_time(organization, 'manning_assignments', a.id);
    end if;
end
$$;

-- Derives filled_count and status (open or filled; cancelled stays cancelled); a slot keeps room for its live
-- assignments: its required count is not cut below them, and it is not cancelled while any is live.
create function atlvs.check_manning_slot() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'manning_slots');
    if tg_op = 'INSERT' then
        new.filled_count := 0;
    else
        if not atlvs.restoring()
           and (new.required_count < old.required_count or new.status = 'cancelled' and old.status <> 'cancelled') then
            perform atlvs.serialize_decision(new.organization_id, 'manning_assignments_within_required', new.id);
        end if;
        new.filled_count := atlvs.manning_slot_filled(new.organization_id, new.id);
        if not atlvs.restoring() and new.filled_count > 0
           and (new.required_count < old.required_count and new.filled_count > new.required_count
                or new.status = 'cancelled' and old.status <> 'cancelled') then
            raise exception 'a slot keeps room for its live assignments: its required count is not cut below them and it is not cancelled while any is live (constraint "manning_slots_required_covers_filled")'
                using errcode = 'check_violation', constraint = 'manning_slots_required_covers_filled',
                      table = 'manning_slots', column = 'required_count';
        end if;
    end if;
    new.status := case when new.status = 'cancelled' then 'cancelled'
                       when new.filled_count >= new.required_count then 'filled'
                       else 'open' end;
    return new;
end
$$;

create trigger check_manning_slot
    before insert or update on atlvs.manning_slots
    for each row execute function atlvs.check_manning_slot();

-- A slot that moves, changes project or role, is cancelled, deleted or restored carries its assignments along: their
-- project follows the slot's, and their commitments move or are released; a shift moved (or restored) onto a time an
-- assigned or confirmed person is not free is refused (manning_assignments_person_available).
create function atlvs.sync_manning_slot() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    assignment record;
begin
    if new.project_id <> old.project_id then
        update atlvs.manning_assignments m set project_id = new.project_id
         where m.organization_id = new.organization_id and m.slot_id = new.id;
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    if (new.project_id, new.starts_at, new.ends_at, new.role_name, new.status, new.deleted_at)
       is distinct from (old.project_id, old.starts_at, old.ends_at, old.role_name, old.status, old.deleted_at) then
        for assignment in select m.id, m.person_id, m.status from atlvs.manning_assignments m
                           where m.organization_id = new.organization_id and m.slot_id = new.id
        loop
            if assignment.status in ('assigned', 'confirmed') and new.status <> 'cancelled' and new.deleted_at is null
               and (new.project_id <> old.project_id or new.starts_at <> old.starts_at or new.ends_at <> old.ends_at
                    or old.deleted_at is not null) then
                perform atlvs.require_manning_person_free(new.organization_id, assignment.id, assignment.person_id,
                                                          new.project_id, new.starts_at, new.ends_at, new.id);
            end if;
            perform atlvs.commit_manning_assignment(new.organization_id, assignment.id);
        end loop;
    end if;
    return new;
end
$$;

create trigger sync_manning_slot
    after update on atlvs.manning_slots
    for each row execute function atlvs.sync_manning_slot();

-- Refuses (manning_assignments_person_available) a person who is not free over a shift of a project: a confirmed
-- commitment of another project or of no project (approved leave), or a live assignment to another slot whose shift
-- overlaps it. The person's commitments are decided one transaction at a time.
create function atlvs.require_manning_person_free(organization uuid, assignment uuid, person uuid, project uuid,
                                                  from_at timestamptz, to_at timestamptz, slot uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.serialize_decision(organization, 'person_commitments_capacity', person);
    if exists (select 1 from atlvs.person_commitments c
                where c.organization_id = organization and c.person_id = person
                  and c.status = 'confirmed' and c.starts_at < to_at and c.ends_at > from_at
                  and not (c.source = 'manning_assignments' and c.source_id = assignment)
                  and (c.project_id is null or c.project_id <> project))
       or exists (select 1 from atlvs.manning_assignments m
                    join atlvs.manning_slots s on s.organization_id = m.organization_id and s.id = m.slot_id
                   where m.organization_id = organization and m.person_id = person
                     and m.id <> assignment and m.slot_id <> slot
                     and m.status in ('assigned', 'confirmed', 'completed')
                     and s.status <> 'cancelled' and s.deleted_at is null
                     and s.starts_at < to_at and s.ends_at > from_at) then
        raise exception 'the person is not free over the shift (constraint "manning_assignments_person_available")'
            using errcode = 'exclusion_violation', constraint = 'manning_assignments_person_available',
                  table = 'manning_assignments', column = 'person_id';
    end if;
end
$$;

-- The assignment's project is its slot's and its day rate defaults to the slot's; confirmed_at is stamped on
-- confirmation. The status moves along the lifecycle (assigned -> confirmed | declined | cancelled, confirmed ->
-- completed | cancelled; declined, completed and cancelled are final). An assignment that becomes live takes a place of
-- the slot (never above the required count; a cancelled or deleted slot has none); one that becomes assigned or
-- confirmed needs an active person who is free over the shift: no confirmed commitment of another project or of no
-- project (approved leave), and no live assignment to another slot whose shift overlaps it (a person twice in one slot
-- is refused by manning_assignments_person_live_unique).
create function atlvs.check_manning_assignment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    slot record;
    live boolean;
    person_status text;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'manning_assignments');
    select s.project_id, s.status, s.required_count, s.day_rate, s.currency, s.starts_at, s.ends_at, s.deleted_at
      into slot
      from atlvs.manning_slots s
     where s.organization_id = new.organization_id and s.id = new.slot_id;
    if not found then
        return new;
    end if;
    new.project_id := slot.project_id;
    if new.day_rate is null then
        new.day_rate := slot.day_rate;
        new.currency := slot.currency;
    elsif new.currency is null then
        new.currency := slot.currency;
    end if;
    if new.status = 'confirmed' and (tg_op = 'INSERT' or old.status <> 'confirmed') then
        new.confirmed_at := now();
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    if (tg_op = 'INSERT' and new.status not in ('assigned', 'confirmed'))
       or (tg_op = 'UPDATE' and new.status <> old.status
           and not (old.status, new.status) in (('assigned', 'confirmed'), ('assigned', 'declined'), ('assigned', 'cancelled'),
                                                ('confirmed', 'completed'), ('confirmed', 'cancelled'))) then
        raise exception 'a crew assignment does not move to % (constraint "manning_assignments_status_transition")', new.status
            using errcode = 'check_violation', constraint = 'manning_assignments_status_transition',
                  table = 'manning_assignments', column = 'status';
    end if;
    live := new.status in ('assigned', 'confirmed', 'completed');
    if live and (tg_op = 'INSERT' or old.status not in ('assigned', 'confirmed', 'completed') or new.slot_id <> old.slot_id) then
        perform atlvs.serialize_decision(new.organization_id, 'manning_assignments_within_required', new.slot_id);
        select s.status, s.required_count, s.deleted_at into slot.status, slot.required_count, slot.deleted_at
          from atlvs.manning_slots s
         where s.organization_id = new.organization_id and s.id = new.slot_id;
        if slot.status = 'cancelled' or slot.deleted_at is not null
           or (select count(*) from atlvs.manning_assignments m
                where m.organization_id = new.organization_id and m.slot_id = new.slot_id and m.id <> new.id
                  and m.status in ('assigned', 'confirmed', 'completed')) >= slot.required_count then
            raise exception 'a slot takes no more live assignments than its required count (constraint "manning_assignments_within_required")'
                using errcode = 'check_violation', constraint = 'manning_assignments_within_required',
                      table = 'manning_assignments', column = 'slot_id';
        end if;
    end if;
    if new.status in ('assigned', 'confirmed')
       and (tg_op = 'INSERT' or new.status <> old.status or new.person_id <> old.person_id or new.slot_id <> old.slot_id) then
        select p.status into person_status from atlvs.people p
         where p.organization_id = new.organization_id and p.id = new.person_id and p.deleted_at is null;
        if person_status is distinct from 'active' then
            raise exception 'only an active person of the directory is assigned to crew (constraint "manning_assignments_person_assignable")'
                using errcode = 'check_violation', constraint = 'manning_assignments_person_assignable',
                      table = 'manning_assignments', column = 'person_id';
        end if;
        perform atlvs.require_manning_person_free(new.organization_id, new.id, new.person_id, slot.project_id, slot.starts_at,
                                                  slot.ends_at, new.slot_id);
    end if;
    return new;
end
$$;

create trigger check_manning_assignment
    before insert or update on atlvs.manning_assignments
    for each row execute function atlvs.check_manning_assignment();

-- Keeps the slots' filled_count (and so their status) in step with their live assignments, and the person's time with
-- the assignment's status. While the audit trail restores rows, it restores the commitments itself.
create function atlvs.sync_manning_assignment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    filled integer;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        filled := atlvs.manning_slot_filled(old.organization_id, old.slot_id);
        update atlvs.manning_slots s set filled_count = filled
         where s.organization_id = old.organization_id and s.id = old.slot_id and s.filled_count <> filled;
    end if;
    if tg_op = 'DELETE' then
        if not atlvs.restoring() then
            perform atlvs.release_person_time(old.organization_id, 'manning_assignments', old.id);
        end if;
        return old;
    end if;
    if tg_op = 'INSERT' or new.slot_id <> old.slot_id then
        filled := atlvs.manning_slot_filled(new.organization_id, new.slot_id);
        update atlvs.manning_slots s set filled_count = filled
         where s.organization_id = new.organization_id and s.id = new.slot_id and s.filled_count <> filled;
    end if;
    if not atlvs.restoring() then
        perform atlvs.commit_manning_assignment(new.organization_id, new.id);
    end if;
    return new;
end
$$;

create trigger sync_manning_assignment
    after insert or update or delete on atlvs.manning_assignments
    for each row execute function atlvs.sync_manning_assignment();
