-- Distribution with Citus is part of registering a table.
--
-- Where the Citus extension is installed, registering a table distributes it at once: a table with a tenant
-- column (every tenant table, and the internal tables whose rows each belong to one organization) is
-- distributed by that column, all of them co-located, so that one organization's rows of every table are on
-- one node; a table without one (users, organization slugs, API-key prefixes, context keys, the registry) is
-- a reference table copied to every node. The tables registered before this migration are distributed here,
-- their foreign keys set aside and put back, since with all keys in place no order of distribution works.
-- Without Citus nothing of this happens.
--
-- Citus runs a distributed table's triggers on its shards (citus.enable_unsafe_triggers, set for the
-- distribution only) but gives statement triggers no transition tables there: where Citus is installed the audit
-- trigger is a row trigger (atlvs.audit_row), writing the same audit rows one record at a time into the same
-- shard as the record. Elsewhere the statement trigger stays: it writes a statement's audit rows in one insert.

create function atlvs.citus_installed() returns boolean
    language sql stable
    set search_path = pg_catalog
as $$
    select exists (select 1 from pg_catalog.pg_extension where extname = 'citus')
$$;

-- The audit row of one changed record: what atlvs.audit_statement writes for a statement, for one row.
-- Arguments: the tenant column ('' for platform-wide tables, audited under the transaction's tenant), the
-- columns to redact, and the table's name.
create function atlvs.audit_row() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
    redacted text[] := tg_argv[1]::text[];
    audited_table text := tg_argv[2];
    context record := atlvs.current_context();
    transaction_id bigint := atlvs.current_transaction_id();
    reason text := nullif(current_setting('atlvs.audit_reason', true), '');
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    full_row jsonb := coalesce(new_row, old_row);
    organization uuid := case when tenant_column = '' then context.tenant else (full_row ->> tenant_column)::uuid end;
    audit_id uuid := atlvs.uuid_v7();
    changed text[];
    hidden text[];
    old_values jsonb;
    new_values jsonb;
    blanked jsonb;
    sealed_old jsonb;
    sealed_new jsonb;
begin
    if tg_op = 'UPDATE' then
        changed := coalesce((select array_agg(e.key order by e.key)
                               from jsonb_each(new_row) e
                              where e.value is distinct from old_row -> e.key
                                and e.key not in ('updated_at', 'updated_by', 'version')), '{}');
        old_values := coalesce((select jsonb_object_agg(k, old_row -> k) from unnest(changed) k), '{}');
        new_values := coalesce((select jsonb_object_agg(k, new_row -> k) from unnest(changed) k), '{}');
        hidden := array(select k from unnest(changed) k where k = any (redacted) order by k);
        blanked := coalesce((select jsonb_object_agg(k, null) from unnest(hidden) k), '{}');
        if cardinality(hidden) > 0 then
            -- (Citus plans no sub-query in an insert's values: each value is computed first.)
            sealed_old := (select jsonb_object_agg(k, old_values -> k) from unnest(hidden) k);
            sealed_new := (select jsonb_object_agg(k, new_values -> k) from unnest(hidden) k);
            insert into atlvs.audit_sealed_values (organization_id, id, old_values, new_values)
            values (organization, audit_id, sealed_old, sealed_new);
        end if;
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, changed_fields, old_values, new_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        values (organization, audit_id, audited_table, (new_row ->> 'id')::uuid, 'update', changed,
                old_values || blanked, new_values || blanked, hidden, (new_row ->> 'version')::bigint,
                context.actor, transaction_id, context.correlation, reason);
    else
        blanked := coalesce((select jsonb_object_agg(k, null) from unnest(redacted) k), '{}');
        if cardinality(redacted) > 0 then
            sealed_new := (select jsonb_object_agg(k, full_row -> k) from unnest(redacted) k);
            if tg_op = 'INSERT' then
                insert into atlvs.audit_sealed_values (organization_id, id, new_values)
                values (organization, audit_id, sealed_new);
            else
                insert into atlvs.audit_sealed_values (organization_id, id, old_values)
                values (organization, audit_id, sealed_new);
            end if;
        end if;
        if tg_op = 'INSERT' then
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, new_values,
                                          redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
            values (organization, audit_id, audited_table, (full_row ->> 'id')::uuid, 'insert', full_row || blanked,
                    redacted, (full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason);
        else
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, old_values,
                                          redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
            values (organization, audit_id, audited_table, (full_row ->> 'id')::uuid, 'delete', full_row || blanked,
                    redacted, (full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason);
        end if;
    end if;
    return null;
end
$$;

revoke execute on function atlvs.audit_row() from public;

-- Installs the audit trigger: statement triggers with transition tables, or where Citus is installed row triggers
-- (atlvs.audit_row). The columns redacted are the declared sensitive ones plus every column whose name looks like a
-- secret, worked out once here rather than on every row.
create or replace function atlvs.install_audit(target regclass, tenant_column text, sensitive_columns text[]) returns void
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
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    execute format('drop trigger if exists audit_insert on %s', target);
    execute format('drop trigger if exists audit_update on %s', target);
    execute format('drop trigger if exists audit_delete on %s', target);
    if atlvs.citus_installed() then
        perform set_config('citus.enable_unsafe_triggers', 'on', true);
        execute format('create trigger audit_insert after insert on %s for each row execute function atlvs.audit_row(%L, %L, %L)',
                       target, tenant_column, redacted::text, table_name);
        execute format('create trigger audit_update after update on %s for each row execute function atlvs.audit_row(%L, %L, %L)',
                       target, tenant_column, redacted::text, table_name);
        execute format('create trigger audit_delete after delete on %s for each row execute function atlvs.audit_row(%L, %L, %L)',
                       target, tenant_column, redacted::text, table_name);
        return;
    end if;
    execute format('create trigger audit_insert after insert on %s referencing new table as new_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L, %L)',
                   target, tenant_column, redacted::text, table_name);
    execute format('create trigger audit_update after update on %s referencing old table as old_rows new table as new_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L, %L)',
                   target, tenant_column, redacted::text, table_name);
    execute format('create trigger audit_delete after delete on %s referencing old table as old_rows '
                       'for each statement execute function atlvs.audit_statement(%L, %L, %L)',
                   target, tenant_column, redacted::text, table_name);
end
$$;

-- Distributes a registered table where Citus is installed: by its tenant column, co-located with every other
-- table distributed so, or, without one, as a reference table. A table distributed already, a partition (it
-- follows its parent) or a table of an installation without Citus is left as it is.
create function atlvs.distribute_table(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column name;
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
    select r.tenant_column into tenant_column
      from atlvs.registered_tables r
     where r.table_name = (select c.relname from pg_class c where c.oid = target);
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

-- Registers a tenant table: row-level security enabled and forced with the one tenant policy, the standard-column
-- trigger and the audit trigger, and, where Citus is installed, distribution by the tenant column. Calling it again
-- re-applies the conventions.
create or replace function atlvs.register_tenant_table(
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
    perform atlvs.distribute_table(target);
end
$$;

-- Registers a table that is not a tenant table: platform-wide tables get the standard-column and audit triggers
-- (their changes are audited under the platform tenant); internal tables get nothing, and name their tenant column
-- when their rows belong to one organization each. Where Citus is installed, a table with a tenant column is
-- distributed by it and any other is a reference table.
create or replace function atlvs.register_table(target regclass, scope text, sensitive_columns text[] default '{}',
                                                tenant_column name default null) returns void
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
        if tenant_column is not null then
            raise exception 'a global table has no tenant column' using errcode = 'invalid_parameter_value';
        end if;
        perform atlvs.install_standard_columns(target);
        perform atlvs.install_audit(target, '', sensitive_columns);
    end if;
    insert into atlvs.registered_tables as r (table_name, scope, tenant_column, sensitive_columns, audited)
    values (table_name, scope, tenant_column, sensitive_columns, scope = 'global')
    on conflict on constraint registered_tables_pkey do update
        set scope = excluded.scope, tenant_column = excluded.tenant_column, sensitive_columns = excluded.sensitive_columns,
            audited = excluded.audited;
    perform atlvs.distribute_table(target);
end
$$;

-- The trigger that nulls the optional reference `nulled` of `referencing` (through the key `constraint_name`,
-- columns `key_columns` to `referenced_columns`) when its target in `referenced` is deleted: what
-- atlvs.null_on_delete installs in place of ON DELETE SET NULL, and atlvs.distribute_schema when it distributes a
-- table whose key still has it.
create function atlvs.install_null_references(referenced regclass, referencing_name text, constraint_name name, nulled text,
                                              key_columns text[], referenced_columns text[]) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    trigger_name text := 'NULL_ON_DELETE_' || constraint_name;
begin
    if length(trigger_name) > 63 then
        raise exception 'the name of the foreign key % is too long for its trigger', constraint_name
            using errcode = 'name_too_long';
    end if;
    execute format('drop trigger if exists %I on %s', trigger_name, referenced);
    execute format('create trigger %I after delete on %s for each row execute function atlvs.null_references(%L, %L, %L, %L)',
                   trigger_name, referenced, referencing_name, nulled, key_columns::text, referenced_columns::text);
end
$$;

revoke execute on function atlvs.install_null_references(regclass, text, name, text, text[], text[]) from public;

-- The optional references lose a deleted target through a trigger (V24). Where Citus is installed and the table is
-- not distributed yet, the key keeps its ON DELETE SET NULL until atlvs.distribute_schema distributes the table and
-- makes the key so then (altering a key between a local and a distributed table is what Citus cannot do); a key made
-- so already is left alone.
create or replace function atlvs.null_on_delete(referencing regclass, constraint_name name) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    foreign_key pg_constraint;
    key_columns text[];
    referenced_columns text[];
begin
    select * into foreign_key
      from pg_constraint c
     where c.conrelid = referencing and c.conname = constraint_name and c.contype = 'f';
    if not found then
        raise exception 'no foreign key % on %', constraint_name, referencing using errcode = 'undefined_object';
    end if;
    if foreign_key.confdeltype = 'a' and exists (select 1 from pg_trigger t
                                                  where t.tgrelid = foreign_key.confrelid
                                                    and t.tgname = 'NULL_ON_DELETE_' || constraint_name) then
        return;   -- made so already
    end if;
    if atlvs.citus_installed() then
        -- (pg_dist_partition exists only where Citus is installed: asked in a statement of its own.)
        if not exists (select 1 from pg_dist_partition p where p.logicalrelid = referencing) then
            return;   -- atlvs.distribute_schema makes it so when it distributes the table
        end if;
    end if;
    if foreign_key.confdeltype <> 'n' or cardinality(foreign_key.confdelsetcols) is distinct from 1 then
        raise exception 'the foreign key % does not set one column null on delete', constraint_name
            using errcode = 'invalid_parameter_value';
    end if;
    key_columns := array(select a.attname::text
                           from unnest(foreign_key.conkey) with ordinality k(attnum, position)
                           join pg_attribute a on a.attrelid = foreign_key.conrelid and a.attnum = k.attnum
                          order by k.position);
    referenced_columns := array(select a.attname::text
                                  from unnest(foreign_key.confkey) with ordinality k(attnum, position)
                                  join pg_attribute a on a.attrelid = foreign_key.confrelid and a.attnum = k.attnum
                                 order by k.position);
    execute format('alter table %s drop constraint %I, add constraint %I foreign key (%s) references %s (%s)',
                   referencing, constraint_name, constraint_name,
                   (select string_agg(format('%I', c), ', ' order by p) from unnest(key_columns) with ordinality c(c, p)),
                   foreign_key.confrelid::regclass,
                   (select string_agg(format('%I', c), ', ' order by p) from unnest(referenced_columns) with ordinality c(c, p)));
    perform atlvs.install_null_references(foreign_key.confrelid::regclass, (select c.relname from pg_class c where c.oid = referencing),
                                          constraint_name,
                                          (select a.attname from pg_attribute a
                                            where a.attrelid = foreign_key.conrelid and a.attnum = foreign_key.confdelsetcols[1]),
                                          key_columns, referenced_columns);
end
$$;

-- Distributes every registered table that is not yet, where Citus is installed: the foreign keys between tables
-- of the schema are dropped, the tables without a tenant column become reference tables, the others are
-- distributed, and the keys are put back (Citus checks each against the distribution). The audit triggers are
-- installed again as row triggers. Run by this migration for the tables registered before it, by the migrator after
-- each module's migrations, and by the owner after creating the extension in an installation migrated without it.
create function atlvs.distribute_schema() returns integer
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    key record;
    keys jsonb := '[]';
    registration record;
    distributed integer := 0;
begin
    if not atlvs.citus_installed() then
        return 0;
    end if;
    for key in select c.conrelid::regclass as owner, c.conname as name, pg_get_constraintdef(c.oid) as definition,
                      c.confdeltype = 'n' and cardinality(c.confdelsetcols) = 1 as nulls, c.confrelid::regclass as referenced,
                      t.relname as owner_name,
                      (select a.attname from pg_attribute a
                        where a.attrelid = c.conrelid and a.attnum = c.confdelsetcols[1]) as nulled,
                      array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, position)
                              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.position) as key_columns,
                      array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, position)
                              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.position) as referenced_columns
                 from pg_constraint c
                 join pg_class t on t.oid = c.conrelid
                where c.contype = 'f' and c.connamespace = 'atlvs'::regnamespace and c.conparentid = 0
                  and not t.relispartition
                  and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.conrelid)
                order by 1, 2 loop
        -- ON DELETE SET NULL (column), which Citus refuses, comes back as atlvs.null_on_delete makes it: the key
        -- without an action, and a trigger on the referenced table that nulls the column.
        keys := keys || jsonb_build_object('owner', key.owner::text, 'name', key.name,
                                           'definition', case when key.nulls
                                                              then regexp_replace(key.definition, ' ON DELETE SET NULL \([^)]*\)', '')
                                                              else key.definition end,
                                           'nulls', key.nulls, 'referenced', key.referenced::text, 'owner_name', key.owner_name,
                                           'nulled', key.nulled, 'key_columns', key.key_columns::text,
                                           'referenced_columns', key.referenced_columns::text);
        execute format('alter table %s drop constraint %I', key.owner, key.name);
    end loop;
    for registration in select r.table_name, r.scope, r.tenant_column, r.sensitive_columns, r.audited
                          from atlvs.registered_tables r
                         where to_regclass('atlvs.' || quote_ident(r.table_name)) is not null
                           and not exists (select 1 from pg_dist_partition p
                                            where p.logicalrelid = to_regclass('atlvs.' || quote_ident(r.table_name)))
                         order by r.tenant_column is not null, r.table_name loop
        if registration.audited then
            perform atlvs.install_audit(to_regclass('atlvs.' || quote_ident(registration.table_name)),
                                        coalesce(registration.tenant_column, ''), registration.sensitive_columns);
        end if;
        perform atlvs.distribute_table(to_regclass('atlvs.' || quote_ident(registration.table_name)));
        distributed := distributed + 1;
    end loop;
    for key in select k ->> 'owner' as owner, k ->> 'name' as name, k ->> 'definition' as definition,
                      (k ->> 'nulls')::boolean as nulls, k ->> 'referenced' as referenced, k ->> 'owner_name' as owner_name,
                      k ->> 'nulled' as nulled, k ->> 'key_columns' as key_columns, k ->> 'referenced_columns' as referenced_columns
                 from jsonb_array_elements(keys) k loop
        execute format('alter table %s add constraint %I %s', key.owner, key.name, key.definition);
        if key.nulls then
            perform atlvs.install_null_references(key.referenced::regclass, key.owner_name, key.name, key.nulled,
                                                  key.key_columns::text[], key.referenced_columns::text[]);
        end if;
    end loop;
    return distributed;
end
$$;

revoke execute on function atlvs.distribute_schema() from public;


-- Revert and restore mark their writes (atlvs.restoring, the audit reason) with SET LOCAL where Citus is loaded,
-- through atlvs.set_local, so that the standard-column and audit triggers on the shards see the marks.
create or replace function atlvs.revert_transaction(target_transaction bigint, force boolean) returns integer
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
    perform atlvs.set_local('atlvs.restoring', 'on');
    perform atlvs.set_local('atlvs.audit_reason', 'revert of transaction ' || target_transaction);
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
    perform atlvs.set_local('atlvs.restoring', '');
    perform atlvs.set_local('atlvs.audit_reason', '');
    return undone;
end
$$;

create or replace function atlvs.restore_record(target_table text, record uuid, at timestamptz) returns boolean
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
    perform atlvs.set_local('atlvs.restoring', 'on');
    perform atlvs.set_local('atlvs.audit_reason', 'restore to ' || at);
    perform atlvs.write_back(target_table, record, state, coalesce(columns, '{}'));
    perform atlvs.set_local('atlvs.restoring', '');
    perform atlvs.set_local('atlvs.audit_reason', '');
    return true;
end
$$;

-- A revert or restore keeps creation stamps when it runs with the rights of the schema's owner. The owner of the
-- table the trigger fires on was asked before, which on Citus is a shard that the extension may have created under
-- another role.
create or replace function atlvs.maintain_standard_columns() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    actor uuid := atlvs.current_actor();
    restoring boolean := false;
begin
    if tg_op = 'INSERT' then
        if new.created_at is not null and current_setting('atlvs.restoring', true) = 'on' then
            restoring := pg_has_role(current_user, (select n.nspowner from pg_namespace n where n.nspname = 'atlvs'), 'MEMBER');
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

-- Later migrations of every module create and drop triggers on distributed tables: the database allows it from now
-- on for every new session (the migrator's connections are new sessions).
do $$
begin
    if atlvs.citus_installed() then
        begin
            execute format('alter database %I set citus.enable_unsafe_triggers = on', current_database());
        exception when insufficient_privilege then
            raise notice 'the migrating role may not change the database''s settings: set citus.enable_unsafe_triggers = on for it';
        end;
    end if;
end
$$;

select atlvs.distribute_schema();
