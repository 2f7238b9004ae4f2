-- The audit trigger verifies the transaction's context once instead of twice.
--
-- Every row the trigger writes into atlvs.audit_logs passes the trail's tenant policy, whose check calls
-- atlvs.current_tenant(): it admits the row only when the context's MAC verifies over the settings atlvs.tenant_id,
-- atlvs.actor_id and atlvs.correlation_id as they are during that insert, and only for the verified tenant. So the
-- actor and correlation the trigger reads from these settings in the same statement are the verified ones whenever a
-- row is written; a forged setting makes the check fail and the whole statement with it, as before. The trigger's own
-- verification (atlvs.current_context(), about 24 µs per statement of PL/pgSQL, key look-up and HMAC) was therefore
-- done twice. It stays where the check does not run: when the trail's owner bypasses row-level security (a superuser
-- or BYPASSRLS owner), row_security_active() is false and the trigger verifies the context itself.
--
-- A setting that is not a canonical UUID (the SDK writes only canonical ones, and the MAC covers the text exactly)
-- is read as null rather than cast, so that a statement writing no row never fails on a malformed setting; a row
-- written under it is refused by the policy. Where Citus is installed the audit trigger is atlvs.audit_row, unchanged.

create or replace function atlvs.audit_statement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
    redacted text[] := tg_argv[1]::text[];
    audited_table text := tg_argv[2];
    context record;
    transaction_id bigint := pg_current_xact_id()::text::bigint;
    reason text := nullif(current_setting('atlvs.audit_reason', true), '');
begin
    if row_security_active('atlvs.audit_logs') then
        -- The trail's tenant policy verifies the context over these same settings when the rows below are inserted.
        select case when s.tenant ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then s.tenant::uuid end as tenant,
               case when s.actor ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then s.actor::uuid end as actor,
               case when s.correlation ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then s.correlation::uuid end
                   as correlation
          into context
          from (select current_setting('atlvs.tenant_id', true) as tenant, current_setting('atlvs.actor_id', true) as actor,
                       current_setting('atlvs.correlation_id', true) as correlation) s;
    else
        context := atlvs.current_context();
    end if;
    if cardinality(redacted) = 0 then
        if tg_op = 'UPDATE' then
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, changed_fields, old_values,
                                          new_values, record_version, actor_id, transaction_id, correlation_id, reason)
            select case when tenant_column = '' then context.tenant else (p.new_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (p.new_row ->> 'id')::uuid, 'update', d.changed, d.old_values,
                   d.new_values, (p.new_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation,
                   reason
              from (select to_jsonb(n) as new_row, to_jsonb(o) as old_row
                      from new_rows n
                      join old_rows o on o.id = n.id
                    offset 0) p
             cross join lateral (
                   select coalesce(array_agg(e.key order by e.key), '{}') as changed,
                          coalesce(jsonb_object_agg(e.key, p.old_row -> e.key), '{}') as old_values,
                          coalesce(jsonb_object_agg(e.key, e.value), '{}') as new_values
                     from jsonb_each(p.new_row) e
                    where e.value is distinct from p.old_row -> e.key
                      and e.key not in ('updated_at', 'updated_by', 'version')) d;
        elsif tg_op = 'INSERT' then
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, new_values, record_version,
                                          actor_id, transaction_id, correlation_id, reason)
            select case when tenant_column = '' then context.tenant else (r.full_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (r.full_row ->> 'id')::uuid, 'insert', r.full_row,
                   (r.full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason
              from (select to_jsonb(n) as full_row from new_rows n offset 0) r;
        else
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, old_values, record_version,
                                          actor_id, transaction_id, correlation_id, reason)
            select case when tenant_column = '' then context.tenant else (r.full_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (r.full_row ->> 'id')::uuid, 'delete', r.full_row,
                   (r.full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason
              from (select to_jsonb(o) as full_row from old_rows o offset 0) r;
        end if;
        return null;
    end if;

    -- A table with redacted columns: their values go to audit_sealed_values (only the owner reads it), and the
    -- trail keeps their keys with null values and names them in redacted_fields.
    if tg_op = 'UPDATE' then
        with changes as materialized (
                 select atlvs.uuid_v7() as id,
                        case when tenant_column = '' then context.tenant else (p.new_row ->> tenant_column)::uuid end
                            as organization_id,
                        (p.new_row ->> 'id')::uuid as record_id, (p.new_row ->> 'version')::bigint as record_version,
                        d.changed, d.old_values, d.new_values,
                        array(select k from unnest(d.changed) k where k = any (redacted) order by k) as hidden
                   from (select to_jsonb(n) as new_row, to_jsonb(o) as old_row
                           from new_rows n
                           join old_rows o on o.id = n.id
                         offset 0) p
                  cross join lateral (
                        select coalesce(array_agg(e.key order by e.key), '{}') as changed,
                               coalesce(jsonb_object_agg(e.key, p.old_row -> e.key), '{}') as old_values,
                               coalesce(jsonb_object_agg(e.key, e.value), '{}') as new_values
                          from jsonb_each(p.new_row) e
                         where e.value is distinct from p.old_row -> e.key
                           and e.key not in ('updated_at', 'updated_by', 'version')) d),
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
               c.hidden, c.record_version, context.actor, transaction_id, context.correlation, reason
          from changes c;
    elsif tg_op = 'INSERT' then
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = '' then context.tenant else (r.full_row ->> tenant_column)::uuid end
                            as organization_id
                   from (select to_jsonb(n) as full_row from new_rows n offset 0) r),
             sealed as (
                 insert into atlvs.audit_sealed_values (organization_id, id, new_values)
                 select r.organization_id, r.id, (select jsonb_object_agg(k, r.full_row -> k) from unnest(redacted) k)
                   from rows r)
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, new_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        select r.organization_id, r.id, audited_table, (r.full_row ->> 'id')::uuid, 'insert',
               r.full_row || (select jsonb_object_agg(k, null) from unnest(redacted) k),
               redacted, (r.full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason
          from rows r;
    else
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = '' then context.tenant else (r.full_row ->> tenant_column)::uuid end
                            as organization_id
                   from (select to_jsonb(o) as full_row from old_rows o offset 0) r),
             sealed as (
                 insert into atlvs.audit_sealed_values (organization_id, id, old_values)
                 select r.organization_id, r.id, (select jsonb_object_agg(k, r.full_row -> k) from unnest(redacted) k)
                   from rows r)
        insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, old_values,
                                      redacted_fields, record_version, actor_id, transaction_id, correlation_id, reason)
        select r.organization_id, r.id, audited_table, (r.full_row ->> 'id')::uuid, 'delete',
               r.full_row || (select jsonb_object_agg(k, null) from unnest(redacted) k),
               redacted, (r.full_row ->> 'version')::bigint, context.actor, transaction_id, context.correlation, reason
          from rows r;
    end if;
    return null;
end
$$;
