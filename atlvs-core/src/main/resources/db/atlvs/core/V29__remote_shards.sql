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
-- notified): the feed reads such changes on its poll instead. Elsewhere it notifies as before (where it notifies, it
-- runs in the coordinator's session, whose transaction id is the one the audit rows record).
create or replace function atlvs.notify_changes() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if current_setting('application_name', true) like 'citus\_internal%' then
        return null;
    end if;
    perform pg_notify('atlvs_changes',
                      coalesce(atlvs.current_tenant()::text, '') || ':' || pg_current_xact_id()::text);
    return null;
end
$$;

-- One role per shard in a transaction. Citus reaches a shard over a connection of the role that asks, and once
-- a role has changed a shard (or a shard co-located with it) in a transaction, no other role may read or change it
-- in that transaction: "cannot perform query on placements that were modified in this transaction by a different
-- user". A function with the owner's rights that changes tenant tables after the caller did, or before the caller
-- reads them, fails so on a cluster of several nodes. The functions the run-time role calls inside its transactions
-- therefore only read with the owner's rights and write with the caller's:
--  * restore and revert read the trail (with its sealed values) through atlvs.restore_state and
--    atlvs.revert_steps, and write the records back as the caller, under row-level security as every write;
--  * the relay finishes an item as the caller: the queue is under row-level security (enabled, not forced, so the
--    owner's claim across organizations still sees every item), readable and writable by the run-time role for its
--    verified tenant only;
--  * the erasure of a user stays the owner's (it removes sealed values), and returns the anonymized user, so the
--    caller need not read it back in the same transaction.

-- A restore or revert writes records back as the caller, keeping their original creation stamps. The standard-column
-- trigger keeps the stamps a write brings only for a write of the schema's owner or of a transaction that read its
-- restore through restore_state or revert_steps: these mark the transaction with atlvs.restoring, a MAC of the
-- transaction's id made with the context's key, which the run-time role cannot read, so it cannot mark a transaction
-- of its own making.
create function atlvs.restore_proof() returns text
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    inner_pad bytea;
    outer_pad bytea;
begin
    select k.inner_pad, k.outer_pad into inner_pad, outer_pad
      from atlvs.context_keys k
     where k.key_id = split_part(current_setting('atlvs.context', true), ':', 2) and k.retired_at is null;
    if inner_pad is null then
        return null;
    end if;
    return encode(sha256(outer_pad || sha256(inner_pad || convert_to(
        'atlvs-restore-v1|' || atlvs.current_transaction_id()::text, 'UTF8'))), 'hex');
end
$$;

revoke execute on function atlvs.restore_proof() from public;

-- Whether the transaction was marked by restore_state or revert_steps (see restore_proof).
create function atlvs.restoring() returns boolean
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    marker text := current_setting('atlvs.restoring', true);
begin
    return marker is not null and marker <> '' and marker = atlvs.restore_proof();
end
$$;

create or replace function atlvs.maintain_standard_columns() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    actor uuid := atlvs.current_actor();
    restoring boolean := false;
begin
    if tg_op = 'INSERT' then
        if new.created_at is not null and coalesce(current_setting('atlvs.restoring', true), '') <> '' then
            restoring := pg_has_role(current_user, (select n.nspowner from pg_namespace n where n.nspname = 'atlvs'), 'MEMBER')
                         or atlvs.restoring();
        end if;
        if restoring then
            new.version := coalesce(new.version, 0) + 1;
        else
            new.created_at := now();
            new.created_by := actor;
            new.version := 1;
        end if;
        new.updated_at := now();
        new.updated_by := actor;
    else
        new.created_at := old.created_at;
        new.created_by := old.created_by;
        new.updated_at := now();
        new.updated_by := actor;
        new.version := old.version + 1;
    end if;
    return new;
end
$$;

-- The state of a record at a point in time with its sealed values, for a restore: the verified tenant's only.
create function atlvs.restore_state(target_table text, record uuid, at timestamptz) returns jsonb
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.current_tenant() is null then
        raise exception 'a restore needs a verified tenant' using errcode = 'insufficient_privilege';
    end if;
    perform atlvs.set_local('atlvs.restoring', atlvs.restore_proof());
    return atlvs.replay_state(target_table, record, at, true);
end
$$;

create or replace function atlvs.restore_record(target_table text, record uuid, at timestamptz) returns boolean
    language plpgsql security invoker
    set search_path = pg_catalog, atlvs
as $$
declare
    state jsonb := atlvs.restore_state(target_table, record, at);
    columns text[];
begin
    if state is not null then
        select array_agg(k) into columns from jsonb_object_keys(state) k;
    end if;
    perform atlvs.set_local('atlvs.audit_reason', 'restore to ' || at);
    perform atlvs.write_back(target_table, record, state, coalesce(columns, '{}'));
    perform atlvs.set_local('atlvs.restoring', '');
    perform atlvs.set_local('atlvs.audit_reason', '');
    return true;
end
$$;

-- The changes of one audited transaction of the verified tenant, newest first, each with the state that undoes it
-- (null: delete the record) and its sealed values; refused as revert_transaction refuses.
create function atlvs.revert_steps(target_transaction bigint, force boolean)
    returns table (step bigint, table_name text, record_id uuid, state jsonb, changed_fields text[])
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
begin
    if tenant is null or not exists (select 1 from atlvs.audit_logs l
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
    perform atlvs.set_local('atlvs.restoring', atlvs.restore_proof());
    return query
        select l.sequence, l.table_name, l.record_id,
               case l.action when 'insert' then null
                             else l.old_values || coalesce((select v.old_values from atlvs.audit_sealed_values v
                                                             where v.organization_id = tenant and v.id = l.id), '{}') end,
               l.changed_fields
          from atlvs.audit_logs l
         where l.organization_id = tenant and l.transaction_id = target_transaction
         order by l.sequence desc;
end
$$;

create or replace function atlvs.revert_transaction(target_transaction bigint, force boolean) returns integer
    language plpgsql security invoker
    set search_path = pg_catalog, atlvs
as $$
declare
    steps jsonb;
    entry record;
    undone integer := 0;
    pending bigint[];
    waiting bigint[];
    step bigint;
begin
    select coalesce(jsonb_object_agg(s.step::text, jsonb_build_object('table_name', s.table_name, 'record_id', s.record_id,
                                                                      'state', s.state, 'changed_fields', to_jsonb(s.changed_fields))),
                    '{}'),
           array_agg(s.step order by s.step desc)
      into steps, pending
      from atlvs.revert_steps(target_transaction, force) s;
    perform atlvs.set_local('atlvs.audit_reason', 'revert of transaction ' || target_transaction);
    -- Newest first; a change whose undo trips a foreign key (a child restored before its parent, as
    -- cascaded actions are audited after the change that caused them) waits for the next pass.
    while cardinality(pending) > 0 loop
        waiting := '{}';
        foreach step in array pending loop
            select e.table_name, e.record_id, e.state, e.changed_fields into entry
              from jsonb_to_record(steps -> step::text) e(table_name text, record_id uuid, state jsonb, changed_fields text[]);
            begin
                perform atlvs.write_back(entry.table_name, entry.record_id, entry.state, entry.changed_fields);
                undone := undone + 1;
            exception
                when foreign_key_violation then
                    waiting := waiting || step;
            end;
        end loop;
        if cardinality(waiting) = cardinality(pending) then
            perform atlvs.write_back(entry.table_name, entry.record_id, entry.state, entry.changed_fields);
        end if;
        pending := waiting;
    end loop;
    perform atlvs.set_local('atlvs.restoring', '');
    perform atlvs.set_local('atlvs.audit_reason', '');
    return undone;
end
$$;

drop function atlvs.anonymize_user(uuid);
create function atlvs.anonymize_user(target uuid) returns setof atlvs.users
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
    return query select * from atlvs.users u where u.id = target;
end
$$;

create or replace function atlvs.relay_finish(kind text, item uuid, worker uuid, next_attempt_at timestamptz) returns boolean
    language plpgsql security invoker
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    held boolean;
begin
    select true into held
      from atlvs.relay_queue q
     where q.organization_id = tenant and q.kind = relay_finish.kind and q.item_id = item and q.locked_by = worker
       for update;
    if held is null then
        return false;
    end if;
    if next_attempt_at is null then
        delete from atlvs.relay_queue q
         where q.organization_id = tenant and q.kind = relay_finish.kind and q.item_id = item;
    else
        update atlvs.relay_queue q
           set next_attempt_at = relay_finish.next_attempt_at, locked_by = null, locked_until = null
         where q.organization_id = tenant and q.kind = relay_finish.kind and q.item_id = item;
    end if;
    return true;
end
$$;

alter table atlvs.relay_queue enable row level security;
create policy tenant_isolation on atlvs.relay_queue for all
    using (organization_id = atlvs.current_tenant())
    with check (organization_id = atlvs.current_tenant());

revoke execute on function atlvs.restore_state(text, uuid, timestamptz) from public;
revoke execute on function atlvs.restoring() from public;
revoke execute on function atlvs.revert_steps(bigint, boolean) from public;
revoke execute on function atlvs.anonymize_user(uuid) from public;
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.restore_state(text, uuid, timestamptz), atlvs.revert_steps(bigint, boolean), '
                       'atlvs.anonymize_user(uuid), atlvs.restoring(), atlvs.write_back(text, uuid, jsonb, text[]) to %I',
                       '${runtime_role}');
        execute format('grant select, update, delete on atlvs.relay_queue to %I', '${runtime_role}');
    end if;
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

-- The slug check names its constraint, column and table in its message too (see check_time_zone above).
create or replace function atlvs.index_organization_slug() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from atlvs.organization_slugs s where s.slug = old.slug and s.organization_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into atlvs.organization_slugs (slug, organization_id)
        values (new.slug, new.id)
        on conflict on constraint organization_slugs_pkey do nothing;
        if not exists (select 1 from atlvs.organization_slugs s where s.slug = new.slug and s.organization_id = new.id) then
            raise exception 'the slug is taken by another organization (constraint "organizations_slug_unique" on column "slug" of relation "organizations")'
                using errcode = 'unique_violation', constraint = 'organizations_slug_unique', table = 'organizations',
                      column = 'slug';
        end if;
    end if;
    return null;
end
$$;
