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
    registered_at timestamptz not null default now(),
    constraint registered_tables_tenant_column_check
        check ((scope = 'tenant') = (tenant_column is not null))
);

-- Maintains the standard columns whatever code writes the row: creation time and actor are fixed
-- at insert, update time and actor follow every change, and version counts the changes so that an
-- update carrying a stale version matches no row.
create function atlvs.maintain_standard_columns() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.created_by := coalesce(atlvs.current_actor(), new.created_by);
        new.updated_at := new.created_at;
        new.updated_by := new.created_by;
        new.version := 1;
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

revoke execute on function atlvs.install_standard_columns(regclass) from public;

-- Registers a tenant table: enables and forces row-level security with the one tenant policy, and
-- installs the standard-column trigger. Migrations call this once per tenant table; calling it again
-- re-applies the conventions (a later migration that changes a convention re-registers every table).
create function atlvs.register_tenant_table(
    target regclass,
    tenant_column name default 'organization_id',
    soft_delete boolean default false
) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists tenant_isolation on %s', target);
    execute format(
        'create policy tenant_isolation on %s for all '
            'using (%I = (select atlvs.current_tenant())) '
            'with check (%I = (select atlvs.current_tenant()))',
        target, tenant_column, tenant_column);
    perform atlvs.install_standard_columns(target);
    insert into atlvs.registered_tables as r (table_name, scope, tenant_column, soft_delete)
    values (table_name, 'tenant', tenant_column, soft_delete)
    on conflict on constraint registered_tables_pkey do update
        set scope = excluded.scope, tenant_column = excluded.tenant_column, soft_delete = excluded.soft_delete;
end
$$;

-- Registers a table that has no tenant. Global tables still get the standard-column trigger.
create function atlvs.register_table(target regclass, scope text) returns void
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
    end if;
    insert into atlvs.registered_tables as r (table_name, scope)
    values (table_name, scope)
    on conflict on constraint registered_tables_pkey do update set scope = excluded.scope, tenant_column = null;
end
$$;

select atlvs.register_table('atlvs.registered_tables', 'internal');

revoke execute on function atlvs.register_tenant_table(regclass, name, boolean) from public;
revoke execute on function atlvs.register_table(regclass, text) from public;

-- The run-time role, when it is not the migrating role: usage of the schema, row privileges on every
-- table created from here on, and nothing that could alter a table or its policies.
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant usage on schema atlvs to %I', '${runtime_role}');
        execute format('alter default privileges in schema atlvs grant select, insert, update, delete on tables to %I',
                       '${runtime_role}');
        execute format('alter default privileges in schema atlvs grant usage, select on sequences to %I',
                       '${runtime_role}');
        execute format('grant select on atlvs.registered_tables to %I', '${runtime_role}');
    end if;
end
$$;
