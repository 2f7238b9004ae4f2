-- The maintenance of the partitioned logs (core/V33) where Citus is installed: the purge of an archived month, the
-- monthly partitions with the rows moved out of the default partition, and the restore of an archive, with the same
-- guarantees as on one server (only the owner-only purge of an archived month deletes log rows; nothing is lost).
--
-- On Citus a log's rows are deleted on its shards, in the shards' sessions (the coordinator's own, with local
-- execution, or connections to the shards' nodes), where two things differed:
--  * the mark of the purge (atlvs.purging_archive) was set with set_config, which stays in the coordinator's session;
--    it is set with atlvs.set_local now (SET LOCAL, sent to every shard connection of the transaction where Citus is
--    loaded, set_config elsewhere);
--  * the append-only triggers fire with the shard as their table; the coordinator's session hides shards from
--    pg_class (Citus's table visibility), so the owner of the shard could not be read there. The owner asked about is
--    that of the log itself (atlvs.<log>), the table the statement runs on; a shard or partition the catalog shows
--    must be the caller's as well.
-- A month's partition created on Citus with rows moved into it from the default partition is distributed when it is
-- attached, its rows copied into its shards; the copy left behind in the coordinator's local table is removed.

-- Whether the current statement is the purge of archived rows of `log`: the owner-only purge function marks its
-- transaction for that log, and the statement runs with the rights of the log's owner. A role without the privilege
-- to delete never reaches the trigger that asks; one that sets the mark by hand is not the owner.
create or replace function atlvs.purging_archived_rows(target regclass, log text) returns boolean
    language sql stable
    set search_path = pg_catalog
as $$
    select coalesce(current_setting('atlvs.purging_archive', true), '') = log
       and exists (select 1 from pg_class c
                    where c.oid = to_regclass(format('atlvs.%I', log)) and c.relowner = current_user::regrole::oid)
       and not exists (select 1 from pg_class c where c.oid = target and c.relowner <> current_user::regrole::oid)
$$;

-- The partition of one month of a partitioned log (<table>_yYYYYmMM, sealed like every partition), created when
-- missing. Rows of that month that landed in the default partition while the month had none (the maintenance was
-- not run in time) move into it, so that creating it never fails on them. Returns the partition's name, or null
-- when it existed.
create or replace function atlvs.create_month_partition(parent regclass, month date) returns text
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    schema_name text;
    table_name text;
    name text;
    first_day date := date_trunc('month', month)::date;
    lower_bound timestamptz;
    upper_bound timestamptz;
    time_column text;
    default_partition regclass;
    moved bigint := 0;
    distributed boolean;
begin
    select n.nspname, c.relname into schema_name, table_name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.oid = parent;
    time_column := atlvs.retained_log_time_column(table_name);
    if time_column is null then
        raise exception '% is not a partitioned log of the maintenance', table_name using errcode = 'invalid_parameter_value';
    end if;
    name := format('%s_y%sm%s', table_name, to_char(first_day, 'YYYY'), to_char(first_day, 'MM'));
    if to_regclass(format('%I.%I', schema_name, name)) is not null then
        if not exists (select 1 from pg_inherits i
                        where i.inhparent = parent and i.inhrelid = to_regclass(format('%I.%I', schema_name, name))) then
            raise exception 'the table %.% exists but is no partition of %: it was detached; attach it again or drop it',
                            schema_name, name, table_name
                using errcode = 'object_not_in_prerequisite_state', table = name;
        end if;
        return null;
    end if;
    lower_bound := first_day::timestamp at time zone 'UTC';
    upper_bound := (first_day + interval '1 month')::timestamp at time zone 'UTC';
    select i.inhrelid::regclass into default_partition
      from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = parent and c.relpartbound is not null
       and pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT';
    execute format('create table %I.%I (like %s including defaults including constraints)', schema_name, name, parent);
    if default_partition is not null then
        -- The owner reads past the forced row-level security of the default partition only inside this
        -- transaction, which holds the partition locked until it ends.
        execute format('lock table %s in access exclusive mode', default_partition);
        execute format('alter table %s no force row level security', default_partition);
        execute format('insert into %I.%I select * from %s where %I >= $1 and %I < $2',
                       schema_name, name, default_partition, time_column, time_column)
            using lower_bound, upper_bound;
        get diagnostics moved = row_count;
        if moved > 0 then
            perform atlvs.set_local('atlvs.purging_archive', table_name);
            execute format('delete from %s where %I >= $1 and %I < $2', default_partition, time_column, time_column)
                using lower_bound, upper_bound;
            perform atlvs.set_local('atlvs.purging_archive', '');
        end if;
        execute format('alter table %s force row level security', default_partition);
    end if;
    execute format('alter table %s attach partition %I.%I for values from (%L) to (%L)',
                   parent, schema_name, name, lower_bound, upper_bound);
    if moved > 0 and atlvs.citus_installed() then
        -- Attaching to a distributed log distributed the partition, its rows copied into its shards: the copy left
        -- in the coordinator's local table goes.
        execute 'select exists (select 1 from pg_dist_partition where logicalrelid = $1)'
            into distributed using format('%I.%I', schema_name, name)::regclass;
        if distributed then
            execute 'select truncate_local_data_after_distributing_table($1)' using format('%I.%I', schema_name, name)::regclass;
        end if;
    end if;
    perform atlvs.seal_partition(format('%I.%I', schema_name, name)::regclass);
    return name;
end
$$;

-- Removes one organization's rows of one month of a partitioned log after they were archived: exactly the rows
-- the archive holds, or nothing. The caller states the count and content checksum it exported (and, for the audit
-- trail, those of the sealed values); when the live rows no longer match them, nothing is removed (SQLSTATE AR010),
-- so that no row written or changed since the export is lost. Runs with the owner's rights, in a transaction whose
-- context is the organization's; only the owner may call it (it is granted to no one). Returns the rows removed.
create or replace function atlvs.purge_archived_month(log text, organization uuid, month date, expected_rows bigint,
                                                      expected_checksum text, expected_sealed_rows bigint,
                                                      expected_sealed_checksum text) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
    set timezone = 'UTC'
as $$
declare
    time_column text := atlvs.retained_log_time_column(log);
    live record;
    sealed record;
    removed bigint;
begin
    if time_column is null then
        raise exception '% is not a partitioned log of the maintenance', log using errcode = 'invalid_parameter_value';
    end if;
    if atlvs.current_tenant() is distinct from organization then
        raise exception 'the purge of an archived month runs in a context of its organization'
            using errcode = 'insufficient_privilege', table = log;
    end if;
    -- One purge or restore of the same organization and month at a time.
    perform pg_advisory_xact_lock(hashtext('atlvs.archive:' || log), hashtext(organization::text || ':' || month::text));
    select * into live from atlvs.archived_month_checksum(log, organization, month);
    if live.row_count <> expected_rows or live.checksum <> expected_checksum then
        raise exception 'the rows of % in % changed since they were archived (% rows now, % archived); nothing was removed',
                        log, to_char(month, 'YYYY-MM'), live.row_count, expected_rows
            using errcode = 'AR010', table = log;
    end if;
    if log = 'audit_logs' then
        select * into sealed from atlvs.archived_sealed_checksum(organization, month);
        if sealed.row_count <> coalesce(expected_sealed_rows, 0) or sealed.checksum <> coalesce(expected_sealed_checksum, md5('')) then
            raise exception 'the sealed values of audit_logs in % changed since they were archived; nothing was removed',
                            to_char(month, 'YYYY-MM')
                using errcode = 'AR010', table = 'audit_sealed_values';
        end if;
        delete from atlvs.audit_sealed_values s
         where s.organization_id = organization
           and exists (select 1 from atlvs.audit_logs l
                        where l.organization_id = s.organization_id and l.id = s.id
                          and l.occurred_at >= date_trunc('month', month)::timestamp at time zone 'UTC'
                          and l.occurred_at < (date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC');
    end if;
    perform atlvs.set_local('atlvs.purging_archive', log);
    execute format('delete from atlvs.%I t where t.organization_id = $1 and t.%I >= $2 and t.%I < $3',
                   log, time_column, time_column)
        using organization, date_trunc('month', month)::timestamp at time zone 'UTC',
              (date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC';
    get diagnostics removed = row_count;
    perform atlvs.set_local('atlvs.purging_archive', '');
    if removed <> expected_rows then
        raise exception 'the purge of % in % removed % rows where % were archived; nothing was removed',
                        log, to_char(month, 'YYYY-MM'), removed, expected_rows
            using errcode = 'AR010', table = log;
    end if;
    return removed;
end
$$;
