-- Lineups: one row per slot of a stage-day event (the event in a space in which the sets are placed). A slot occupies
-- its stage from its changeover (before the set) to the end of the set; no two live slots of a stage overlap in that
-- window, and a performer (a person or a company act) is never in two overlapping live slots: exclusion constraints
-- hold both, so that of two transactions placing overlapping slots exactly one commits. A slot lies inside its event's
-- window and ends by the curfew (the event's curfew_at and the stage's local curfew); a locked lineup takes no new slot
-- and changes a slot only by cancelling it; a confirmed slot has an active contract of its act's company or an audited
-- override. A person act's time is committed through the people module's availability.

-- --- lineups ---

create table atlvs.lineups (
    organization_id     uuid           not null,
    id                  uuid           not null default atlvs.uuid_v7(),
    event_id            uuid           not null,
    space_id            uuid           not null,
    performer_name      text           not null,
    act_person_id       uuid,
    act_company_id      uuid,
    performer_type      text           not null default 'artist',
    billing             text           not null default 'support',
    set_start           timestamptz    not null,
    set_end             timestamptz    not null,
    changeover_minutes  integer        not null default 0,
    occupied_from       timestamptz    not null,
    position            integer        not null default 0,
    status              text           not null default 'pending',
    contact_info        jsonb          not null default '{}',
    fee                 numeric(19, 4),
    currency            char(3),
    contract_id         uuid,
    override_reason     text,
    expected_attendance integer,
    actual_attendance   integer,
    notes               text,
    created_at          timestamptz    not null,
    created_by          uuid,
    updated_at          timestamptz    not null,
    updated_by          uuid,
    version             bigint         not null,
    constraint lineups_pkey primary key (organization_id, id),
    constraint lineups_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint lineups_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint lineups_space_fkey foreign key (organization_id, space_id)
        references atlvs.spaces (organization_id, id),
    constraint lineups_act_person_fkey foreign key (organization_id, act_person_id)
        references atlvs.people (organization_id, id) on delete set null (act_person_id),
    constraint lineups_act_company_fkey foreign key (organization_id, act_company_id)
        references atlvs.companies (organization_id, id),
    constraint lineups_contract_fkey foreign key (organization_id, contract_id)
        references atlvs.company_contracts (organization_id, id),
    constraint lineups_performer_name_check check (length(btrim(performer_name)) between 1 and 200),
    constraint lineups_performer_type_check check (performer_type in ('artist', 'band', 'dj', 'speaker', 'host', 'comedian',
        'dancer', 'other')),
    constraint lineups_billing_check check (billing in ('headliner', 'support', 'opener', 'guest')),
    constraint lineups_status_check check (status in ('pending', 'tentative', 'confirmed', 'cancelled')),
    constraint lineups_changeover_minutes_check check (changeover_minutes between 0 and 1440),
    constraint lineups_position_check check (position >= 0),
    constraint lineups_contact_info_check check (jsonb_typeof(contact_info) = 'object'),
    constraint lineups_fee_check check (fee >= 0),
    constraint lineups_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint lineups_override_reason_check check (length(btrim(override_reason)) between 1 and 500),
    constraint lineups_expected_attendance_check check (expected_attendance >= 0),
    constraint lineups_actual_attendance_check check (actual_attendance >= 0),
    constraint lineups_notes_check check (length(notes) <= 4000),
    constraint lineups_set_end_check check (set_end > set_start),
    constraint lineups_one_act check (act_person_id is null or act_company_id is null),
    constraint lineups_fee_currency_check check (fee is null or currency is not null),
    constraint lineups_no_overlap exclude using gist (
        organization_id with =, space_id with =, tstzrange(occupied_from, set_end) with &&)
        where (status <> 'cancelled') deferrable initially immediate,
    constraint lineups_person_no_overlap exclude using gist (
        organization_id with =, act_person_id with =, tstzrange(set_start, set_end) with &&)
        where (status <> 'cancelled' and act_person_id is not null) deferrable initially immediate,
    constraint lineups_company_no_overlap exclude using gist (
        organization_id with =, act_company_id with =, tstzrange(set_start, set_end) with &&)
        where (status <> 'cancelled' and act_company_id is not null) deferrable initially immediate
);

comment on table atlvs.lineups is
    'The slots of a stage-day event: who performs on the stage when, with the changeover before each set, billing, '
    'running order position, status, fee and contract. Live (not cancelled) slots of a stage never overlap, changeover '
    'included, and a performer is never in two overlapping live slots.';
comment on column atlvs.lineups.space_id is 'The stage; the event''s space when the event has one.';
comment on column atlvs.lineups.changeover_minutes is 'Minutes the stage needs before the set to change over.';
comment on column atlvs.lineups.occupied_from is
    'set_start minus the changeover: when the slot starts occupying the stage (written by the database).';
comment on column atlvs.lineups.position is 'The slot''s place in the stage''s running order for the event.';
comment on column atlvs.lineups.contact_info is 'The act''s contacts as a JSON object (agent, manager).';
comment on column atlvs.lineups.contract_id is 'The act company''s contract the slot is confirmed under.';
comment on column atlvs.lineups.override_reason is
    'Why the slot is confirmed without an active contract (an override, recorded on the audit trail too).';

create index lineups_event_idx on atlvs.lineups (organization_id, event_id, position);
create index lineups_space_idx on atlvs.lineups (organization_id, space_id, set_start);
create index lineups_act_person_idx on atlvs.lineups (organization_id, act_person_id) where act_person_id is not null;
create index lineups_act_company_idx on atlvs.lineups (organization_id, act_company_id) where act_company_id is not null;
create index lineups_contract_idx on atlvs.lineups (organization_id, contract_id) where contract_id is not null;
select atlvs.register_tenant_table('atlvs.lineups', sensitive_columns => array['act_person_id', 'contact_info']);
select atlvs.null_on_delete('atlvs.lineups', 'lineups_act_person_fkey');
select atlvs.register_person_data('atlvs.lineups', 'act_person_id', 'detach');
select atlvs.register_entity_type('lineup', 'atlvs.lineups');
select atlvs.register_search_source('atlvs.lineups', 'lineup', array['performer_name'], array['performer_type', 'billing'],
                                    array['notes'], null);

-- The consolidated name of the performances table of the original application: performances are lineup slots.
create view atlvs.programming_performances with (security_invoker = true) as
    select l.* from atlvs.lineups l;

comment on view atlvs.programming_performances is
    'Consolidated into lineups: one performance is one slot (expected and actual attendance included). It runs with the '
    'caller''s rights, so the tenant policy of lineups applies.';

-- The local curfew of a space for the show day of an event: the space's curfew (a local time in the event's time zone)
-- on the local date of the event's start, or on the next day when it is before 06:00.
create function atlvs.space_curfew_at(curfew time, event_start timestamptz, zone text) returns timestamptz
    language sql
    stable
    set search_path = pg_catalog, atlvs
as $$
    select case when curfew is null then null
                else (((event_start at time zone zone)::date + case when curfew < time '06:00' then 1 else 0 end)
                      + curfew) at time zone zone
           end
$$;

-- Derives occupied_from; the status moves along the slot's lifecycle (a cancelled slot stays cancelled); a slot is on
-- its event's stage, inside the event's window and ends by the curfew; a locked
-- lineup takes no new slot and changes a slot only by cancelling it (the actual attendance may still be recorded); a
-- contract is one of the act's company, and a confirmed slot has an active one or an override reason.
create function atlvs.check_lineup_slot() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    event record;
    contract_company uuid;
    contract_status text;
    space_curfew time;
    curfew timestamptz;
    moved boolean;
    platform boolean;
    actor uuid;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'lineups');
    new.occupied_from := new.set_start - make_interval(mins => new.changeover_minutes);
    if atlvs.restoring() then
        return new;
    end if;
    -- An override of the contract rule (a new override reason) needs programming.lineups.override, whoever writes the
    -- row (platform operations pass).
    if new.override_reason is not null
       and (tg_op = 'INSERT' or new.override_reason is distinct from old.override_reason) then
        select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
        if not coalesce(platform, false)
           and (actor is null or not atlvs.actor_covers(array['programming.lineups.override'], null, null)) then
            perform atlvs.refuse_privilege('lineups_override_permission', 'lineups', 'override_reason',
                'overriding the contract rule of a slot needs programming.lineups.override (constraint "lineups_override_permission")');
        end if;
    end if;
    if (tg_op = 'INSERT' and new.status = 'cancelled')
       or (tg_op = 'UPDATE' and new.status <> old.status
           and not (old.status, new.status) in (('pending', 'tentative'), ('pending', 'confirmed'), ('pending', 'cancelled'),
                                                ('tentative', 'pending'), ('tentative', 'confirmed'),
                                                ('tentative', 'cancelled'), ('confirmed', 'tentative'),
                                                ('confirmed', 'cancelled'))) then
        raise exception 'a lineup slot does not move to % (constraint "lineups_status_transition")', new.status
            using errcode = 'check_violation', constraint = 'lineups_status_transition', table = 'lineups', column = 'status';
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'lineups_locked', new.event_id);
    select e.space_id, e.start_at, e.end_at, e.curfew_at, e.timezone, e.lineup_locked
      into event
      from atlvs.events e
     where e.organization_id = new.organization_id and e.id = new.event_id
       for share;
    if not found then
        return new;
    end if;
    select s.curfew into space_curfew from atlvs.spaces s
     where s.organization_id = new.organization_id and s.id = event.space_id;
    if event.lineup_locked then
        if tg_op = 'INSERT' or old.event_id <> new.event_id then
            raise exception 'a locked lineup takes no new slot (constraint "lineups_locked")'
                using errcode = 'check_violation', constraint = 'lineups_locked', table = 'lineups', column = 'event_id';
        end if;
        if (new.space_id, new.performer_name, new.act_person_id, new.act_company_id, new.performer_type, new.billing,
            new.set_start, new.set_end, new.changeover_minutes, new.position, new.contact_info, new.fee, new.currency,
            new.contract_id, new.override_reason, new.expected_attendance, new.notes)
           is distinct from
           (old.space_id, old.performer_name, old.act_person_id, old.act_company_id, old.performer_type, old.billing,
            old.set_start, old.set_end, old.changeover_minutes, old.position, old.contact_info, old.fee, old.currency,
            old.contract_id, old.override_reason, old.expected_attendance, old.notes)
           or (new.status <> old.status and new.status <> 'cancelled') then
            raise exception 'a locked lineup changes a slot only by cancelling it (constraint "lineups_locked")'
                using errcode = 'check_violation', constraint = 'lineups_locked', table = 'lineups', column = 'event_id';
        end if;
    end if;
    if new.status = 'cancelled' then
        return new;
    end if;
    moved := tg_op = 'INSERT' or old.status = 'cancelled' or new.event_id <> old.event_id or new.space_id <> old.space_id
             or new.set_start <> old.set_start or new.set_end <> old.set_end;
    if moved and event.space_id is not null and new.space_id <> event.space_id then
        raise exception 'a slot is on its event''s stage (constraint "lineups_space_of_event")'
            using errcode = 'check_violation', constraint = 'lineups_space_of_event', table = 'lineups', column = 'space_id';
    end if;
    if moved and (new.set_start < event.start_at or new.set_end > event.end_at) then
        raise exception 'a slot lies inside its event''s window (constraint "lineups_inside_event")'
            using errcode = 'check_violation', constraint = 'lineups_inside_event', table = 'lineups', column = 'set_start';
    end if;
    curfew := least(event.curfew_at, atlvs.space_curfew_at(space_curfew, event.start_at, event.timezone));
    if moved and curfew is not null and new.set_end > curfew then
        raise exception 'a slot ends by the curfew (constraint "lineups_curfew")'
            using errcode = 'check_violation', constraint = 'lineups_curfew', table = 'lineups', column = 'set_end';
    end if;
    if new.contract_id is not null then
        select c.company_id, c.status into contract_company, contract_status from atlvs.company_contracts c
         where c.organization_id = new.organization_id and c.id = new.contract_id;
        if found and new.act_company_id is distinct from contract_company
           and (tg_op = 'INSERT' or new.contract_id is distinct from old.contract_id
                or new.act_company_id is distinct from old.act_company_id) then
            raise exception 'a slot''s contract is one of its act''s company (constraint "lineups_contract_of_act")'
                using errcode = 'check_violation', constraint = 'lineups_contract_of_act', table = 'lineups',
                      column = 'contract_id';
        end if;
    end if;
    if new.status = 'confirmed' and new.override_reason is null
       and (tg_op = 'INSERT' or old.status <> 'confirmed' or new.contract_id is distinct from old.contract_id
            or new.override_reason is distinct from old.override_reason)
       and (new.contract_id is null or contract_status is distinct from 'active') then
        raise exception 'a confirmed slot has an active contract of its act''s company or an override reason (constraint "lineups_confirmed_contract")'
            using errcode = 'check_violation', constraint = 'lineups_confirmed_contract', table = 'lineups',
                  column = 'contract_id';
    end if;
    return new;
end
$$;

create trigger check_lineup_slot
    before insert or update on atlvs.lineups
    for each row execute function atlvs.check_lineup_slot();

-- A live slot of a locked lineup is not deleted: it is cancelled.
create function atlvs.check_lineup_slot_delete() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if old.status <> 'cancelled' and not atlvs.restoring()
       and exists (select 1 from atlvs.events e
                    where e.organization_id = old.organization_id and e.id = old.event_id and e.lineup_locked) then
        raise exception 'a locked lineup changes a slot only by cancelling it (constraint "lineups_locked")'
            using errcode = 'check_violation', constraint = 'lineups_locked', table = 'lineups', column = 'event_id';
    end if;
    return old;
end
$$;

create trigger check_lineup_slot_delete
    before delete on atlvs.lineups
    for each row execute function atlvs.check_lineup_slot_delete();

-- Locking or unlocking a lineup is decided in turn with the slot changes of the event.
create function atlvs.lock_lineup_in_turn() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if new.lineup_locked is distinct from old.lineup_locked then
        perform atlvs.serialize_decision(new.organization_id, 'lineups_locked', new.id);
    end if;
    return new;
end
$$;

create trigger lock_lineup_in_turn
    before update on atlvs.events
    for each row execute function atlvs.lock_lineup_in_turn();

-- A person act's time is committed for the set within the event's project: a confirmed slot confirmed, a pending or
-- tentative one tentative; a cancelled or deleted slot releases it. A revert restores the commitment itself.
create function atlvs.commit_lineup_time() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    project uuid;
    stage text;
    commitment_status text := 'tentative';
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        perform atlvs.release_person_time(old.organization_id, 'lineups', old.id);
        return old;
    end if;
    if new.act_person_id is not null and new.status <> 'cancelled' then
        select e.project_id into project from atlvs.events e
         where e.organization_id = new.organization_id and e.id = new.event_id;
        select s.name into stage from atlvs.spaces s where s.organization_id = new.organization_id and s.id = new.space_id;
        if new.status = 'confirmed' then
            commitment_status := 'confirmed';
        end if;
        perform atlvs.commit_project_time(new.organization_id, new.act_person_id, project, 'lineups', new.id,
                                          new.set_start, new.set_end, 100,
                                          commitment_status,
                                          left(new.performer_name || ' - ' || coalesce(stage, 'stage'), 200));
    elsif tg_op = 'UPDATE' then
        perform atlvs.release_person_time(new.organization_id, 'lineups', new.id);
    end if;
    return new;
end
$$;

create trigger commit_lineup_time
    after insert or update or delete on atlvs.lineups
    for each row execute function atlvs.commit_lineup_time();

-- An event keeps its live slots: a change of its window, curfew, time zone or stage that would leave a live slot off
-- its stage, outside the window or past the curfew is refused. Checked at commit, so that an event and its slots can
-- be moved together in one transaction (the event first).
create function atlvs.check_event_lineup() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    e record;
    curfew timestamptz;
begin
    if (new.start_at, new.end_at, new.curfew_at, new.timezone, new.space_id, new.status, new.deleted_at)
       is not distinct from (old.start_at, old.end_at, old.curfew_at, old.timezone, old.space_id, old.status, old.deleted_at) then
        return null;
    end if;
    select ev.space_id, ev.start_at, ev.end_at, ev.curfew_at, ev.timezone, ev.status, ev.deleted_at, s.curfew
      into e
      from atlvs.events ev
      left join atlvs.spaces s on s.organization_id = ev.organization_id and s.id = ev.space_id
     where ev.organization_id = new.organization_id and ev.id = new.id;
    if not found or e.status = 'cancelled' or e.deleted_at is not null then
        return null;
    end if;
    curfew := coalesce(least(e.curfew_at, atlvs.space_curfew_at(e.curfew, e.start_at, e.timezone)), 'infinity');
    if exists (select 1 from atlvs.lineups l
                where l.organization_id = new.organization_id and l.event_id = new.id and l.status <> 'cancelled'
                  and ((e.space_id is not null and l.space_id <> e.space_id) or l.set_start < e.start_at
                       or l.set_end > e.end_at or l.set_end > curfew)) then
        raise exception 'an event keeps its live lineup slots on its stage, inside its window and by its curfew (constraint "events_lineup_fits")'
            using errcode = 'check_violation', constraint = 'events_lineup_fits', table = 'events', column = 'start_at';
    end if;
    return null;
end
$$;

create constraint trigger check_event_lineup
    after update on atlvs.events
    deferrable initially deferred
    for each row execute function atlvs.check_event_lineup();

-- A stage's new curfew must not fall before the end of a live slot on it.
create function atlvs.check_space_curfew_lineup() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    curfew time;
    slot record;
begin
    if new.curfew is not distinct from old.curfew then
        return null;
    end if;
    select s.curfew into curfew from atlvs.spaces s where s.organization_id = new.organization_id and s.id = new.id;
    if curfew is null then
        return null;
    end if;
    for slot in select l.set_end, e.start_at, e.timezone
                  from atlvs.lineups l
                  join atlvs.events e on e.organization_id = l.organization_id and e.id = l.event_id
                 where l.organization_id = new.organization_id and l.space_id = new.id and l.status <> 'cancelled'
                   and e.status <> 'cancelled' and e.deleted_at is null loop
        if slot.set_end > atlvs.space_curfew_at(curfew, slot.start_at, slot.timezone) then
            raise exception 'a stage''s curfew falls after the end of every live slot on it (constraint "spaces_curfew_lineup")'
                using errcode = 'check_violation', constraint = 'spaces_curfew_lineup', table = 'spaces', column = 'curfew';
        end if;
    end loop;
    return null;
end
$$;

create constraint trigger check_space_curfew_lineup
    after update on atlvs.spaces
    deferrable initially deferred
    for each row execute function atlvs.check_space_curfew_lineup();

-- --- the lineup's domain events ---

select atlvs.register_event_type('lineup.slot_confirmed', 'lineup',
    'a lineup slot was confirmed, under a contract or an audited override');
select atlvs.register_event_type('lineup.slot_cancelled', 'lineup',
    'a lineup slot was cancelled: the stage and the performer are free again');
select atlvs.register_event_type('lineup.running_order_changed', 'lineup',
    'slot times of a lineup were rewritten from a running order or a delay');
select atlvs.register_event_type('lineup.lock_changed', 'lineup', 'a lineup was locked or unlocked');
