-- The audit trail: every insert, update and delete on a registered table writes one audit_logs row in
-- the same transaction, whatever code made the change. Rows are append-only for the run-time role and
-- partitioned by month. Reverting a transaction and restoring a record work from these rows.

alter table atlvs.registered_tables
    add column sensitive_columns text[] not null default '{}',
    add column audited boolean not null default true;

create sequence atlvs.audit_logs_sequence;

create table atlvs.audit_logs (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    sequence        bigint      not null default nextval('atlvs.audit_logs_sequence'),
    occurred_at     timestamptz not null default now(),
    table_name      text        not null,
    record_id       uuid        not null,
    action          text        not null,
    changed_fields  text[]      not null default '{}',
    old_values      jsonb,
    new_values      jsonb,
    redacted_fields text[]      not null default '{}',
    record_version  bigint,
    actor_id        uuid,
    transaction_id  bigint      not null,
    correlation_id  uuid,
    reason          text,
    constraint audit_logs_pkey primary key (organization_id, id, occurred_at),
    constraint audit_logs_action_check check (action in ('insert', 'update', 'delete')),
    constraint audit_logs_values_check check (
        (action = 'insert' and new_values is not null and old_values is null)
        or (action = 'update' and new_values is not null and old_values is not null)
        or (action = 'delete' and new_values is null and old_values is not null)),
    constraint audit_logs_reason_check check (length(reason) <= 500)
) partition by range (occurred_at);

create index audit_logs_record_idx on atlvs.audit_logs (organization_id, table_name, record_id, sequence);
create index audit_logs_transaction_idx on atlvs.audit_logs (organization_id, transaction_id, sequence);
create index audit_logs_time_idx on atlvs.audit_logs (organization_id, occurred_at);

-- Rows outside every monthly partition land here rather than being lost.
create table atlvs.audit_logs_default partition of atlvs.audit_logs default;

-- The values of sensitive columns, kept out of audit_logs: only the schema owner reads this table, so
-- the run-time role sees redacted history while reverts and restores (which run with the owner's
-- rights, still confined to the tenant by row-level security) can bring the exact values back.
create table atlvs.audit_sealed_values (
    organization_id uuid  not null,
    id              uuid  not null,
    old_values      jsonb,
    new_values      jsonb,
    constraint audit_sealed_values_pkey primary key (organization_id, id)
);

-- Audit rows are never changed or removed by statements; old months are detached whole for archival.
create function atlvs.audit_logs_append_only() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    raise exception 'audit_logs is append-only'
        using errcode = 'insufficient_privilege', table = 'audit_logs';
end
$$;

create trigger append_only
    before update or delete on atlvs.audit_logs
    for each row execute function atlvs.audit_logs_append_only();

-- Applies the tenant policy to a table (or a partition): row-level security enabled and forced.
create function atlvs.apply_tenant_policy(target regclass, tenant_column name) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists tenant_isolation on %s', target);
    execute format(
        'create policy tenant_isolation on %s for all '
            'using (%I = (select atlvs.current_tenant())) '
            'with check (%I = (select atlvs.current_tenant()))',
        target, tenant_column, tenant_column);
end
$$;

-- Keeps a partition reachable only through its parent: its privileges are revoked from everyone but
-- the owner, and the tenant policy guards it as well.
create function atlvs.seal_partition(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    grantee text;
begin
    perform atlvs.apply_tenant_policy(target, 'organization_id');
    execute format('revoke all on %s from public', target);
    for grantee in select distinct g.grantee
                     from information_schema.role_table_grants g
                    where g.table_schema = 'atlvs'
                      and g.table_name = (select c.relname from pg_class c where c.oid = target)
                      and g.grantee <> current_user loop
        execute format('revoke all on %s from %I', target, grantee);
    end loop;
end
$$;

select atlvs.seal_partition('atlvs.audit_logs_default');

-- Writes the audit rows of one statement's changes, set-based from its transition tables: one row per
-- changed record. Arguments: the tenant column ('' for platform-wide tables, whose rows are audited
-- under the transaction's tenant) and the columns to redact, whose values are replaced by null, listed
-- in redacted_fields and kept in audit_sealed_values.
create function atlvs.audit_statement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
    redacted text[] := tg_argv[1]::text[];
    blanked jsonb := coalesce((select jsonb_object_agg(k, null) from unnest(tg_argv[1]::text[]) k), '{}');
    actor uuid := atlvs.current_actor();
    tenant uuid := atlvs.current_tenant();
    transaction_id bigint := pg_current_xact_id()::text::bigint;
    correlation uuid := nullif(current_setting('atlvs.correlation_id', true), '')::uuid;
    reason text := nullif(current_setting('atlvs.audit_reason', true), '');
begin
    if tg_op = 'UPDATE' then
        with pairs as materialized (
                 select atlvs.uuid_v7() as id, o.old_row, n.new_row,
                        coalesce((select array_agg(e.key order by e.key)
                                    from jsonb_each(n.new_row) e
                                   where e.value is distinct from o.old_row -> e.key
                                     and e.key not in ('updated_at', 'updated_by', 'version')), '{}') as changed
                   from (select to_jsonb(r) as new_row from new_rows r) n
                   join (select to_jsonb(r) as old_row from old_rows r) o on o.old_row -> 'id' = n.new_row -> 'id'),
             changes as materialized (
                 select p.id,
                        case when tenant_column = '' then tenant else (p.new_row ->> tenant_column)::uuid end as organization_id,
                        (p.new_row ->> 'id')::uuid as record_id, p.changed,
                        coalesce((select jsonb_object_agg(k, p.old_row -> k) from unnest(p.changed) k), '{}') as old_values,
                        coalesce((select jsonb_object_agg(k, p.new_row -> k) from unnest(p.changed) k), '{}') as new_values,
                        array(select k from unnest(p.changed) k where k = any (redacted) order by k) as hidden,
                        (p.new_row ->> 'version')::bigint as record_version
                   from pairs p),
             sealed as (
                 insert into atlvs.audit_sealed_values (organization_id, id, old_values, new_values)
                 select c.organization_id, c.id,
                        (select jsonb_object_agg(k, c.old_values -> k) from unnest(c.hidden) k),
                        (select jsonb_object_agg(k, c.new_values -> k) from unnest(c.hidden) k)
                   from changes c
                  where cardinality(c.hidden) > 0)
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, changed_fields, old_values, new_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        select c.organization_id, c.id, tg_table_name, c.record_id, 'update', c.changed,
               c.old_values || coalesce((select jsonb_object_agg(k, null) from unnest(c.hidden) k), '{}'),
               c.new_values || coalesce((select jsonb_object_agg(k, null) from unnest(c.hidden) k), '{}'),
               c.hidden, c.record_version, actor, transaction_id, correlation, reason
          from changes c;
    elsif tg_op = 'INSERT' then
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = '' then tenant else (r.full_row ->> tenant_column)::uuid end as organization_id
                   from (select to_jsonb(n) as full_row from new_rows n) r),
             sealed as (
                 insert into atlvs.audit_sealed_values (organization_id, id, new_values)
                 select r.organization_id, r.id, (select jsonb_object_agg(k, r.full_row -> k) from unnest(redacted) k)
                   from rows r
                  where cardinality(redacted) > 0)
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, new_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        select r.organization_id, r.id, tg_table_name, (r.full_row ->> 'id')::uuid, 'insert', r.full_row || blanked,
               redacted, (r.full_row ->> 'version')::bigint, actor, transaction_id, correlation, reason
          from rows r;
    else
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = '' then tenant else (r.full_row ->> tenant_column)::uuid end as organization_id
                   from (select to_jsonb(o) as full_row from old_rows o) r),
             sealed as (
                 insert into atlvs.audit_sealed_values (organization_id, id, old_values)
                 select r.organization_id, r.id, (select jsonb_object_agg(k, r.full_row -> k) from unnest(redacted) k)
                   from rows r
                  where cardinality(redacted) > 0)
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, old_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        select r.organization_id, r.id, tg_table_name, (r.full_row ->> 'id')::uuid, 'delete', r.full_row || blanked,
               redacted, (r.full_row ->> 'version')::bigint, actor, transaction_id, correlation, reason
          from rows r;
    end if;
    return null;
end
$$;

-- Installs the audit trigger. The columns redacted are the declared sensitive ones plus every column
-- whose name looks like a secret, worked out once here rather than on every row.
create function atlvs.install_audit(target regclass, tenant_column text, sensitive_columns text[]) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    redacted text[] := array(
        select a.attname::text
          from pg_attribute a
         where a.attrelid = target and a.attnum > 0 and not a.attisdropped
           and (a.attname = any (sensitive_columns) or a.attname ~ '(password|secret|token|api_key|key_hash|ssn)')
         order by a.attname);
begin
    execute format('drop trigger if exists audit_insert on %s', target);
    execute format('drop trigger if exists audit_update on %s', target);
    execute format('drop trigger if exists audit_delete on %s', target);
    execute format('create trigger audit_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L)', target, tenant_column, redacted::text);
    execute format('create trigger audit_update after update on %s referencing old table as old_rows new table as new_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L)', target, tenant_column, redacted::text);
    execute format('create trigger audit_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L)', target, tenant_column, redacted::text);
end
$$;

-- While a revert or restore writes rows back, the standard columns keep the restored creation stamps.
create or replace function atlvs.maintain_standard_columns() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'INSERT' then
        if current_setting('atlvs.restoring', true) = 'on' and new.created_at is not null then
            new.version := coalesce(new.version, 0) + 1;
        else
            new.created_at := now();
            new.created_by := coalesce(atlvs.current_actor(), new.created_by);
            new.version := 1;
        end if;
        new.updated_at := now();
        new.updated_by := coalesce(atlvs.current_actor(), new.updated_by);
    else
        new.created_at := old.created_at;
        new.created_by := old.created_by;
        new.updated_at := now();
        new.updated_by := coalesce(atlvs.current_actor(), new.updated_by);
        new.version := old.version + 1;
    end if;
    return new;
end
$$;

drop function atlvs.register_tenant_table(regclass, name, boolean);
drop function atlvs.register_table(regclass, text);

-- Registers a tenant table: row-level security enabled and forced with the one tenant policy, the
-- standard-column trigger and the audit trigger. Calling it again re-applies the conventions.
create function atlvs.register_tenant_table(
    target regclass,
    tenant_column name default 'organization_id',
    soft_delete boolean default false,
    sensitive_columns text[] default '{}'
) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    perform atlvs.apply_tenant_policy(target, tenant_column);
    perform atlvs.install_standard_columns(target);
    perform atlvs.install_audit(target, tenant_column, sensitive_columns);
    insert into atlvs.registered_tables as r (table_name, scope, tenant_column, soft_delete, sensitive_columns, audited)
    values (table_name, 'tenant', tenant_column, soft_delete, sensitive_columns, true)
    on conflict on constraint registered_tables_pkey do update
        set scope = excluded.scope, tenant_column = excluded.tenant_column, soft_delete = excluded.soft_delete,
            sensitive_columns = excluded.sensitive_columns, audited = true;
end
$$;

-- Registers a table that has no tenant column: platform-wide tables get the standard-column and audit
-- triggers (their changes are audited under the platform tenant); internal tables get nothing.
create function atlvs.register_table(target regclass, scope text, sensitive_columns text[] default '{}') returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    if scope not in ('global', 'internal') then
        raise exception 'scope must be global or internal' using errcode = 'invalid_parameter_value';
    end if;
    if scope = 'global' then
        perform atlvs.install_standard_columns(target);
        perform atlvs.install_audit(target, '', sensitive_columns);
    end if;
    insert into atlvs.registered_tables as r (table_name, scope, sensitive_columns, audited)
    values (table_name, scope, sensitive_columns, scope = 'global')
    on conflict on constraint registered_tables_pkey do update
        set scope = excluded.scope, tenant_column = null, sensitive_columns = excluded.sensitive_columns,
            audited = excluded.audited;
end
$$;

revoke execute on function atlvs.register_tenant_table(regclass, name, boolean, text[]) from public;
revoke execute on function atlvs.register_table(regclass, text, text[]) from public;
revoke execute on function atlvs.apply_tenant_policy(regclass, name) from public;
revoke execute on function atlvs.seal_partition(regclass) from public;
revoke execute on function atlvs.install_audit(regclass, text, text[]) from public;

-- audit_logs and its sealed values: tenant tables with the tenant policy but neither standard columns
-- nor an audit of their own.
select atlvs.apply_tenant_policy('atlvs.audit_logs', 'organization_id');
select atlvs.apply_tenant_policy('atlvs.audit_sealed_values', 'organization_id');
insert into atlvs.registered_tables (table_name, scope, tenant_column, audited)
values ('audit_logs', 'tenant', 'organization_id', false),
       ('audit_sealed_values', 'tenant', 'organization_id', false);

-- Every table registered so far gets the audit trigger, with its sensitive columns.
select atlvs.register_tenant_table('atlvs.organizations', tenant_column => 'id');
select atlvs.register_tenant_table('atlvs.organization_members');
select atlvs.register_tenant_table('atlvs.custom_roles');
select atlvs.register_tenant_table('atlvs.user_roles');
select atlvs.register_tenant_table('atlvs.user_permissions');
select atlvs.register_tenant_table('atlvs.user_profiles', sensitive_columns => array[
    'date_of_birth', 'gender', 'nationality', 'phone_primary', 'phone_secondary', 'address_line1', 'address_line2',
    'city', 'state_province', 'postal_code', 'employee_id']);
select atlvs.register_tenant_table('atlvs.locations', soft_delete => true);
select atlvs.register_table('atlvs.users', 'global', array['email', 'display_name']);

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

-- Monthly partitions, created ahead by the maintenance call; returns the partitions it created.
create function atlvs.create_audit_partitions(through date) returns setof text
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    month date := date_trunc('month', now())::date;
    name text;
begin
    while month <= through loop
        name := format('audit_logs_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
        if to_regclass('atlvs.' || name) is null then
            execute format('create table atlvs.%I partition of atlvs.audit_logs for values from (%L) to (%L)',
                           name, month::timestamptz, (month + interval '1 month')::timestamptz);
            perform atlvs.seal_partition(('atlvs.' || name)::regclass);
            return next name;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
end
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

revoke execute on function atlvs.create_audit_partitions(date) from public;

revoke execute on function atlvs.detach_audit_partition(date) from public;

select atlvs.create_audit_partitions((date_trunc('month', now()) + interval '2 months')::date);

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke update, delete, truncate on atlvs.audit_logs from %I', '${runtime_role}');
        execute format('revoke all on atlvs.audit_sealed_values from %I', '${runtime_role}');
    end if;
end
$$;

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
