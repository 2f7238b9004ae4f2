-- Statistics for large loads (decision 0022). PostgreSQL plans the per-row checks of an insert (foreign keys, the
-- lookups of row triggers) once per session and keeps a plan for as long as the statistics of its tables do not
-- change; a transaction that loads many rows sees no new statistics until autovacuum analyzes the tables after its
-- commit. Planned on a table without statistics, a lookup by (organization_id, project_id, id) costs the same by
-- any index that starts with organization_id, and PostgreSQL may pick one that reads every row of the organization
-- or project for each checked row: a load that grows a table from nothing in one transaction then reads a number
-- of rows that grows with the square of its size.
--
-- atlvs.gather_load_statistics analyzes, within the caller's transaction, a table and the tables its foreign keys
-- reference where the transaction has inserted at least 1,000 rows since it last analyzed them and more than half as
-- many as their statistics count: ANALYZE counts the rows the transaction inserted, and the new statistics make
-- PostgreSQL plan the checks again. The rows counted at each analysis are kept in a setting of the transaction, so
-- a transaction that loads a table in many parts analyzes it only as it doubles. Whether an analysis is due is
-- decided from the transaction's own counts, not from pg_class: the page and row counts an ANALYZE writes there stay
-- when its transaction rolls back, while the column statistics go, and a retried load would find them misleading.
-- A table another transaction holds for maintenance (an ANALYZE or VACUUM) is skipped rather than waited for;
-- where Citus is installed nothing is analyzed (the shards are analyzed by autovacuum on their nodes).
-- BulkLoad calls it before and after each load.

create function atlvs.gather_load_statistics(target regclass) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    candidate record;
    counted bigint;
    analyzed integer := 0;
begin
    if target is null then
        raise exception 'gather_load_statistics needs a table' using errcode = 'null_value_not_allowed';
    end if;
    if not exists (select 1 from atlvs.registered_tables r join pg_class c on c.relname = r.table_name
                    where c.oid = target and c.relnamespace = 'atlvs'::regnamespace) then
        raise exception '% is not a registered table', target using errcode = 'invalid_parameter_value';
    end if;
    if atlvs.citus_installed() then
        return 0;
    end if;
    for candidate in
        select c.oid, c.oid::regclass as name, greatest(c.reltuples, 0) as counted_rows,
               pg_stat_get_xact_tuples_inserted(c.oid) as inserted
          from pg_class c
         where c.oid in (select target::oid
                         union
                         select k.confrelid from pg_constraint k where k.conrelid = target and k.contype = 'f')
           and c.relkind = 'r'
           and c.relowner = (select o.relowner from pg_class o where o.oid = target)
         order by c.oid
    loop
        counted := coalesce(nullif(current_setting('atlvs.load_statistics_' || candidate.oid, true), '')::bigint, 0);
        continue when candidate.inserted - counted < 1000 or candidate.inserted - counted <= candidate.counted_rows / 2;
        begin
            execute format('lock table %s in share update exclusive mode nowait', candidate.name);
            execute format('analyze %s', candidate.name);
        exception when lock_not_available then
            -- Another transaction analyzes or vacuums it: its statistics come with that transaction.
            continue;
        end;
        perform set_config('atlvs.load_statistics_' || candidate.oid, candidate.inserted::text, true);
        analyzed := analyzed + 1;
    end loop;
    return analyzed;
end
$$;

revoke execute on function atlvs.gather_load_statistics(regclass) from public;

-- The run-time role's bulk loads call it.
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.gather_load_statistics(regclass) to %I', '${runtime_role}');
    end if;
end
$$;
