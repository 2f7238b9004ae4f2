-- The cycle check of a dependency walks from both of its ends and stops at the first walk that completes.
--
-- An edge p -> s closes a cycle exactly when p is reachable from s: every task reached walking forward from s is a
-- descendant of s, every task reached walking backward from p an ancestor of p, and the edge closes a cycle when s
-- reaches p, that is when p is among s's descendants or, the same fact, s among p's ancestors. Either complete walk
-- decides. The check (V4) walked forward only, so its cost was the number of s's descendants: a chain inserted from
-- its end made each new edge walk the whole chain below it (999 edges: 499,500 probes, 6 s). It now walks in rounds:
-- at most 8 tasks forward, then at most 8 backward, then four times as many each way, and so on, until one walk
-- completes within its bound or meets the other end. A walk stopped at its bound has reached that many tasks, so the
-- rounds together cost a small multiple of the smaller side: an edge added at either end of a chain, or to a new
-- task, costs one or two short walks whatever the size of the project.
--
-- Each probe is ordered by a column its index returns in order, so that a plan made on a table believed empty keeps
-- to that index. On a table analyzed while it held no row (reltuples 0), a plan made while the table is still small
-- (or holds only the dead rows of a rolled-back load) estimates every index whose leading column the probe names to
-- return the one row the planner rounds to, at the same cost, and the tie went to the most recent index even when it
-- matched only the organization: a dependency load retried in the session of a failed one, whose analysis had found
-- the table empty, read 4,498,501 index entries through the successor index for 2,999 edges, and 999 edges inserted
-- last to first took 100 to 149 s. Under the order, the index that returns the rows sorted is the cheaper plan at
-- any size, and a plan by any other index needs a sort on top. The forward probe names the organization and the
-- predecessor, which the edge key (organization_id, predecessor_id, successor_id) serves in successor order; the
-- backward probe names the organization, the project and the successor, which the successor index serves once it
-- holds the predecessor too.

drop index atlvs.project_dependencies_successor_idx;
create index project_dependencies_successor_idx
    on atlvs.project_dependencies (organization_id, project_id, successor_id, predecessor_id);

create or replace function atlvs.check_project_dependency() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
    set enable_seqscan = off
as $$
declare
    bound integer := 8;
    reached integer;
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
    -- The edge's own earlier version (an update) is no path: e.id <> new.id.
    loop
        with recursive descendants(task_id) as (
            select new.successor_id
            union
            select d.successor_id
              from descendants r
             cross join lateral (select e.successor_id
                                   from atlvs.project_dependencies e
                                  where e.organization_id = new.organization_id and e.predecessor_id = r.task_id
                                    and e.id <> new.id
                                  order by e.successor_id) d
        )
        select count(*), coalesce(bool_or(w.task_id = new.predecessor_id), false) into reached, loops
          from (select task_id from descendants limit bound) w;
        exit when loops or reached < bound;
        with recursive ancestors(task_id) as (
            select new.predecessor_id
            union
            select d.predecessor_id
              from ancestors r
             cross join lateral (select e.predecessor_id
                                   from atlvs.project_dependencies e
                                  where e.organization_id = new.organization_id and e.project_id = new.project_id
                                    and e.successor_id = r.task_id and e.id <> new.id
                                  order by e.predecessor_id) d
        )
        select count(*), coalesce(bool_or(w.task_id = new.successor_id), false) into reached, loops
          from (select task_id from ancestors limit bound) w;
        exit when loops or reached < bound;
        bound := bound * 4;
    end loop;
    if loops then
        raise exception 'the dependency would close a cycle'
            using errcode = 'check_violation', constraint = 'project_dependencies_cycle', table = 'project_dependencies',
                  column = 'successor_id';
    end if;
    return new;
end
$$;
