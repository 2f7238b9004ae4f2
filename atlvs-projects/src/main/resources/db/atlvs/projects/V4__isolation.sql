-- The projects rules that are decided by reading rows a concurrent transaction may be writing hold at every
-- isolation level the SDK offers (see core's V14 and atlvs.serialize_decision): the dependencies of one
-- project form no cycle, a person or serialized asset is never booked beyond 100 %, and a done task has no
-- open sub-task. Each decision is serialized with the concurrent decisions of the same rule and subject: under
-- READ COMMITTED the second decider waits and then reads what the first committed (as the advisory locks these
-- replace did); under REPEATABLE READ and SERIALIZABLE it fails with a serialization failure and its
-- transaction runs again on a fresh snapshot.

-- A task is done only once its live sub-tasks are done or cancelled, and no open sub-task is put under a done
-- task: both sides decide about the parent, one transaction at a time.
create or replace function atlvs.check_project_task() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
    set enable_seqscan = off
as $$
declare
    parent_done boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_tasks');
    if tg_op = 'INSERT' or new.parent_task_id is distinct from old.parent_task_id then
        perform atlvs.check_acyclic('atlvs.project_tasks', new.organization_id, new.id, new.parent_task_id,
                                    'id', 'parent_task_id', 'project_tasks_parent_cycle', 'parent_task_id');
    end if;
    -- A task is done only once its live sub-tasks are done or cancelled.
    if new.status = 'done' and new.deleted_at is null
       and (tg_op = 'INSERT' or old.status <> 'done' or old.deleted_at is not null) then
        perform atlvs.serialize_decision(new.organization_id, 'project_tasks_parent_done', new.id);
        if exists (select 1 from atlvs.project_tasks c
                    where c.organization_id = new.organization_id and c.project_id = new.project_id
                      and c.parent_task_id = new.id and c.deleted_at is null
                      and c.status not in ('done', 'cancelled')) then
            raise exception 'a task is done only once its sub-tasks are done or cancelled'
                using errcode = 'check_violation', constraint = 'project_tasks_children_open', table = 'project_tasks',
                      column = 'status';
        end if;
    end if;
    -- ... and no open sub-task is put (or reopened, or restored) under a done parent. The parent is locked
    -- so that a concurrent change of the parent waits for this one.
    if new.parent_task_id is not null and new.deleted_at is null and new.status not in ('done', 'cancelled')
       and (tg_op = 'INSERT' or new.parent_task_id is distinct from old.parent_task_id
            or old.status in ('done', 'cancelled') or old.deleted_at is not null) then
        perform atlvs.serialize_decision(new.organization_id, 'project_tasks_parent_done', new.parent_task_id);
        select p.status = 'done' and p.deleted_at is null into parent_done
          from atlvs.project_tasks p
         where p.organization_id = new.organization_id and p.id = new.parent_task_id
           for share;
        if parent_done then
            raise exception 'an open sub-task cannot be under a done task'
                using errcode = 'check_violation', constraint = 'project_tasks_parent_done', table = 'project_tasks',
                      column = 'parent_task_id';
        end if;
    end if;
    return new;
end
$$;

-- Refuses an edge that would close a cycle: it does when its predecessor is reachable from its successor
-- over the project's other edges. The edges of one project are decided one transaction at a time.
create or replace function atlvs.check_project_dependency() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
    set enable_seqscan = off
as $$
declare
    loops boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_dependencies');
    -- A self-edge is the check constraint's to report; an unchanged edge closes nothing new.
    if new.predecessor_id = new.successor_id
       or (tg_op = 'UPDATE' and (new.predecessor_id, new.successor_id, new.project_id)
                                is not distinct from (old.predecessor_id, old.successor_id, old.project_id)) then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'project_dependencies_cycle', new.project_id);
    with recursive reachable(task_id) as (
        select new.successor_id
        union
        -- One probe of the edge key (organization_id, predecessor_id, ...) per reached task: "offset 0" keeps
        -- it a parameterized lookup whatever the plan cached for the session estimated from a small table.
        select d.successor_id
          from reachable r
          cross join lateral (select e.successor_id
                                from atlvs.project_dependencies e
                               where e.organization_id = new.organization_id and e.predecessor_id = r.task_id
                                 and e.id <> new.id
                              offset 0) d
    )
    select exists (select 1 from reachable where task_id = new.predecessor_id) into loops;
    if loops then
        raise exception 'the dependency would close a cycle'
            using errcode = 'check_violation', constraint = 'project_dependencies_cycle', table = 'project_dependencies',
                  column = 'successor_id';
    end if;
    return new;
end
$$;

-- The peak load of a person or serialized asset over the new booking's window is the largest sum of
-- allocations at a moment where a booking starts; the bookings of one resource are decided one transaction
-- at a time.
create or replace function atlvs.check_project_resource() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    peak numeric;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_resources');
    if new.status <> 'confirmed' or new.resource_type not in ('person', 'asset') or new.resource_id is null then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'project_resources_capacity', new.resource_id);
    with booked as (
        select r.start_at, r.end_at, r.allocation_pct
          from atlvs.project_resources r
         where r.organization_id = new.organization_id and r.resource_type = new.resource_type
           and r.resource_id = new.resource_id and r.status = 'confirmed' and r.id <> new.id
           and r.start_at < new.end_at and r.end_at > new.start_at
        union all
        select new.start_at, new.end_at, new.allocation_pct
    )
    select max(load) into peak
      from (select sum(b.allocation_pct) as load
              from (select distinct greatest(k.start_at, new.start_at) as at from booked k) moment
              join booked b on b.start_at <= moment.at and b.end_at > moment.at
             group by moment.at) loads;
    if peak > 100 then
        raise exception 'the resource would be booked beyond its capacity'
            using errcode = 'exclusion_violation', constraint = 'project_resources_capacity', table = 'project_resources',
                  column = 'allocation_pct';
    end if;
    return new;
end
$$;
