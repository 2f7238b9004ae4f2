-- The audit trigger wakes the change feed itself (decision 0024), and the trail loses a check that another one
-- already makes.
--
-- Until now every statement that wrote audit rows fired a second statement trigger, atlvs.notify_changes on
-- atlvs.audit_logs: one more trigger event, one more PL/pgSQL call with its own search_path switch, for one
-- pg_notify. atlvs.audit_statement now sends that notification itself, after its insert, with the same channel
-- and payload (the claimed tenant and the transaction id; identical payloads of one transaction still fold into
-- one), and only when it wrote at least one audit row: a statement that changed no row no longer wakes the feed.
-- Where Citus is installed the audit trigger is atlvs.audit_row and the trail's notify_changes trigger stays, as
-- before; elsewhere it is dropped, so nothing else writes the trail (it is append-only, written by the audit
-- trigger alone) and nothing else notified.
--
-- audit_logs_action_check (action is insert, update or delete) is dropped: audit_logs_values_check admits a row
-- only for one of those three actions, so the one check holds it, and each insert into the trail evaluates one
-- check fewer.
--
-- atlvs.uuid_v7 reads the clock as double precision (date_part) rather than numeric (extract): the same 48
-- bits of Unix milliseconds, without the numeric arithmetic.

create or replace function atlvs.uuid_v7() returns uuid
    language sql volatile parallel safe
return (lpad(to_hex(floor(date_part('epoch', clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
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
    else
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
    end if;
    -- The change feed's wake-up, once the statement's audit rows are written (FOUND: the insert wrote some).
    if found then
        perform pg_notify('atlvs_changes',
                          coalesce(nullif(current_setting('atlvs.tenant_id', true), ''), '') || ':' || transaction_id::text);
    end if;
    return null;
end
$$;


do $$
begin
    if not atlvs.citus_installed() then
        drop trigger if exists notify_changes on atlvs.audit_logs;
    end if;
end
$$;

alter table atlvs.audit_logs drop constraint audit_logs_action_check;
