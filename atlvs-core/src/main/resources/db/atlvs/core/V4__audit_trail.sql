-- Audit trail operations: monthly partition maintenance, the state of a record at a point in time,
-- reverting a transaction, restoring a record, and erasure of a user. The trail itself and the
-- triggers that write it are part of the conventions (V1).

-- Users are anonymized, never deleted.
create function atlvs.users_are_never_deleted() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    raise exception 'users are anonymized, never deleted'
        using errcode = 'check_violation', constraint = 'users_never_deleted', table = 'users', column = 'id';
end
$$;

create trigger never_deleted
    before delete on atlvs.users
    for each row execute function atlvs.users_are_never_deleted();

-- Monthly partitions of a table partitioned by range of time, named <table>_yYYYYmMM and sealed like
-- every partition, created ahead by the maintenance call from this month through `through`; returns the
-- partitions it created.
create function atlvs.create_monthly_partitions(parent regclass, through date) returns setof text
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    schema_name text;
    table_name text;
    month date := date_trunc('month', now())::date;
    name text;
begin
    select n.nspname, c.relname into schema_name, table_name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.oid = parent;
    while month <= through loop
        name := format('%s_y%sm%s', table_name, to_char(month, 'YYYY'), to_char(month, 'MM'));
        if to_regclass(format('%I.%I', schema_name, name)) is null then
            execute format('create table %I.%I partition of %s for values from (%L) to (%L)',
                           schema_name, name, parent, month::timestamptz, (month + interval '1 month')::timestamptz);
            perform atlvs.seal_partition(format('%I.%I', schema_name, name)::regclass);
            return next name;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
end
$$;

-- The audit trail's monthly partitions.
create function atlvs.create_audit_partitions(through date) returns setof text
    language sql
    set search_path = pg_catalog, atlvs
as $$
    select atlvs.create_monthly_partitions('atlvs.audit_logs', through)
$$;

-- Detaches the partition of one month for archival (the table stays, outside the audit trail);
-- returns its name, or null when the month has no attached partition.
create function atlvs.detach_audit_partition(month date) returns text
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    name text := format('audit_logs_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
begin
    if not exists (select 1 from pg_inherits i
                    where i.inhparent = 'atlvs.audit_logs'::regclass and i.inhrelid = to_regclass('atlvs.' || name)) then
        return null;
    end if;
    execute format('alter table atlvs.audit_logs detach partition atlvs.%I', name);
    return name;
end
$$;

revoke execute on function atlvs.create_monthly_partitions(regclass, date) from public;
revoke execute on function atlvs.create_audit_partitions(date) from public;

revoke execute on function atlvs.detach_audit_partition(date) from public;

select atlvs.create_audit_partitions((date_trunc('month', now()) + interval '2 months')::date);


-- Replays a record's audit rows up to a point in time; with unseal (owner rights only) the sensitive
-- values are put back.
create function atlvs.replay_state(target_table text, record uuid, at timestamptz, unseal boolean) returns jsonb
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    state jsonb;
    entry record;
begin
    for entry in select l.action, l.new_values || coalesce(case when unseal then s.new_values end, '{}') as new_values
                   from atlvs.audit_logs l
                   left join atlvs.audit_sealed_values s
                     on unseal and s.organization_id = l.organization_id and s.id = l.id
                  where l.organization_id = (select atlvs.current_tenant())
                    and l.table_name = target_table and l.record_id = record and l.occurred_at <= at
                  order by l.sequence loop
        if entry.action = 'insert' then
            state := entry.new_values;
        elsif entry.action = 'update' then
            state := coalesce(state, '{}') || entry.new_values;
        else
            state := null;
        end if;
    end loop;
    return state;
end
$$;

-- The state of a record at a point in time, replayed from its audit rows (null when it did not exist).
-- Redacted values are null.
create function atlvs.audit_state_at(target_table text, record uuid, at timestamptz) returns jsonb
    language sql stable security definer
    set search_path = pg_catalog, atlvs
as $$ select atlvs.replay_state(target_table, record, at, false) $$;

-- Writes one record back: deletes it (state null), inserts it, or sets the given columns.
create function atlvs.write_back(target_table text, record uuid, state jsonb, columns text[]) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    registration atlvs.registered_tables;
    tenant_key text;
    assignments text;
    exists_now boolean;
begin
    select * into registration from atlvs.registered_tables r where r.table_name = target_table and r.audited;
    if not found then
        raise exception 'not an audited table' using errcode = 'invalid_parameter_value';
    end if;
    tenant_key := case when registration.scope = 'tenant'
                       then format('t.%I = (select atlvs.current_tenant()) and ', registration.tenant_column)
                       else '' end;
    execute format('select exists (select 1 from atlvs.%I t where %s t.id = $1)', target_table, tenant_key)
        into exists_now using record;
    if state is null then
        if exists_now then
            execute format('delete from atlvs.%I t where %s t.id = $1', target_table, tenant_key) using record;
        end if;
    elsif not exists_now then
        execute format('insert into atlvs.%I select * from jsonb_populate_record(null::atlvs.%I, $1)', target_table, target_table)
            using state;
    else
        select string_agg(format('%I = r.%I', c, c), ', ')
          into assignments
          from unnest(columns) c
         where c not in ('id', 'organization_id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'version');
        if assignments is not null then
            execute format('update atlvs.%I t set %s from jsonb_populate_record(null::atlvs.%I, $2) r where %s t.id = $1',
                           target_table, assignments, target_table, tenant_key)
                using record, state;
        end if;
    end if;
end
$$;

-- Undoes everything one transaction changed in the current organization, newest change first, so that
-- parents come back before their children. Runs with the owner's rights to read sealed values; row-level
-- security still confines it to the current organization. Refused (SQLSTATE AR001) when a later transaction changed
-- one of the same records, unless forced; an unknown transaction is SQLSTATE AR002. The undo is
-- itself audited, with the reason "revert of transaction N". Returns how many changes were undone.
create function atlvs.revert_transaction(target_transaction bigint, force boolean) returns integer
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    entry atlvs.audit_logs;
    undone integer := 0;
    pending bigint[];
    waiting bigint[];
    step bigint;
begin
    if not exists (select 1 from atlvs.audit_logs l
                    where l.organization_id = tenant and l.transaction_id = target_transaction) then
        raise exception 'no audited transaction with this id in this organization' using errcode = 'AR002';
    end if;
    if not force and exists (
            select 1
              from (select l.table_name, l.record_id, max(l.sequence) as last
                      from atlvs.audit_logs l
                     where l.organization_id = tenant and l.transaction_id = target_transaction
                     group by l.table_name, l.record_id) touched
              join atlvs.audit_logs later
                on later.organization_id = tenant and later.table_name = touched.table_name
               and later.record_id = touched.record_id and later.sequence > touched.last
               and later.transaction_id <> target_transaction) then
        raise exception 'a later change to the same records would be overwritten; revert with force to overwrite it'
            using errcode = 'AR001';
    end if;
    perform set_config('atlvs.restoring', 'on', true);
    perform set_config('atlvs.audit_reason', 'revert of transaction ' || target_transaction, true);
    -- Newest first; a change whose undo trips a foreign key (a child restored before its parent, as
    -- cascaded actions are audited after the change that caused them) waits for the next pass.
    pending := array(select l.sequence from atlvs.audit_logs l
                      where l.organization_id = tenant and l.transaction_id = target_transaction
                      order by l.sequence desc);
    while cardinality(pending) > 0 loop
        waiting := '{}';
        foreach step in array pending loop
            select * into entry from atlvs.audit_logs l where l.organization_id = tenant and l.sequence = step;
            entry.old_values := entry.old_values || coalesce((select v.old_values from atlvs.audit_sealed_values v
                                                               where v.organization_id = tenant and v.id = entry.id), '{}');
            begin
                perform atlvs.write_back(entry.table_name, entry.record_id,
                                         case entry.action when 'insert' then null else entry.old_values end,
                                         entry.changed_fields);
                undone := undone + 1;
            exception
                when foreign_key_violation then
                    waiting := waiting || step;
            end;
        end loop;
        if cardinality(waiting) = cardinality(pending) then
            perform atlvs.write_back(entry.table_name, entry.record_id,
                                     case entry.action when 'insert' then null else entry.old_values end,
                                     entry.changed_fields);
        end if;
        pending := waiting;
    end loop;
    perform set_config('atlvs.restoring', '', true);
    perform set_config('atlvs.audit_reason', '', true);
    return undone;
end
$$;

-- Restores one record to its state at a point in time (deleting it if it did not exist then),
-- sensitive values included.
create function atlvs.restore_record(target_table text, record uuid, at timestamptz) returns boolean
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    state jsonb := atlvs.replay_state(target_table, record, at, true);
    columns text[];
begin
    if state is not null then
        select array_agg(k) into columns from jsonb_object_keys(state) k;
    end if;
    perform set_config('atlvs.restoring', 'on', true);
    perform set_config('atlvs.audit_reason', 'restore to ' || at, true);
    perform atlvs.write_back(target_table, record, state, coalesce(columns, '{}'));
    perform set_config('atlvs.restoring', '', true);
    perform set_config('atlvs.audit_reason', '', true);
    return true;
end
$$;

revoke execute on function atlvs.replay_state(text, uuid, timestamptz, boolean) from public;
revoke execute on function atlvs.write_back(text, uuid, jsonb, text[]) from public;

-- Erasure: a user is anonymized, never deleted, and the sealed values of the user's audit history go
-- too, so the personal data survives nowhere. A platform operation (run with the platform tenant).
create function atlvs.anonymize_user(target uuid) returns void
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.current_tenant() is distinct from atlvs.platform_tenant() then
        raise exception 'anonymizing a user is a platform operation'
            using errcode = 'insufficient_privilege', table = 'users';
    end if;
    update atlvs.users
       set email = 'anonymized+' || id || '@invalid.example',
           display_name = 'Anonymized user',
           external_id = null,
           avatar_url = null,
           preferred_locale = null,
           timezone = null,
           status = 'anonymized',
           anonymized_at = now()
     where id = target and status <> 'anonymized';
    if not found and not exists (select 1 from atlvs.users where id = target) then
        raise exception 'no user with this id' using errcode = 'AR002';
    end if;
    delete from atlvs.audit_sealed_values v
     using atlvs.audit_logs l
     where l.organization_id = atlvs.platform_tenant() and l.table_name = 'users' and l.record_id = target
       and v.organization_id = l.organization_id and v.id = l.id;
end
$$;
