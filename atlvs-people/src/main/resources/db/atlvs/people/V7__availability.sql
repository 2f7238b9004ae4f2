-- Availability: every span of time a person is committed to (a project booking, leave; later modules add call
-- times, performances and travel) is one row of person_commitments, written by the database whenever its source
-- changes. Confirmed commitments of one person never add up to more than 100% at any moment, whichever modules
-- they come from: the database refuses the write that would double-book.
--
-- The extension point for other modules is a pair of functions their own triggers call:
--   atlvs.commit_person_time(organization, person, source_table, source_row, from_at, to_at, allocation, status, label)
--   atlvs.release_person_time(organization, source_table, source_row)
-- with `source_table` the name of their table; a source row has at most one commitment.

-- --- leave ---

create table atlvs.people_leave (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    person_id       uuid        not null,
    kind            text        not null default 'vacation',
    starts_on       date        not null,
    ends_on         date        not null,
    status          text        not null default 'requested',
    reason          text,
    decided_by      uuid,
    decided_at      timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint people_leave_pkey primary key (organization_id, id),
    constraint people_leave_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint people_leave_kind_check
        check (kind in ('vacation', 'sick', 'personal', 'parental', 'unpaid', 'training', 'other')),
    constraint people_leave_ends_on_check check (ends_on >= starts_on),
    constraint people_leave_status_check check (status in ('requested', 'approved', 'rejected', 'cancelled')),
    constraint people_leave_reason_check check (length(reason) <= 2000)
);

comment on table atlvs.people_leave is
    'Time off of a person, whole days from starts_on to ends_on inclusive in the organization''s time zone. Requested '
    'leave is a tentative commitment, approved leave a confirmed one: nothing else can be confirmed over it.';
comment on column atlvs.people_leave.reason is 'Free text the person gives; sealed in the audit trail.';

create index people_leave_person_idx on atlvs.people_leave (organization_id, person_id, starts_on);
create index people_leave_status_idx on atlvs.people_leave (organization_id, status, starts_on);
select atlvs.register_tenant_table('atlvs.people_leave', sensitive_columns => array['reason']);

-- --- commitments ---

create table atlvs.person_commitments (
    organization_id uuid          not null,
    id              uuid          not null default atlvs.uuid_v7(),
    person_id       uuid          not null,
    source          text          not null,
    source_id       uuid          not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    allocation_pct  numeric(5, 2) not null default 100,
    status          text          not null,
    label           text          not null,
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null,
    constraint person_commitments_pkey primary key (organization_id, id),
    constraint person_commitments_source_unique unique (organization_id, source, source_id),
    constraint person_commitments_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint person_commitments_source_check check (source ~ '^[a-z][a-z0-9_]{0,62}$'),
    constraint person_commitments_ends_at_check check (ends_at > starts_at),
    constraint person_commitments_allocation_pct_check check (allocation_pct > 0 and allocation_pct <= 100),
    constraint person_commitments_status_check check (status in ('tentative', 'confirmed')),
    constraint person_commitments_label_check check (length(btrim(label)) between 1 and 200)
);

comment on table atlvs.person_commitments is
    'Every span of time a person is committed to, whatever module it comes from (source: the table of the row that '
    'commits, source_id: that row). Written by the database from its sources (project_resources, people_leave, and '
    'the modules that call atlvs.commit_person_time); confirmed ones never exceed 100% of a person at any moment.';

create index person_commitments_person_idx on atlvs.person_commitments (organization_id, person_id, starts_at, ends_at);
select atlvs.register_tenant_table('atlvs.person_commitments');

-- The peak load of the person over the new commitment's window is the largest sum of allocations at a moment where a
-- confirmed commitment starts; the commitments of one person are decided one transaction at a time.
create function atlvs.check_person_commitment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    peak numeric;
    person_status text;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'person_commitments');
    if new.source <> 'people_leave' and (tg_op = 'INSERT' or new.person_id is distinct from old.person_id
                                        or new.starts_at is distinct from old.starts_at or new.ends_at is distinct from old.ends_at) then
        select p.status into person_status from atlvs.people p
         where p.organization_id = new.organization_id and p.id = new.person_id and p.deleted_at is null;
        if person_status is distinct from 'active' then
            raise exception 'the person is not active and takes on no new work (constraint "person_commitments_person_active")'
                using errcode = 'check_violation', constraint = 'person_commitments_person_active',
                      table = 'person_commitments', column = 'person_id';
        end if;
    end if;
    if new.status <> 'confirmed' then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'person_commitments_capacity', new.person_id);
    with committed as (
        select c.starts_at, c.ends_at, c.allocation_pct
          from atlvs.person_commitments c
         where c.organization_id = new.organization_id and c.person_id = new.person_id and c.status = 'confirmed'
           and c.id <> new.id and c.starts_at < new.ends_at and c.ends_at > new.starts_at
        union all
        select new.starts_at, new.ends_at, new.allocation_pct
    )
    select max(load) into peak
      from (select sum(b.allocation_pct) as load
              from (select distinct greatest(k.starts_at, new.starts_at) as at from committed k) moment
              join committed b on b.starts_at <= moment.at and b.ends_at > moment.at
             group by moment.at) loads;
    if peak > 100 then
        raise exception 'the person is already committed at that time (constraint "person_commitments_capacity")'
            using errcode = 'exclusion_violation', constraint = 'person_commitments_capacity',
                  table = 'person_commitments', column = 'starts_at';
    end if;
    return new;
end
$$;

create trigger check_person_commitment
    before insert or update on atlvs.person_commitments
    for each row execute function atlvs.check_person_commitment();

-- --- the extension point ---

-- Records (or moves) the commitment of row `source_row` of table `source_table`: the person's time from `from_at` to
-- `to_at` at `allocation` percent, 'tentative' or 'confirmed'. Refused with person_commitments_capacity when a confirmed
-- commitment would double-book the person, with person_commitments_person_active when the person is not active.
create function atlvs.commit_person_time(organization uuid, person uuid, source_table text, source_row uuid,
                                         from_at timestamptz, to_at timestamptz, allocation numeric,
                                         commitment_status text, commitment_label text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    update atlvs.person_commitments c
       set person_id = person, starts_at = from_at, ends_at = to_at, allocation_pct = allocation,
           status = commitment_status, label = commitment_label
     where c.organization_id = organization and c.source = source_table and c.source_id = source_row
       and (c.person_id, c.starts_at, c.ends_at, c.allocation_pct, c.status, c.label)
           is distinct from (person, from_at, to_at, allocation, commitment_status, commitment_label);
    if not found then
        insert into atlvs.person_commitments (organization_id, person_id, source, source_id, starts_at, ends_at,
                                              allocation_pct, status, label)
        values (organization, person, source_table, source_row, from_at, to_at, allocation, commitment_status,
                commitment_label)
        on conflict (organization_id, source, source_id) do nothing;
    end if;
end
$$;

-- Removes the commitment of row `source_row` of table `source_table`, if any.
create function atlvs.release_person_time(organization uuid, source_table text, source_row uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    delete from atlvs.person_commitments c
     where c.organization_id = organization and c.source = source_table and c.source_id = source_row;
end
$$;

-- --- the sources of this module and of projects ---

-- A person booked on a project (tentative or confirmed) is committed for the booking's window at its allocation;
-- a released booking, or one that names no person any more, commits nothing. While the audit trail restores rows
-- (a revert), it restores their commitments too, which are audited like their sources: the sources then commit
-- nothing themselves.
create function atlvs.commit_project_booking() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        perform atlvs.release_person_time(old.organization_id, 'project_resources', old.id);
        return old;
    end if;
    if new.resource_type = 'person' and new.resource_id is not null and new.status in ('tentative', 'confirmed') then
        perform atlvs.commit_person_time(new.organization_id, new.resource_id, 'project_resources', new.id,
                                         new.start_at, new.end_at, new.allocation_pct, new.status, new.name);
    elsif tg_op = 'UPDATE' then
        perform atlvs.release_person_time(new.organization_id, 'project_resources', new.id);
    end if;
    return new;
end
$$;

create trigger commit_project_booking
    after insert or update or delete on atlvs.project_resources
    for each row execute function atlvs.commit_project_booking();

-- Leave covers whole days in the organization's time zone: requested leave is tentative, approved leave confirmed.
-- A revert restores the commitment itself (see commit_project_booking).
create function atlvs.commit_leave() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    zone text;
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'DELETE' then
        perform atlvs.release_person_time(old.organization_id, 'people_leave', old.id);
        return old;
    end if;
    if new.status in ('requested', 'approved') then
        select o.timezone into zone from atlvs.organizations o where o.id = new.organization_id;
        perform atlvs.commit_person_time(new.organization_id, new.person_id, 'people_leave', new.id,
                                         new.starts_on::timestamp at time zone zone,
                                         (new.ends_on + 1)::timestamp at time zone zone, 100,
                                         case new.status when 'approved' then 'confirmed' else 'tentative' end,
                                         'Leave (' || new.kind || ')');
    else
        perform atlvs.release_person_time(new.organization_id, 'people_leave', new.id);
    end if;
    return new;
end
$$;

create trigger commit_leave
    after insert or update or delete on atlvs.people_leave
    for each row execute function atlvs.commit_leave();
