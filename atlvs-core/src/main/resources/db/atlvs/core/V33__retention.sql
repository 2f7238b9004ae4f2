-- Retention of the partitioned logs: the audit trail (audit_logs, with its sealed values) and the webhook attempt
-- log (webhook_logs). Each organization says how long its rows stay in the live tables; the SDK's maintenance
-- (dev.atlvs.core.maintenance) exports the rows of a month whose retention has passed to compressed files, checks
-- them, and only then removes them, per organization and month, through the owner-only function below; once a
-- month's partition holds no row any more it is dropped. Restoring puts the rows back exactly, re-creating the
-- month's partition when needed.
--
-- Months are UTC months: a partition holds [first day 00:00 UTC, first day of the next month 00:00 UTC).

alter table atlvs.organizations
    add column audit_log_retention_days integer not null default 2555,
    add column webhook_log_retention_days integer not null default 90,
    add constraint organizations_audit_log_retention_days_check
        check (audit_log_retention_days between 30 and 2555),
    add constraint organizations_webhook_log_retention_days_check
        check (webhook_log_retention_days between 7 and 2555);

-- Whether the current statement is the purge of archived rows of `log`: the owner-only purge function marks its
-- transaction for that log, and the statement runs with the rights of the table's owner. A role without the
-- privilege to delete never reaches the trigger that asks; one that sets the mark by hand is not the owner.
create function atlvs.purging_archived_rows(target regclass, log text) returns boolean
    language sql stable
    set search_path = pg_catalog
as $$
    select coalesce(current_setting('atlvs.purging_archive', true), '') = log
       and exists (select 1 from pg_class c where c.oid = target and c.relowner = current_user::regrole::oid)
$$;

-- Audit rows are never changed, and removed only by the purge of an archived month.
create or replace function atlvs.audit_logs_append_only() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    if tg_op = 'DELETE' and atlvs.purging_archived_rows(tg_relid, 'audit_logs') then
        return old;
    end if;
    raise exception 'audit_logs is append-only'
        using errcode = 'insufficient_privilege', table = 'audit_logs';
end
$$;

-- An append-only log's rows are never changed; those of webhook_logs are removed only by the purge of an archived
-- month (no other log is ever marked for one).
create or replace function atlvs.append_only() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    if tg_op = 'DELETE' and atlvs.purging_archived_rows(tg_relid, tg_argv[0]) then
        return old;
    end if;
    raise exception '% is append-only', tg_argv[0]
        using errcode = 'insufficient_privilege', table = tg_argv[0];
end
$$;

-- The partitioned logs retention applies to, and their time column.
create function atlvs.retained_log_time_column(log text) returns text
    language sql immutable
    set search_path = pg_catalog
as $$
    select case log when 'audit_logs' then 'occurred_at' when 'webhook_logs' then 'attempted_at' end
$$;

-- The partition of one month of a partitioned log (<table>_yYYYYmMM, sealed like every partition), created when
-- missing. Rows of that month that landed in the default partition while the month had none (the maintenance was
-- not run in time) move into it, so that creating it never fails on them. Returns the partition's name, or null
-- when it existed.
create function atlvs.create_month_partition(parent regclass, month date) returns text
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
            perform set_config('atlvs.purging_archive', table_name, true);
            execute format('delete from %s where %I >= $1 and %I < $2', default_partition, time_column, time_column)
                using lower_bound, upper_bound;
            perform set_config('atlvs.purging_archive', '', true);
        end if;
        execute format('alter table %s force row level security', default_partition);
    end if;
    execute format('alter table %s attach partition %I.%I for values from (%L) to (%L)',
                   parent, schema_name, name, lower_bound, upper_bound);
    perform atlvs.seal_partition(format('%I.%I', schema_name, name)::regclass);
    return name;
end
$$;

-- Monthly partitions from this month through `through`, each created by create_month_partition; returns the
-- partitions it created.
create or replace function atlvs.create_monthly_partitions(parent regclass, through date) returns setof text
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    month date := date_trunc('month', now() at time zone 'UTC')::date;
    name text;
begin
    while month <= through loop
        name := atlvs.create_month_partition(parent, month);
        if name is not null then
            return next name;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
end
$$;

-- The count and content checksum of one organization's rows of one month of a partitioned log, as the
-- maintenance computes them for the archive: md5 over the rows' text, one per line, in the order of their ids
-- (row-level security applies: the caller's context must be the organization's).
create function atlvs.archived_month_checksum(log text, organization uuid, month date, out row_count bigint, out checksum text)
    language plpgsql stable
    set search_path = pg_catalog, atlvs
    set timezone = 'UTC'
as $$
declare
    time_column text := atlvs.retained_log_time_column(log);
begin
    if time_column is null then
        raise exception '% is not a partitioned log of the maintenance', log using errcode = 'invalid_parameter_value';
    end if;
    execute format('select count(*), coalesce(md5(string_agg(t::text, e''\n'' order by t.id)), md5(''''))'
                   ' from atlvs.%I t where t.organization_id = $1 and t.%I >= $2 and t.%I < $3',
                   log, time_column, time_column)
        into row_count, checksum
        using organization, date_trunc('month', month)::timestamp at time zone 'UTC',
              (date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC';
end
$$;

-- The sealed values of the audit rows of one organization's month, counted and summed the same way.
create function atlvs.archived_sealed_checksum(organization uuid, month date, out row_count bigint, out checksum text)
    language plpgsql stable
    set search_path = pg_catalog, atlvs
    set timezone = 'UTC'
as $$
begin
    select count(*), coalesce(md5(string_agg(s::text, e'\n' order by s.id)), md5(''))
      into row_count, checksum
      from atlvs.audit_sealed_values s
     where s.organization_id = organization
       and exists (select 1 from atlvs.audit_logs l
                    where l.organization_id = s.organization_id and l.id = s.id
                      and l.occurred_at >= date_trunc('month', month)::timestamp at time zone 'UTC'
                      and l.occurred_at < (date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC');
end
$$;

-- Removes one organization's rows of one month of a partitioned log after they were archived: exactly the rows
-- the archive holds, or nothing. The caller states the count and content checksum it exported (and, for the audit
-- trail, those of the sealed values); when the live rows no longer match them, nothing is removed (SQLSTATE AR010),
-- so that no row written or changed since the export is lost. Runs with the owner's rights, in a transaction whose
-- context is the organization's; only the owner may call it (it is granted to no one). Returns the rows removed.
create function atlvs.purge_archived_month(log text, organization uuid, month date, expected_rows bigint,
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
    perform set_config('atlvs.purging_archive', log, true);
    execute format('delete from atlvs.%I t where t.organization_id = $1 and t.%I >= $2 and t.%I < $3',
                   log, time_column, time_column)
        using organization, date_trunc('month', month)::timestamp at time zone 'UTC',
              (date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC';
    get diagnostics removed = row_count;
    perform set_config('atlvs.purging_archive', '', true);
    if removed <> expected_rows then
        raise exception 'the purge of % in % removed % rows where % were archived; nothing was removed',
                        log, to_char(month, 'YYYY-MM'), removed, expected_rows
            using errcode = 'AR010', table = log;
    end if;
    return removed;
end
$$;

-- Drops the partition of one month of a partitioned log once it holds no row of any organization (every one was
-- archived and purged); returns whether it was dropped. The owner reads past the partition's forced row-level
-- security inside this transaction only, which holds the partition locked until it ends.
create function atlvs.drop_empty_month_partition(parent regclass, month date) returns boolean
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    target_partition regclass;
    still_holds boolean;
begin
    select i.inhrelid::regclass into target_partition
      from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = parent
       and c.relname = format('%s_y%sm%s', (select p.relname from pg_class p where p.oid = parent),
                              to_char(month, 'YYYY'), to_char(month, 'MM'));
    if target_partition is null then
        return false;
    end if;
    execute format('lock table %s in access exclusive mode', target_partition);
    execute format('alter table %s no force row level security', target_partition);
    execute format('select exists (select 1 from %s)', target_partition) into still_holds;
    if still_holds then
        execute format('alter table %s force row level security', target_partition);
        return false;
    end if;
    execute format('drop table %s', target_partition);
    return true;
end
$$;

revoke execute on function atlvs.create_month_partition(regclass, date) from public;
revoke execute on function atlvs.create_monthly_partitions(regclass, date) from public;
revoke execute on function atlvs.archived_month_checksum(text, uuid, date) from public;
revoke execute on function atlvs.archived_sealed_checksum(uuid, date) from public;
revoke execute on function atlvs.purge_archived_month(text, uuid, date, bigint, text, bigint, text) from public;
revoke execute on function atlvs.drop_empty_month_partition(regclass, date) from public;
