-- A tenant context that SQL running as the run-time role cannot forge.
--
-- A transaction acts as a tenant, an actor or the platform only once atlvs.begin_tenant_transaction or
-- atlvs.begin_system_transaction accepted a proof made with a context key: a secret in
-- atlvs.context_keys, which only the schema owner reads. The opening sets the settings atlvs.tenant_id,
-- atlvs.actor_id and atlvs.correlation_id for the transaction, and atlvs.context, which carries the
-- kind of context, the key id, an expiry and a MAC of all of them made with the key. atlvs.current_tenant()
-- and atlvs.current_actor() recompute that MAC from the current settings on every statement and answer
-- null when it does not match or has expired, so a setting written by hand (on a bare connection, or
-- inside an SDK transaction through its handle) leaves the transaction with no tenant and no actor:
-- row-level security then shows nothing and refuses every write.
--
-- The context travels in settings (not in a temporary table or backend state) so that, distributed with
-- Citus, SET LOCAL carries it to the shard connections, which check the MAC with the same key. For the
-- same reason the MAC binds neither the backend nor the transaction id; the proof of the opening does.
--
-- Message formats (fields joined with '|', uuids in lower-case text, absent values empty):
--   proof of a tenant opening:  HMAC-SHA256(secret, 'atlvs-tenant-v1|tenant|actor|correlation|key id|issued at|backend pid')
--   proof of a system opening:  HMAC-SHA256(secret, 'atlvs-system-v1|tenant|actor|correlation|key id|issued at|backend pid')
--       (issued at in Unix milliseconds; tenant empty for the platform tenant)
--   atlvs.context:              'kind:key id:expiry:mac', kind tenant or system, expiry in Unix seconds,
--                               mac = hex(HMAC-SHA256(secret, 'atlvs-context-v1|kind|tenant|actor|correlation|key id|expiry'))

-- HMAC (RFC 2104) over the built-in sha256: the key block xor-ed with the inner (0x36) or outer (0x5c)
-- pad. Computed once per key, when it is stored.
create function atlvs.hmac_pad(secret bytea, pad integer) returns bytea
    language plpgsql immutable strict parallel safe
    set search_path = pg_catalog
as $$
declare
    block bytea := secret || decode(repeat('00', 64 - length(secret)), 'hex');
begin
    for i in 0 .. 63 loop
        block := set_byte(block, i, get_byte(block, i) # pad);
    end loop;
    return block;
end
$$;

-- The keys contexts are made with. An id is never reused: rotation installs a key under a new id, moves
-- the hosts to it, then retires the old one, whose contexts stop being accepted at once. Only the schema
-- owner reads or writes this table.
create table atlvs.context_keys (
    key_id     text        not null,
    secret     bytea       not null,
    inner_pad  bytea       not null generated always as (atlvs.hmac_pad(secret, 54)) stored,
    outer_pad  bytea       not null generated always as (atlvs.hmac_pad(secret, 92)) stored,
    created_at timestamptz not null default now(),
    retired_at timestamptz,
    constraint context_keys_pkey primary key (key_id),
    constraint context_keys_key_id_check check (key_id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    constraint context_keys_secret_check check (octet_length(secret) between 32 and 64)
);
select atlvs.register_table('atlvs.context_keys', 'internal');
revoke all on atlvs.context_keys from public;
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke all on atlvs.context_keys from %I', '${runtime_role}');
    end if;
end
$$;

-- The key an SDK without a key of its own reads through the owner's pool: 256 bits from the database's
-- strong random source (gen_random_uuid), never seen by anyone but the owner.
insert into atlvs.context_keys (key_id, secret)
values ('default', sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())));

-- Installs a host's key (kept in its own secret store) from its migration pipeline. Installing the same
-- key again changes nothing; an id that exists with another secret is refused.
create function atlvs.install_context_key(key_id text, secret bytea) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    -- A secret of the wrong length is refused by the table's check (context_keys_secret_check).
    insert into atlvs.context_keys as k (key_id, secret)
    values (install_context_key.key_id, install_context_key.secret)
    on conflict on constraint context_keys_pkey do nothing;
    if not exists (select 1 from atlvs.context_keys k
                    where k.key_id = install_context_key.key_id and k.secret = install_context_key.secret) then
        raise exception 'the context key id is taken by another key; install a new key under a new id'
            using errcode = 'unique_violation', constraint = 'context_keys_pkey', table = 'context_keys', column = 'key_id';
    end if;
end
$$;

-- Retires a key: contexts made with it are refused from now on, and so are new openings.
create function atlvs.retire_context_key(key_id text) returns boolean
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    update atlvs.context_keys k set retired_at = now()
     where k.key_id = retire_context_key.key_id and k.retired_at is null;
    return found;
end
$$;

revoke execute on function atlvs.install_context_key(text, bytea) from public;
revoke execute on function atlvs.retire_context_key(text) from public;

-- The verified tenant of the current statement, or null: the MAC of atlvs.context must match the
-- current settings, its key must be installed and not retired, and the context must not have expired.
-- Evaluated once per statement by the tenant policies ((select atlvs.current_tenant())).
-- current_actor and current_context repeat the same check; they are kept apart because each is called
-- per row or per statement, where one function call more is measurable.
create or replace function atlvs.current_tenant() returns uuid
    language plpgsql stable parallel safe security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    context text := current_setting('atlvs.context', true);
    tenant text := current_setting('atlvs.tenant_id', true);
    inner_pad bytea;
    outer_pad bytea;
begin
    select k.inner_pad, k.outer_pad into inner_pad, outer_pad
      from atlvs.context_keys k
     where k.key_id = split_part(context, ':', 2) and k.retired_at is null;
    if split_part(context, ':', 4) = encode(sha256(outer_pad || sha256(inner_pad || convert_to(
            'atlvs-context-v1|' || split_part(context, ':', 1) || '|' || tenant || '|' || current_setting('atlvs.actor_id', true)
            || '|' || current_setting('atlvs.correlation_id', true) || '|' || split_part(context, ':', 2)
            || '|' || split_part(context, ':', 3), 'UTF8'))), 'hex') then
        if split_part(context, ':', 3)::bigint > extract(epoch from now()) then
            return tenant::uuid;
        end if;
    end if;
    return null;
end
$$;

-- The verified acting user of the current statement, or null (no actor, or no valid context).
create or replace function atlvs.current_actor() returns uuid
    language plpgsql stable parallel safe security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    context text := current_setting('atlvs.context', true);
    actor text := current_setting('atlvs.actor_id', true);
    inner_pad bytea;
    outer_pad bytea;
begin
    select k.inner_pad, k.outer_pad into inner_pad, outer_pad
      from atlvs.context_keys k
     where k.key_id = split_part(context, ':', 2) and k.retired_at is null;
    if split_part(context, ':', 4) = encode(sha256(outer_pad || sha256(inner_pad || convert_to(
            'atlvs-context-v1|' || split_part(context, ':', 1) || '|' || current_setting('atlvs.tenant_id', true) || '|' || actor
            || '|' || current_setting('atlvs.correlation_id', true) || '|' || split_part(context, ':', 2)
            || '|' || split_part(context, ':', 3), 'UTF8'))), 'hex') then
        if split_part(context, ':', 3)::bigint > extract(epoch from now()) then
            return nullif(actor, '')::uuid;
        end if;
    end if;
    return null;
end
$$;

-- The whole verified context in one check, for code that needs several parts of it (the audit trigger):
-- tenant, actor, correlation id and kind ('tenant' or 'system'), all null without a valid context.
create function atlvs.current_context(out tenant uuid, out actor uuid, out correlation uuid, out kind text)
    language plpgsql stable parallel safe security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    context text := current_setting('atlvs.context', true);
    claimed_tenant text := current_setting('atlvs.tenant_id', true);
    claimed_actor text := current_setting('atlvs.actor_id', true);
    claimed_correlation text := current_setting('atlvs.correlation_id', true);
    inner_pad bytea;
    outer_pad bytea;
begin
    select k.inner_pad, k.outer_pad into inner_pad, outer_pad
      from atlvs.context_keys k
     where k.key_id = split_part(context, ':', 2) and k.retired_at is null;
    if split_part(context, ':', 4) = encode(sha256(outer_pad || sha256(inner_pad || convert_to(
            'atlvs-context-v1|' || split_part(context, ':', 1) || '|' || claimed_tenant || '|' || claimed_actor
            || '|' || claimed_correlation || '|' || split_part(context, ':', 2)
            || '|' || split_part(context, ':', 3), 'UTF8'))), 'hex') then
        if split_part(context, ':', 3)::bigint > extract(epoch from now()) then
            tenant := claimed_tenant::uuid;
            actor := nullif(claimed_actor, '')::uuid;
            correlation := nullif(claimed_correlation, '')::uuid;
            kind := split_part(context, ':', 1);
        end if;
    end if;
end
$$;

-- Checks the proof of an opening and, when it holds, sets the context for the rest of the transaction.
-- Runs only inside the two opening functions below (with the owner's rights, to read the key). The
-- context expires an hour after the transaction began: it never expires inside its own transaction
-- (now() is the transaction's start), and a copy of its settings replayed in another transaction is
-- refused once that hour has passed.
create function atlvs.open_context(kind text, tenant uuid, actor uuid, correlation uuid, key_id text,
                                   issued_at timestamptz, proof bytea) returns void
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
as $$
declare
    inner_pad bytea;
    outer_pad bytea;
    effective_tenant text := coalesce(tenant, atlvs.platform_tenant())::text;
    expiry text := (floor(extract(epoch from now()))::bigint + 3600)::text;
begin
    select k.inner_pad, k.outer_pad into inner_pad, outer_pad
      from atlvs.context_keys k
     where k.key_id = open_context.key_id and k.retired_at is null;
    if not found then
        raise exception 'the transaction context was refused: its context key is not installed or is retired'
            using errcode = 'insufficient_privilege', hint = 'install the host''s context key (Atlvs.migrate does) or configure the installed one';
    end if;
    if issued_at is null or abs(extract(epoch from clock_timestamp() - issued_at)) > 300 then
        raise exception 'the transaction context was refused: it was issued more than five minutes away from the database''s clock'
            using errcode = 'insufficient_privilege';
    end if;
    if proof is null or proof <> sha256(outer_pad || sha256(inner_pad || convert_to(
            'atlvs-' || kind || '-v1|' || coalesce(tenant::text, '') || '|' || coalesce(actor::text, '')
            || '|' || coalesce(correlation::text, '') || '|' || key_id
            || '|' || floor(extract(epoch from issued_at) * 1000)::bigint::text || '|' || pg_backend_pid()::text, 'UTF8'))) then
        raise exception 'the transaction context was refused: its proof does not match'
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('atlvs.tenant_id', effective_tenant, true);
    perform set_config('atlvs.actor_id', coalesce(actor::text, ''), true);
    perform set_config('atlvs.correlation_id', coalesce(correlation::text, ''), true);
    perform set_config('atlvs.context', kind || ':' || key_id || ':' || expiry || ':' || encode(sha256(outer_pad || sha256(inner_pad
        || convert_to('atlvs-context-v1|' || kind || '|' || effective_tenant || '|' || coalesce(actor::text, '')
                      || '|' || coalesce(correlation::text, '') || '|' || key_id || '|' || expiry, 'UTF8'))), 'hex'), true);
end
$$;

revoke execute on function atlvs.open_context(text, uuid, uuid, uuid, text, timestamptz, bytea) from public;

-- Clears the context of the transaction.
create function atlvs.close_context() returns void
    language plpgsql volatile
    set search_path = pg_catalog
as $$
begin
    perform set_config('atlvs.tenant_id', '', true);
    perform set_config('atlvs.actor_id', '', true);
    perform set_config('atlvs.correlation_id', '', true);
    perform set_config('atlvs.context', '', true);
end
$$;

-- Opens the tenant context of a transaction on behalf of an active member, in one round trip: checks
-- the proof, sets tenant, actor and correlation id for this transaction only, and returns the actor's
-- membership as 'status:role' (null when the actor is no member). The context stays open only for an
-- active member; for anyone else the transaction is left with no context.
drop function atlvs.begin_tenant_transaction(uuid, uuid, uuid);
create function atlvs.begin_tenant_transaction(tenant uuid, actor uuid, correlation uuid, key_id text,
                                               issued_at timestamptz, proof bytea) returns text
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    membership text;
begin
    if tenant is null or actor is null then
        raise exception 'a tenant transaction names its organization and its acting user'
            using errcode = 'insufficient_privilege';
    end if;
    perform atlvs.open_context('tenant', tenant, actor, correlation, key_id, issued_at, proof);
    membership := (select m.status || ':' || m.role
                     from atlvs.organization_members m
                    where m.organization_id = tenant and m.user_id = actor);
    if membership is null or membership not like 'active:%' then
        perform atlvs.close_context();
    end if;
    return membership;
end
$$;

-- Opens the context of a platform operation, with no membership check: scoped to one organization, or,
-- with tenant null, to the platform tenant that owns platform-wide rows. The actor (optional) is
-- recorded on changes.
create function atlvs.begin_system_transaction(tenant uuid, actor uuid, correlation uuid, key_id text,
                                               issued_at timestamptz, proof bytea) returns void
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.open_context('system', tenant, actor, correlation, key_id, issued_at, proof);
end
$$;

-- The early refusal of a row outside the transaction's tenant (see V5) compares with the tenant the
-- settings claim, unverified: it only chooses the error raised before the look-ups of a trigger, and
-- never admits a row. Row-level security, with the verified tenant, still refuses every row that is not
-- the verified tenant's, and the trigger's look-ups see nothing without a verified tenant. Checking the
-- MAC here too would cost a verification per row on every write.
create or replace function atlvs.require_current_tenant(tenant uuid, table_name text) returns void
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
begin
    if tenant is distinct from nullif(current_setting('atlvs.tenant_id', true), '')::uuid then
        raise exception 'new row violates row-level security policy for table "%"', table_name
            using errcode = 'insufficient_privilege', table = table_name;
    end if;
end
$$;

-- Standard columns: the actor stamps are the verified actor's (null without one: a value written by
-- hand is never kept), and a revert or restore keeps creation stamps only when it runs with the owner's
-- rights (revert_transaction, restore_record), not because a transaction set atlvs.restoring itself.
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
            restoring := pg_has_role(current_user, (select c.relowner from pg_class c where c.oid = tg_relid), 'MEMBER');
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

-- The audit trigger takes tenant, actor and correlation id from the verified context (one check per
-- statement); its body is otherwise unchanged.
create or replace function atlvs.audit_statement() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column text := tg_argv[0];
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

-- The audit trail is written by the audit trigger only (it runs with the owner's rights): the run-time
-- role reads it, under row-level security, and nothing else. Partitions are reachable only through the
-- parent (seal_partition), whose privileges are the ones checked.
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke insert, update, delete, truncate, references, trigger on atlvs.audit_logs from %I', '${runtime_role}');
        execute format('revoke all on atlvs.audit_sealed_values from %I', '${runtime_role}');
    end if;
end
$$;
revoke all on atlvs.audit_logs, atlvs.audit_sealed_values from public;

-- No function that runs with the owner's rights is executable by PUBLIC. The run-time role may execute
-- those it calls: the context (opening it, and the checks that policies and triggers evaluate as the
-- caller), API key look-up, the event relay, the audit trail's history, revert and restore, and erasure.
-- Trigger functions need no EXECUTE privilege to fire. A generated test (DefinerFunctionsTest) lists the
-- functions the run-time role may execute, each with its justification.
do $$
declare
    definer regprocedure;
begin
    for definer in select p.oid::regprocedure
                     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'atlvs' and p.prosecdef loop
        execute format('revoke execute on function %s from public', definer);
    end loop;
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.current_tenant(), atlvs.current_actor(), atlvs.current_context(), '
                           'atlvs.begin_tenant_transaction(uuid, uuid, uuid, text, timestamptz, bytea), '
                           'atlvs.begin_system_transaction(uuid, uuid, uuid, text, timestamptz, bytea), '
                           'atlvs.api_key_organization(text), '
                           'atlvs.relay_claim(text, uuid, timestamptz, interval, integer), '
                           'atlvs.relay_finish(text, uuid, uuid, timestamptz), '
                           'atlvs.audit_state_at(text, uuid, timestamptz), '
                           'atlvs.revert_transaction(bigint, boolean), '
                           'atlvs.restore_record(text, uuid, timestamptz), '
                           'atlvs.anonymize_user(uuid) '
                       'to %I', '${runtime_role}');
    end if;
end
$$;
