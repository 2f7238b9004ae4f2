-- Trigger functions name the table they guard through their arguments, never through tg_table_name: on Citus,
-- which runs a distributed table's triggers on its shards, tg_table_name is the shard's name
-- (projects_102151), and the audit trail, the link checks and the append-only refusals would name shards. The
-- registration functions pass the table's name when they install a trigger, and every installed trigger is
-- installed again here with it.

-- The audit trigger's third argument is the audited table's name, written to audit_logs.table_name.
create or replace function atlvs.audit_statement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
    audited_table text := tg_argv[2];
    redacted text[] := tg_argv[1]::text[];
    blanked jsonb := coalesce((select jsonb_object_agg(k, null) from unnest(tg_argv[1]::text[]) k), '{}');
    context record := atlvs.current_context();
    actor uuid := context.actor;
    tenant uuid := context.tenant;
    transaction_id bigint := pg_current_xact_id()::text::bigint;
    correlation uuid := context.correlation;
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
        select c.organization_id, c.id, audited_table, c.record_id, 'update', c.changed,
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
        select r.organization_id, r.id, audited_table, (r.full_row ->> 'id')::uuid, 'insert', r.full_row || blanked,
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
        select r.organization_id, r.id, audited_table, (r.full_row ->> 'id')::uuid, 'delete', r.full_row || blanked,
               redacted, (r.full_row ->> 'version')::bigint, actor, transaction_id, correlation, reason
          from rows r;
    end if;
    return null;
end
$$;

-- Installs the audit trigger. The columns redacted are the declared sensitive ones plus every column
-- whose name looks like a secret, worked out once here rather than on every row.
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

do $$
declare
    registered record;
begin
    for registered in select r.table_name, r.scope, r.tenant_column, r.sensitive_columns
                        from atlvs.registered_tables r
                       where r.audited and r.scope in ('tenant', 'global')
                       order by r.table_name loop
        perform atlvs.install_audit(format('atlvs.%I', registered.table_name)::regclass,
                                    coalesce(registered.tenant_column, ''), registered.sensitive_columns);
    end loop;
end
$$;

-- The link check's third argument is the link table's name, which its errors name.
create or replace function atlvs.check_entity_link() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    link_table text := tg_argv[2];
    new_row jsonb := to_jsonb(new);
    old_row jsonb;
begin
    perform atlvs.require_current_tenant(new.organization_id, link_table);
    if tg_op = 'UPDATE' then
        old_row := to_jsonb(old);
    end if;
    if new_row ->> tg_argv[1] is not null
       and (tg_op = 'INSERT'
            or new_row ->> tg_argv[0] is distinct from old_row ->> tg_argv[0]
            or new_row ->> tg_argv[1] is distinct from old_row ->> tg_argv[1]) then
        perform atlvs.check_entity(new_row ->> tg_argv[0], new.organization_id, (new_row ->> tg_argv[1])::uuid,
                                   link_table, tg_argv[1]);
    end if;
    return new;
end
$$;

create or replace function atlvs.install_entity_link(target regclass, type_column text, id_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    execute format('drop trigger if exists check_entity_link on %s', target);
    execute format('create trigger check_entity_link before insert or update of %I, %I on %s '
                       'for each row execute function atlvs.check_entity_link(%L, %L, %L)',
                   type_column, id_column, target, type_column, id_column,
                   (select c.relname from pg_class c where c.oid = target));
    perform atlvs.register_entity_links(target, type_column, id_column);
end
$$;

do $$
declare
    link record;
begin
    for link in select l.table_name, l.type_column, l.id_column from atlvs.entity_link_tables l order by l.table_name loop
        perform atlvs.install_entity_link(format('atlvs.%I', link.table_name)::regclass, link.type_column, link.id_column);
    end loop;
end
$$;

-- An append-only log's trigger names the log.
create or replace function atlvs.append_only() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    raise exception '% is append-only', tg_argv[0]
        using errcode = 'insufficient_privilege', table = tg_argv[0];
end
$$;

drop trigger append_only on atlvs.domain_events;
create trigger append_only
    before update or delete on atlvs.domain_events
    for each row execute function atlvs.append_only('domain_events');

drop trigger append_only on atlvs.webhook_logs;
create trigger append_only
    before update or delete on atlvs.webhook_logs
    for each row execute function atlvs.append_only('webhook_logs');
