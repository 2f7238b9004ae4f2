-- The transaction's context reaches every node of a distributed database.
--
-- Distributed with Citus, statements on shards run in other sessions (on other nodes, or over connections
-- to the coordinator itself): a setting made with set_config stays in the coordinator's session, while a
-- SET LOCAL is sent along to every shard connection of the transaction once citus.propagate_set_commands
-- is 'local'. The openings, the close of a context and the audit reason therefore set the transaction's
-- settings through atlvs.set_local, which issues SET LOCAL (and switches the propagation on) where Citus
-- is loaded, and keeps the cheaper set_config elsewhere. The shards verify the context's MAC with the same
-- key (atlvs.context_keys is a reference table there).

-- The transaction's id as the audit trail records it: the coordinator's transaction id where Citus is loaded
-- (shards run in sessions of their own, each with a transaction id of its own; the opening of the context
-- sends the coordinator's as atlvs.transaction_id), else this session's.
create function atlvs.current_transaction_id() returns bigint
    language sql stable parallel safe
    set search_path = pg_catalog
as $$
    select coalesce(nullif(current_setting('atlvs.transaction_id', true), '')::bigint, pg_current_xact_id()::text::bigint)
$$;

-- Sets one of the SDK's transaction settings (atlvs.*) until the end of the transaction, on every node.
create function atlvs.set_local(setting text, value text) returns void
    language plpgsql volatile
    set search_path = pg_catalog
as $$
begin
    if setting !~ '^atlvs\.[a-z_]+$' then
        raise exception 'only the settings of the SDK (atlvs.*) are set here' using errcode = 'invalid_parameter_value';
    end if;
    if current_setting('citus.propagate_set_commands', true) is null then
        perform set_config(setting, coalesce(value, ''), true);
    else
        set local citus.propagate_set_commands = 'local';
        -- Policies and triggers on shards verify the context against atlvs.context_keys, a reference table: a
        -- query on the node's own copy from within a shard's query, which Citus counts as nested.
        set local citus.allow_nested_distributed_execution = on;
        execute 'set local ' || setting || ' = ' || quote_literal(coalesce(value, ''));
    end if;
end
$$;

create or replace function atlvs.open_context(kind text, tenant uuid, actor uuid, correlation uuid, key_id text,
                                   issued_at timestamptz, proof bytea) returns void
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
as $$
declare
    mac text;
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
    mac := kind || ':' || key_id || ':' || expiry || ':' || encode(sha256(outer_pad || sha256(inner_pad
        || convert_to('atlvs-context-v1|' || kind || '|' || effective_tenant || '|' || coalesce(actor::text, '')
                      || '|' || coalesce(correlation::text, '') || '|' || key_id || '|' || expiry, 'UTF8'))), 'hex');
    if current_setting('citus.propagate_set_commands', true) is null then
        -- One server: set_config, in one statement (an opening is on the path of every transaction).
        perform set_config('atlvs.tenant_id', effective_tenant, true), set_config('atlvs.actor_id', coalesce(actor::text, ''), true),
                set_config('atlvs.correlation_id', coalesce(correlation::text, ''), true), set_config('atlvs.context', mac, true);
    else
        perform atlvs.set_local('atlvs.tenant_id', effective_tenant);
        perform atlvs.set_local('atlvs.actor_id', coalesce(actor::text, ''));
        perform atlvs.set_local('atlvs.correlation_id', coalesce(correlation::text, ''));
        perform atlvs.set_local('atlvs.transaction_id', pg_current_xact_id()::text);
        perform atlvs.set_local('atlvs.context', mac);
    end if;
end
$$;

create or replace function atlvs.close_context() returns void
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.set_local('atlvs.tenant_id', '');
    perform atlvs.set_local('atlvs.actor_id', '');
    perform atlvs.set_local('atlvs.correlation_id', '');
    perform atlvs.set_local('atlvs.context', '');
end
$$;

-- The checks of the context answer at once when there is none, without reading the keys: a statement outside any
-- context (a pooled connection's first, a platform look-up before its opening) costs no key read, and on the
-- shards of a distributed database reads no reference table.
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
    if context is null or context = '' then
        return null;
    end if;
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
    if context is null or context = '' then
        return null;
    end if;
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

create or replace function atlvs.current_context(out tenant uuid, out actor uuid, out correlation uuid, out kind text)
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
    if context is null or context = '' then
        return;
    end if;
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
