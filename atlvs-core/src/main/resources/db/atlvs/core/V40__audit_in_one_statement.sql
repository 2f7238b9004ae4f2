-- An audited statement in fewer steps (decision 0021): one statement of the trigger per audited statement, and
-- identifiers made without a procedural call.
--
-- atlvs.uuid_v7 becomes an SQL function with an SQL-standard body: PostgreSQL binds its names when it is
-- created (so no search_path applies to it at run time, and none is set) and inlines it into the statement
-- that calls it, where the PL/pgSQL function cost a procedural call per identifier (with its search_path
-- switch). The identifier is the same: 48 bits of Unix milliseconds, the version 7, then the random bits
-- and the RFC 4122 variant of a version 4 UUID.
--
-- atlvs.audit_statement writes its rows with one statement: the claimed tenant, actor and correlation are read
-- from the settings in that statement, row by row, where row-level security applies to the trail's owner
-- (decision 0020: the trail's tenant policy verifies the context over the same settings when the row is
-- inserted). A statement that writes no row reads no setting, so a malformed setting never fails it; a row
-- written under a setting that is not a UUID fails with the setting's invalid text, one that is a UUID but
-- not the verified one is refused by the policy, as before. When the trail's owner bypasses row-level security
-- (a superuser or BYPASSRLS owner) the trigger verifies the context itself, once, as before.

create or replace function atlvs.uuid_v7() returns uuid
    language sql volatile parallel safe
return (lpad(to_hex(floor(extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
        || substr(replace(gen_random_uuid()::text, '-', ''), 14))::uuid;

create or replace function atlvs.audit_statement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
    redacted text[] := tg_argv[1]::text[];
    audited_table text := tg_argv[2];
    -- Where the trail's owner bypasses row-level security, the context verified here; elsewhere the settings as
    -- claimed, read in the statement that writes the rows, whose tenant policy verifies them (decision 0020).
    verified boolean := not row_security_active('atlvs.audit_logs'::regclass);
    verified_tenant uuid;
    verified_actor uuid;
    verified_correlation uuid;
    transaction_id bigint := pg_current_xact_id()::text::bigint;
    reason text := nullif(current_setting('atlvs.audit_reason', true), '');
begin
    if verified then
        select c.tenant, c.actor, c.correlation into verified_tenant, verified_actor, verified_correlation
          from atlvs.current_context() c;
    end if;
    if cardinality(redacted) = 0 then
        if tg_op = 'UPDATE' then
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, changed_fields, old_values,
                                          new_values, record_version, actor_id, transaction_id, correlation_id, reason)
            select case when tenant_column = ''
                        then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                        else (p.new_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (p.new_row ->> 'id')::uuid, 'update', d.changed, d.old_values,
                   d.new_values, (p.new_row ->> 'version')::bigint,
                   case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
                   case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end,
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
            select case when tenant_column = ''
                        then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                        else (r.full_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (r.full_row ->> 'id')::uuid, 'insert', r.full_row,
                   (r.full_row ->> 'version')::bigint,
                   case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
                   case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end, reason
              from (select to_jsonb(n) as full_row from new_rows n offset 0) r;
        else
            insert into atlvs.audit_logs (organization_id, id, table_name, record_id, action, old_values, record_version,
                                          actor_id, transaction_id, correlation_id, reason)
            select case when tenant_column = ''
                        then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                        else (r.full_row ->> tenant_column)::uuid end,
                   atlvs.uuid_v7(), audited_table, (r.full_row ->> 'id')::uuid, 'delete', r.full_row,
                   (r.full_row ->> 'version')::bigint,
                   case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
                   case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end, reason
              from (select to_jsonb(o) as full_row from old_rows o offset 0) r;
        end if;
        return null;
    end if;

    -- A table with redacted columns: their values go to audit_sealed_values (only the owner reads it), and the
    -- trail keeps their keys with null values and names them in redacted_fields.
    if tg_op = 'UPDATE' then
        with changes as materialized (
                 select atlvs.uuid_v7() as id,
                        case when tenant_column = ''
                             then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                             else (p.new_row ->> tenant_column)::uuid end
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
               c.hidden, c.record_version,
               case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
               case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end, reason
          from changes c;
    elsif tg_op = 'INSERT' then
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = ''
                             then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                             else (r.full_row ->> tenant_column)::uuid end
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
               redacted, (r.full_row ->> 'version')::bigint,
               case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
               case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end, reason
          from rows r;
    else
        with rows as materialized (
                 select atlvs.uuid_v7() as id, r.full_row,
                        case when tenant_column = ''
                             then case when verified then verified_tenant else nullif(current_setting('atlvs.tenant_id', true), '')::uuid end
                             else (r.full_row ->> tenant_column)::uuid end
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
               redacted, (r.full_row ->> 'version')::bigint,
               case when verified then verified_actor else nullif(current_setting('atlvs.actor_id', true), '')::uuid end, transaction_id,
               case when verified then verified_correlation else nullif(current_setting('atlvs.correlation_id', true), '')::uuid end, reason
          from rows r;
    end if;
    return null;
end
$$;
