-- Commitments within one project share the person's time instead of adding to it. A crew member booked on a
-- festival for the week at 100% is called to the stage on Tuesday from 08:00 to 20:00 and flies in on Monday: the
-- call and the flight are part of that booking, not a second and a third full-time job. Each commitment may name
-- the project it belongs to; at any moment the person's load is the sum, over projects, of the largest allocation
-- committed within each project, plus every commitment that names no project (leave, or work outside projects).
-- Two projects, or a project and leave, still cannot hold the same person beyond 100%; two overlapping calls of one
-- project are refused by the rule of the table that calls (a person is on one call at a time).
--
-- The extension point gains the project:
--   atlvs.commit_project_time(organization, person, project, source_table, source_row, from_at, to_at, allocation,
--                             status, label)
-- and atlvs.commit_person_time(...) stays as it was, committing outside any project.

alter table atlvs.person_commitments add column project_id uuid;

alter table atlvs.person_commitments add constraint person_commitments_project_fkey
    foreign key (organization_id, project_id) references atlvs.projects (organization_id, id) on delete cascade;

create index person_commitments_project_idx on atlvs.person_commitments (organization_id, project_id)
    where project_id is not null;

comment on column atlvs.person_commitments.project_id is
    'The project the commitment belongs to, if any: commitments of one project share the person''s time (the largest '
    'allocation counts), commitments of different projects add up.';

update atlvs.person_commitments c
   set project_id = r.project_id
  from atlvs.project_resources r
 where c.source = 'project_resources' and r.organization_id = c.organization_id and r.id = c.source_id;

-- The peak load over the new commitment's window: at each moment a confirmed commitment starts, the sum over projects
-- of the largest allocation within the project, each commitment without a project counted on its own.
create or replace function atlvs.check_person_commitment() returns trigger
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
        select c.starts_at, c.ends_at, c.allocation_pct, coalesce(c.project_id, c.id) as share
          from atlvs.person_commitments c
         where c.organization_id = new.organization_id and c.person_id = new.person_id and c.status = 'confirmed'
           and c.id <> new.id and c.starts_at < new.ends_at and c.ends_at > new.starts_at
        union all
        select new.starts_at, new.ends_at, new.allocation_pct, coalesce(new.project_id, new.id)
    )
    select max(load) into peak
      from (select shares.at, sum(shares.top) as load
              from (select moment.at, b.share, max(b.allocation_pct) as top
                      from (select distinct greatest(k.starts_at, new.starts_at) as at from committed k) moment
                      join committed b on b.starts_at <= moment.at and b.ends_at > moment.at
                     group by moment.at, b.share) shares
             group by shares.at) loads;
    if peak > 100 then
        raise exception 'the person is already committed at that time (constraint "person_commitments_capacity")'
            using errcode = 'exclusion_violation', constraint = 'person_commitments_capacity',
                  table = 'person_commitments', column = 'starts_at';
    end if;
    return new;
end
$$;

-- Records (or moves) the commitment of row `source_row` of table `source_table` within `project` (null: outside any
-- project). Refused like commit_person_time.
create function atlvs.commit_project_time(organization uuid, person uuid, project uuid, source_table text,
                                          source_row uuid, from_at timestamptz, to_at timestamptz, allocation numeric,
                                          commitment_status text, commitment_label text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    update atlvs.person_commitments c
       set person_id = person, project_id = project, starts_at = from_at, ends_at = to_at, allocation_pct = allocation,
           status = commitment_status, label = commitment_label
     where c.organization_id = organization and c.source = source_table and c.source_id = source_row
       and (c.person_id, c.project_id, c.starts_at, c.ends_at, c.allocation_pct, c.status, c.label)
           is distinct from (person, project, from_at, to_at, allocation, commitment_status, commitment_label);
    if not found then
        insert into atlvs.person_commitments (organization_id, person_id, project_id, source, source_id, starts_at,
                                              ends_at, allocation_pct, status, label)
        values (organization, person, project, source_table, source_row, from_at, to_at, allocation, commitment_status,
                commitment_label)
        on conflict (organization_id, source, source_id) do nothing;
    end if;
end
$$;

create or replace function atlvs.commit_person_time(organization uuid, person uuid, source_table text, source_row uuid,
                                                    from_at timestamptz, to_at timestamptz, allocation numeric,
                                                    commitment_status text, commitment_label text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.commit_project_time(organization, person, null, source_table, source_row, from_at, to_at, allocation,
                                      commitment_status, commitment_label);
end
$$;

-- A booking on a project commits the person within that project.
create or replace function atlvs.commit_project_booking() returns trigger
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
        perform atlvs.commit_project_time(new.organization_id, new.resource_id, new.project_id, 'project_resources',
                                          new.id, new.start_at, new.end_at, new.allocation_pct, new.status, new.name);
    elsif tg_op = 'UPDATE' then
        perform atlvs.release_person_time(new.organization_id, 'project_resources', new.id);
    end if;
    return new;
end
$$;
