-- Conventions shared by every ATLVS table: the tenant and actor of the current transaction,
-- time-ordered keys, the table registry and the one mechanism that applies row-level security and
-- standard-column maintenance to a table.

-- The tenant of the current transaction, or null when none is set. Set per transaction with
-- set_config('atlvs.tenant_id', <uuid>, true); policies call it wrapped in a sub-select so it is
-- evaluated once per statement.
create function atlvs.current_tenant() returns uuid
    language sql stable parallel safe
    set search_path = pg_catalog
as $$ select nullif(current_setting('atlvs.tenant_id', true), '')::uuid $$;

-- The acting user of the current transaction, or null for platform operations and raw SQL.
create function atlvs.current_actor() returns uuid
    language sql stable parallel safe
    set search_path = pg_catalog
as $$ select nullif(current_setting('atlvs.actor_id', true), '')::uuid $$;

-- The tenant of platform operations on platform-wide tables (users): the nil UUID, which no
-- organization can have. A transaction with no tenant at all sees and writes nothing.
create function atlvs.platform_tenant() returns uuid
    language sql immutable parallel safe
    set search_path = pg_catalog
as $$ select '00000000-0000-0000-0000-000000000000'::uuid $$;

-- A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits, so
-- new keys land at the right edge of their indexes.
create function atlvs.uuid_v7() returns uuid
    language plpgsql volatile parallel safe
    set search_path = pg_catalog
as $$
declare
    unix_ms bigint := floor(extract(epoch from clock_timestamp()) * 1000);
    bytes bytea := uuid_send(gen_random_uuid());
begin
    bytes := overlay(bytes placing substring(int8send(unix_ms) from 3) from 1 for 6);
    bytes := set_byte(bytes, 6, (get_byte(bytes, 6) & 15) | 112);
    return encode(bytes, 'hex')::uuid;
end
$$;

-- The run-time role, when it is not the migrating role, gets row privileges on every table created from
-- here on (tables that must not be written or read are restricted at the end of this file), usage of
-- the schema, and nothing that could alter a table or its policies.
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant usage on schema atlvs to %I', '${runtime_role}');
        execute format('alter default privileges in schema atlvs grant select, insert, update, delete on tables to %I',
                       '${runtime_role}');
        execute format('alter default privileges in schema atlvs grant usage, select on sequences to %I',
                       '${runtime_role}');
    end if;
end
$$;

-- Every table of the schema, with how it is scoped:
--   tenant  : rows belong to one organization; row-level security keyed on tenant_column;
--   global  : platform-wide rows (users), under row-level security of their own: a tenant
--             transaction reads only what its organization links to and writes none;
--   internal: bookkeeping of the SDK itself, never exposed to tenants.
create table atlvs.registered_tables (
    table_name    text primary key,
    scope         text not null check (scope in ('tenant', 'global', 'internal')),
    tenant_column text,
    soft_delete   boolean not null default false,
    sensitive_columns text[] not null default '{}',
    audited       boolean not null default true,
    registered_at timestamptz not null default now(),
    constraint registered_tables_tenant_column_check
        check ((scope = 'tenant') = (tenant_column is not null))
);

-- Maintains the standard columns whatever code writes the row: creation time and actor are fixed
-- at insert, update time and actor follow every change, and version counts the changes so that an
-- update carrying a stale version matches no row. While a revert or restore writes a row back
-- (atlvs.restoring), its creation stamps are kept.
create function atlvs.maintain_standard_columns() returns trigger
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

-- Installs (or re-installs) the standard-column trigger on a table.
create function atlvs.install_standard_columns(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    execute format('drop trigger if exists standard_columns on %s', target);
    execute format(
        'create trigger standard_columns before insert or update on %s '
            'for each row execute function atlvs.maintain_standard_columns()',
        target);
end
$$;

-- The audit trail: every insert, update and delete on a registered table writes one audit_logs row per
-- record in the same transaction, whatever code made the change. Rows are append-only for the run-time
-- role and partitioned by month (see the maintenance functions in V4).

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
revoke execute on function atlvs.install_standard_columns(regclass) from public;

select atlvs.register_table('atlvs.registered_tables', 'internal');
-- audit_logs and its sealed values: tenant tables with the tenant policy but neither standard columns
-- nor an audit of their own.
select atlvs.apply_tenant_policy('atlvs.audit_logs', 'organization_id');
select atlvs.apply_tenant_policy('atlvs.audit_sealed_values', 'organization_id');
insert into atlvs.registered_tables (table_name, scope, tenant_column, audited)
values ('audit_logs', 'tenant', 'organization_id', false),
       ('audit_sealed_values', 'tenant', 'organization_id', false);

-- Raises a check violation when making parent_id the parent of id would close a loop in a tenant
-- table's tree (locations, manager chains, sub-tasks). Concurrent changes to the same tree are
-- serialized per tenant so that two edges added at once cannot form a loop together.
create function atlvs.check_acyclic(
    target regclass, tenant uuid, id uuid, parent_id uuid,
    key_column name, parent_column name, constraint_name text, column_name text
) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    loops boolean;
begin
    if parent_id is null then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext(target::text || '.' || parent_column), hashtext(tenant::text));
    execute format(
        'with recursive chain(node, depth) as ('
            ' select t.%2$I, 1 from %1$s t where t.organization_id = $1 and t.%3$I = $2'
            ' union all'
            ' select t.%2$I, c.depth + 1 from chain c join %1$s t on t.organization_id = $1 and t.%3$I = c.node'
            ' where c.node is not null and c.depth < 10000)'
        ' select exists (select 1 from chain where node = $3) or $2 = $3',
        target, parent_column, key_column)
        into loops
        using tenant, parent_id, id;
    if loops then
        raise exception 'the change would make a loop in %', (select c.relname from pg_class c where c.oid = target)
            using errcode = 'check_violation', constraint = constraint_name,
                  table = (select c.relname from pg_class c where c.oid = target), column = column_name;
    end if;
end
$$;

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke insert, update, delete on atlvs.registered_tables from %I', '${runtime_role}');
        execute format('revoke update, delete, truncate on atlvs.audit_logs from %I', '${runtime_role}');
        execute format('revoke all on atlvs.audit_sealed_values from %I', '${runtime_role}');
    end if;
end
$$;
