-- Copies of the tasks, each with one variant of the audit trigger, to take the audit's cost apart with pgbench
-- (run.sh, README.md). Run as a superuser on a database migrated and seeded by the atlvs command-line tool, with
-- psql variables runtime (the run-time role). Everything is made in schema audit_parts, dropped first.
\set ON_ERROR_STOP 1
set client_min_messages = warning;
select nspowner::regrole as owner from pg_namespace where nspname = 'atlvs' \gset
drop schema if exists audit_parts cascade;
create schema audit_parts authorization :"owner";
grant usage on schema audit_parts to :"runtime";

-- The proof of a tenant opening (atlvs.begin_tenant_transaction, core V17), made with the database's default key so
-- that pgbench can open tenant transactions; for this measurement only.
create function audit_parts.proof(tenant uuid, actor uuid, issued_at timestamptz) returns bytea
    language sql security definer set search_path = pg_catalog, atlvs
as $$
    select sha256(k.outer_pad || sha256(k.inner_pad || convert_to('atlvs-tenant-v1|' || tenant::text || '|' || actor::text
           || '||default|' || floor(extract(epoch from issued_at) * 1000)::bigint::text || '|' || pg_backend_pid()::text, 'UTF8')))
      from atlvs.context_keys k where k.key_id = 'default'
$$;
revoke execute on function audit_parts.proof(uuid, uuid, timestamptz) from public;
grant execute on function audit_parts.proof(uuid, uuid, timestamptz) to :"runtime";

-- The rows every copy starts with: all the tasks, read here as the superuser because the tenant policy hides them
-- from every other role outside a tenant transaction, and 999 more of each under new identifiers, so that a copy is
-- large enough for the planner to reach its rows through the indexes from the first statement, as on a real table
-- (on a copy of a few rows it plans a sequential scan, keeps that plan in pgbench's prepared statements, and the
-- scan grows with every task the run inserts).
create temporary table source_tasks as select * from atlvs.project_tasks;
insert into source_tasks
select (jsonb_populate_record(null::atlvs.project_tasks, to_jsonb(t) || jsonb_build_object('id', atlvs.uuid_v7()))).*
  from atlvs.project_tasks t, generate_series(1, 999);
grant select on source_tasks to :"owner";
do $$
begin
    if not exists (select from source_tasks) then
        raise exception 'atlvs.project_tasks has no rows: seed the database first';
    end if;
end
$$;

set role :"owner";

-- Trails: plain (the columns, defaults and checks of atlvs.audit_logs only), indexed (and its four indexes), policy
-- (partitioned, with its tenant policy): atlvs.audit_logs but for its monthly partitions and its rows.
create table audit_parts.trail_plain (like atlvs.audit_logs including defaults including constraints);
create table audit_parts.trail_indexed (like atlvs.audit_logs including defaults including constraints including indexes);
create table audit_parts.trail_policy (like atlvs.audit_logs including defaults including constraints including indexes)
    partition by range (occurred_at);
create table audit_parts.trail_policy_default partition of audit_parts.trail_policy default;
select atlvs.apply_tenant_policy('audit_parts.trail_policy', 'organization_id');

-- Trigger functions. Small ones written here; the others are atlvs.audit_statement as installed, pointed at a trail
-- and, for some, with one step left out.
create function audit_parts.nothing() returns trigger language plpgsql set search_path = pg_catalog as $$
begin
    return null;
end
$$;
create function audit_parts.constant_row() returns trigger language plpgsql set search_path = pg_catalog as $$
begin
    insert into audit_parts.trail_plain (organization_id, id, table_name, record_id, action, new_values, transaction_id)
    values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'x', '00000000-0000-0000-0000-000000000000', 'insert', '{}', 1);
    return null;
end
$$;
create function audit_parts.whole_rows() returns trigger language plpgsql set search_path = pg_catalog as $$
begin
    if tg_op = 'UPDATE' then
        insert into audit_parts.trail_plain (organization_id, id, table_name, record_id, action, old_values, new_values, transaction_id)
        select (r ->> 'organization_id')::uuid, gen_random_uuid(), 'x', (r ->> 'id')::uuid, 'update', o, r, 1
          from (select to_jsonb(n) as r, to_jsonb(p) as o from new_rows n join old_rows p on p.id = n.id offset 0) s;
    else
        insert into audit_parts.trail_plain (organization_id, id, table_name, record_id, action, new_values, transaction_id)
        select (r ->> 'organization_id')::uuid, gen_random_uuid(), 'x', (r ->> 'id')::uuid, 'insert', r, 1
          from (select to_jsonb(n) as r from new_rows n offset 0) s;
    end if;
    return null;
end
$$;

do $$
declare
    installed text := pg_get_functiondef('atlvs.audit_statement'::regproc);
    variant record;
    body text;
begin
    for variant in
        select * from (values
            -- name, trail, verified by the trigger (null: as installed, claimed where the trail's policy verifies),
            -- atlvs.uuid_v7() (else gen_random_uuid()); all but the last without the change feed's notification
            ('claimed_random_ids', 'trail_plain', false, false),
            ('claimed', 'trail_plain', false, true),
            ('verified', 'trail_plain', true, true),
            ('indexed', 'trail_indexed', true, true),
            ('policy', 'trail_policy', null, true),
            ('notifying', 'trail_policy', null, true)) v(name, trail, verified, uuid_v7)
    loop
        body := replace(installed, 'atlvs.audit_statement()', 'audit_parts.audit_' || variant.name || '()');
        body := replace(body, 'insert into atlvs.audit_logs ', 'insert into audit_parts.' || variant.trail || ' ');
        body := replace(body, '''atlvs.audit_logs''::regclass', '''audit_parts.' || variant.trail || '''::regclass');
        if variant.verified is not null then
            body := regexp_replace(body, 'verified boolean := [^;]*;', 'verified boolean := ' || variant.verified || ';');
        end if;
        if variant.name <> 'notifying' then
            body := regexp_replace(body, 'if found then\s+perform pg_notify\([^;]*;\s+end if;', '', 'g');
        end if;
        if not variant.uuid_v7 then
            body := replace(body, 'atlvs.uuid_v7()', 'gen_random_uuid()');
        end if;
        if body = installed or body !~ ('audit_parts\.' || variant.trail) or (body ~ 'pg_notify') <> (variant.name = 'notifying') then
            raise exception 'atlvs.audit_statement has changed: variant % could not be made from it', variant.name;
        end if;
        execute body;
    end loop;
end
$$;

-- One copy of the tasks per variant: its rows, the benchmarks' three indexes, the tenant policy and standard columns.
do $$
declare
    variant record;
    tasks text;
begin
    for variant in
        select * from (values
            ('off', null), ('nothing', 'audit_parts.nothing()'), ('constant_row', 'audit_parts.constant_row()'),
            ('whole_rows', 'audit_parts.whole_rows()'),
            ('claimed_random_ids', 'audit_parts.audit_claimed_random_ids(''organization_id'', ''{}'', ''project_tasks'')'),
            ('claimed', 'audit_parts.audit_claimed(''organization_id'', ''{}'', ''project_tasks'')'),
            ('verified', 'audit_parts.audit_verified(''organization_id'', ''{}'', ''project_tasks'')'),
            ('indexed', 'audit_parts.audit_indexed(''organization_id'', ''{}'', ''project_tasks'')'),
            ('policy', 'audit_parts.audit_policy(''organization_id'', ''{}'', ''project_tasks'')'),
            ('notifying', 'audit_parts.audit_notifying(''organization_id'', ''{}'', ''project_tasks'')'),
            ('audited', 'atlvs.audit_statement(''organization_id'', ''{}'', ''project_tasks'')')) v(name, trigger_function)
    loop
        tasks := 'audit_parts.tasks_' || variant.name;
        execute format('create table %s (like atlvs.project_tasks including defaults including constraints)', tasks);
        execute format('insert into %s select * from source_tasks', tasks);
        execute format('create unique index on %s (organization_id, id)', tasks);
        execute format('create index on %s (organization_id, project_id, due_date, id) where deleted_at is null', tasks);
        execute format('create index on %s (organization_id, project_id, status, due_date) where deleted_at is null', tasks);
        perform atlvs.apply_tenant_policy(tasks::regclass, 'organization_id');
        perform atlvs.install_standard_columns(tasks::regclass);
        if variant.trigger_function is not null then
            execute format('create trigger audit_insert after insert on %s referencing new table as new_rows '
                           'for each statement execute function %s', tasks, variant.trigger_function);
            execute format('create trigger audit_update after update on %s referencing old table as old_rows new table as new_rows '
                           'for each statement execute function %s', tasks, variant.trigger_function);
        end if;
        execute format('analyze %s', tasks);
    end loop;
end
$$;

reset role;
grant select, insert, update on all tables in schema audit_parts to :"runtime";
