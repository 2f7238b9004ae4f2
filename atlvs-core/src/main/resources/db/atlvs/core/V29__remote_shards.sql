-- The schema on shards that are reached over connections of their own (a cluster of several nodes, or one node
-- with Citus's local execution turned off).
--
-- A query over a distributed or reference table runs on the node holding the shard, and its parameters travel
-- there as text: a regclass printed under this schema's search path loses its schema ("users") and no longer
-- names the table on the shard's session. The functions below therefore look a table's name up locally first
-- and pass plain names to such queries.

-- Row-level security on Citus, whatever way a row is written. Citus writes the rows of an INSERT ... SELECT whose
-- SELECT it evaluates itself (a function, no table) with COPY, and on a shard that is local to the session that
-- COPY skips the policies' WITH CHECK: a transaction of one tenant could write rows of another. Where Citus is
-- installed, every table under row-level security gets a trigger that checks each new row as the policy's WITH CHECK
-- does: the tenant column is the transaction's verified tenant (for a table without one, the users, the transaction
-- is the platform's). It refuses with the policy's own error (42501, the table named), and stands aside where
-- row-level security does (a superuser, a role that bypasses it). Without Citus there is no such trigger: the
-- policies hold every path.
create function atlvs.row_security_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    if row_security_active(tg_relid)
       and (case when tg_argv[0] = '' then atlvs.current_tenant() is distinct from atlvs.platform_tenant()
                 else (to_jsonb(new) ->> tg_argv[0])::uuid is distinct from atlvs.current_tenant() end) then
        raise exception 'new row violates row-level security policy for table "%"', tg_argv[1]
            using errcode = 'insufficient_privilege', table = tg_argv[1], schema = 'atlvs';
    end if;
    return new;
end
$$;

create function atlvs.install_row_security_guard(target regclass, tenant_column name) returns void
    language plpgsql
    set search_path = pg_catalog
as $$
declare
    target_name name;
begin
    if not atlvs.citus_installed()
       or not exists (select 1 from pg_catalog.pg_class c where c.oid = target and c.relrowsecurity) then
        return;
    end if;
    select c.relname into target_name from pg_catalog.pg_class c where c.oid = target;
    perform set_config('citus.enable_unsafe_triggers', 'on', true);
    execute format('drop trigger if exists row_security_guard on %s', target);
    execute format('create trigger row_security_guard before insert on %s for each row '
                   'execute function atlvs.row_security_guard(%L, %L)', target, coalesce(tenant_column, ''), target_name);
end
$$;

revoke execute on function atlvs.install_row_security_guard(regclass, name) from public;

create or replace function atlvs.distribute_table(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column name;
    target_name name;
begin
    if not atlvs.citus_installed()
       or exists (select 1 from pg_inherits i where i.inhrelid = target) then
        return;
    end if;
    if exists (select 1 from pg_dist_partition p where p.logicalrelid = target) then
        return;
    end if;
    -- A table that still has a key Citus cannot take (ON DELETE SET NULL, which a later migration of its module
    -- replaces) or that references a table not distributed yet waits for atlvs.distribute_schema, which the migrator
    -- runs after each module's migrations.
    if exists (select 1 from pg_constraint c
                where c.conrelid = target and c.contype = 'f'
                  and (c.confdeltype in ('n', 'd') or c.confupdtype in ('n', 'd')
                       or not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.confrelid))) then
        return;
    end if;
    select c.relname into target_name from pg_class c where c.oid = target;
    select r.tenant_column into tenant_column
      from atlvs.registered_tables r
     where r.table_name = target_name;
    -- The tables of a migration are created, distributed and linked in one transaction: one connection per node.
    perform set_config('citus.multi_shard_modify_mode', 'sequential', true);
    perform set_config('citus.enable_unsafe_triggers', 'on', true);
    if tenant_column is null then
        perform create_reference_table(target);
    else
        perform create_distributed_table(target, tenant_column, colocate_with => 'default');
    end if;
end
$$;

revoke execute on function atlvs.distribute_table(regclass) from public;

-- A policy made on a distributed table is sent to its shards as deparsed here: under a search path holding the
-- atlvs schema its function loses the schema (current_tenant()) and is not found in the shard's session. The
-- policy is therefore made under pg_catalog alone (the monthly partitions of the audit trail and the webhook
-- attempt log are sealed so at run time).
alter function atlvs.apply_tenant_policy(regclass, name) set search_path = pg_catalog;

-- The change feed's wake-up. Where a shard of the audit trail is reached over a connection of Citus's own (its
-- application name starts with citus_internal), the statement runs in a session no listener is connected to, and
-- a notification there would stop the transaction's two-phase commit (a prepared transaction cannot have
-- notified): the feed reads such changes on its poll instead. Elsewhere it notifies as before.
create or replace function atlvs.notify_changes() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if current_setting('application_name', true) like 'citus\_internal%' then
        return null;
    end if;
    perform pg_notify('atlvs_changes',
                      coalesce(atlvs.current_tenant()::text, '') || ':' || atlvs.current_transaction_id()::text);
    return null;
end
$$;

-- The tables distributed already get the guard.
do $$
declare
    registration record;
begin
    if not atlvs.citus_installed() then
        return;
    end if;
    for registration in select to_regclass('atlvs.' || quote_ident(r.table_name)) as target, r.tenant_column
                          from atlvs.registered_tables r
                         where to_regclass('atlvs.' || quote_ident(r.table_name)) is not null
                         order by r.table_name loop
        perform atlvs.install_row_security_guard(registration.target, registration.tenant_column);
    end loop;
end
$$;

-- A record brought back by revert or restore is inserted as one row of values: an INSERT ... SELECT of the record
-- would be written with COPY on Citus, which row-level security refuses on a shard reached over a connection.
create or replace function atlvs.write_back(target_table text, record uuid, state jsonb, columns text[]) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    registration atlvs.registered_tables;
    tenant_key text;
    assignments text;
    exists_now boolean;
begin
    select * into registration from atlvs.registered_tables r where r.table_name = target_table and r.audited;
    if not found then
        raise exception 'not an audited table' using errcode = 'invalid_parameter_value';
    end if;
    tenant_key := case when registration.scope = 'tenant' then format('t.%I = $3 and ', registration.tenant_column) else '' end;
    execute format('select true from atlvs.%I t where %s t.id = $1', target_table, tenant_key)
        into exists_now using record, state, tenant;
    if state is null then
        if exists_now then
            execute format('delete from atlvs.%I t where %s t.id = $1', target_table, tenant_key) using record, state, tenant;
        end if;
    elsif exists_now is null then
        execute format('insert into atlvs.%I values ((jsonb_populate_record(null::atlvs.%I, $1)).*)', target_table, target_table)
            using state;
    else
        select string_agg(format('%I = r.%I', c, c), ', ')
          into assignments
          from unnest(columns) c
         where c not in ('id', 'organization_id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'version');
        if assignments is not null then
            execute format('update atlvs.%I t set %s from jsonb_populate_record(null::atlvs.%I, $2) r where %s t.id = $1',
                           target_table, assignments, target_table, tenant_key)
                using record, state, tenant;
        end if;
    end if;
end
$$;

-- The shared checks that raise a rule named after the table and column they check name it in their message too:
-- Citus relays an error raised on a shard reached over a connection with its message but without the constraint's
-- name, and the SDK reads the name back from the message (as from PostgreSQL's own: constraint "<name>").
create or replace function atlvs.check_time_zone(zone text, table_name text, column_name text) returns void
    language plpgsql stable
    set search_path = pg_catalog
as $$
begin
    if zone is not null then
        perform now() at time zone zone;
    end if;
exception
    when invalid_parameter_value then
        raise exception 'unknown time zone (constraint "%")', table_name || '_' || column_name || '_zone'
            using errcode = 'check_violation', constraint = table_name || '_' || column_name || '_zone',
                  table = table_name, column = column_name;
end
$$;

create or replace function atlvs.check_entity(entity_type text, organization_id uuid, entity_id uuid,
                                              link_table text, link_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    target text := (select t.table_name from atlvs.entity_types t where t.name = entity_type);
    found boolean;
begin
    perform atlvs.require_current_tenant(organization_id, link_table);
    if target is null then
        raise exception 'unknown entity type (constraint "%")', link_table || '_' || link_column || '_type'
            using errcode = 'check_violation', constraint = link_table || '_' || link_column || '_type',
                  table = link_table, column = link_column;
    end if;
    execute format('select exists (select 1 from atlvs.%I where organization_id = $1 and id = $2 for key share)', target)
        into found
        using organization_id, entity_id;
    if not found then
        raise exception 'the referenced record does not exist in this organization (constraint "%")',
                link_table || '_' || link_column || '_fkey'
            using errcode = 'foreign_key_violation', constraint = link_table || '_' || link_column || '_fkey',
                  table = link_table, column = link_column;
    end if;
end
$$;
