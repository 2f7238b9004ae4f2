-- Statistics for large loads (decision 0022): a table that holds none of the tenant's rows is not analyzed.
--
-- atlvs.gather_load_statistics (V41) decides from pg_stat_get_xact_tuples_inserted, which counts the rows the
-- transaction inserted and also those of the session's earlier transactions that PostgreSQL has not yet reported to
-- its statistics system (it reports a session's counts at most once a second). A load that failed and was retried on
-- the same connection within that second made the retry's first call analyze the failed load's tables while they
-- were empty: reltuples 0 with pages on disk, where the planner estimates one row for every index and the next
-- statement's per-row lookups could take an index matching the organization alone. The function now also requires
-- that the transaction sees a row of the table under its tenant's policy, which every row the transaction inserted
-- is; a table whose rows all belong to other tenants, or were deleted again, is left to autovacuum. The look-up goes
-- through an index that starts with organization_id, where the policy's verification of the context runs once, not
-- once for each row of other tenants a sequential scan would pass.

create or replace function atlvs.gather_load_statistics(target regclass) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
    set enable_seqscan = off
as $$
declare
    candidate record;
    counted bigint;
    holds_rows boolean;
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
        -- The count includes rows of the session's earlier transactions not yet reported to the statistics system: a
        -- table where the transaction sees none of its tenant's rows holds nothing this transaction inserted.
        execute format('select exists (select from %s)', candidate.name) into holds_rows;
        continue when not holds_rows;
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
