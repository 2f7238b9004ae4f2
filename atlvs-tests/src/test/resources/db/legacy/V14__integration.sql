-- The integration surface: API keys, the domain event store with its outbox, webhooks with their
-- deliveries and attempt log, and the notifications that feed the real-time change feed.
--
-- Two processes work across tenants here and get narrow, documented doors instead of any weakening of
-- the tenant policy: the API key lookup (a key names its organization only once it is verified) and the
-- relay (which claims due work by identifier, then reads and writes the work's rows in a transaction of
-- that organization, under row-level security like any other). Both doors are security-definer
-- functions over internal tables that hold identifiers only and that the run-time role cannot touch.

-- Registers an append-only or high-churn tenant log (the event store, webhook deliveries and attempts):
-- row-level security enabled and forced with the one tenant policy, but neither standard columns nor an
-- audit trail of its own; the log is itself the history.
create function atlvs.register_log_table(target regclass, tenant_column name default 'organization_id') returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    perform atlvs.apply_tenant_policy(target, tenant_column);
    insert into atlvs.registered_tables as r (table_name, scope, tenant_column, audited)
    values (table_name, 'tenant', tenant_column, false)
    on conflict on constraint registered_tables_pkey do update
        set scope = excluded.scope, tenant_column = excluded.tenant_column, audited = false;
end
$$;

revoke execute on function atlvs.register_log_table(regclass, name) from public;

-- Rows of an append-only log are never changed or removed by statements.
create function atlvs.append_only() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    raise exception '% is append-only', tg_table_name
        using errcode = 'insufficient_privilege', table = tg_table_name;
end
$$;

-- API keys ----------------------------------------------------------------------------------------

-- Machine credentials of one member. The key is atlvs_<16 base32 characters>_<secret>; the first part
-- (the prefix) is displayed and indexed, only the SHA-256 of the whole key is stored. Scopes bound what
-- a request made with the key may do, within the member's own permissions.
create table atlvs.api_keys (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    user_id         uuid        not null,
    name            text        not null,
    key_prefix      text        not null,
    key_hash        text        not null,
    scopes          text[]      not null,
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint api_keys_pkey primary key (organization_id, id),
    constraint api_keys_prefix_unique unique (organization_id, key_prefix),
    -- A key acts for its member and goes with the membership.
    constraint api_keys_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id) on delete cascade,
    constraint api_keys_name_check check (length(btrim(name)) between 1 and 100),
    constraint api_keys_prefix_check check (key_prefix ~ '^atlvs_[a-z2-7]{16}$'),
    constraint api_keys_hash_check check (key_hash ~ '^[0-9a-f]{64}$'),
    constraint api_keys_scopes_check check (cardinality(scopes) between 1 and 100
        and array_position(scopes, null) is null)
);
create index api_keys_user_idx on atlvs.api_keys (organization_id, user_id);
select atlvs.register_tenant_table('atlvs.api_keys', sensitive_columns => array['key_hash']);

-- Which organization a key prefix belongs to, kept by trigger; read only through api_key_organization.
create table atlvs.api_key_prefixes (
    key_prefix      text primary key,
    organization_id uuid not null,
    api_key_id      uuid not null
);
select atlvs.register_table('atlvs.api_key_prefixes', 'internal');

create function atlvs.index_api_key_prefix() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'INSERT' then
        insert into atlvs.api_key_prefixes (key_prefix, organization_id, api_key_id)
        values (new.key_prefix, new.organization_id, new.id)
        on conflict (key_prefix) do nothing;
        if not exists (select 1 from atlvs.api_key_prefixes p where p.key_prefix = new.key_prefix and p.api_key_id = new.id) then
            raise exception 'the key prefix is taken'
                using errcode = 'unique_violation', constraint = 'api_keys_prefix_unique', table = 'api_keys', column = 'key_prefix';
        end if;
        return new;
    end if;
    delete from atlvs.api_key_prefixes p where p.key_prefix = old.key_prefix and p.api_key_id = old.id;
    return old;
end
$$;

create trigger index_prefix
    after insert or delete on atlvs.api_keys
    for each row execute function atlvs.index_api_key_prefix();

-- The organization of the key with this (public) prefix, or null: the one thing known before a
-- presented key is verified, so that the key's row can then be read under that organization's
-- row-level security. Refused inside a tenant transaction, which has no use for it.
create function atlvs.api_key_organization(prefix text) returns uuid
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.current_tenant() is not null then
        raise exception 'api keys are looked up before a tenant is set' using errcode = 'insufficient_privilege';
    end if;
    return (select p.organization_id from atlvs.api_key_prefixes p where p.key_prefix = prefix);
end
$$;

-- Domain events -----------------------------------------------------------------------------------

-- The event store: what happened to an aggregate, in order. Sequences are gap-free per aggregate
-- (the SDK appends under a transaction lock on the aggregate), and events are never changed.
create table atlvs.domain_events (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    aggregate_type  text        not null,
    aggregate_id    uuid        not null,
    sequence        bigint      not null,
    event_type      text        not null,
    payload         jsonb       not null default '{}',
    actor_id        uuid,
    correlation_id  uuid,
    transaction_id  bigint      not null default pg_current_xact_id()::text::bigint,
    occurred_at     timestamptz not null,
    constraint domain_events_pkey primary key (organization_id, id),
    constraint domain_events_sequence_unique unique (organization_id, aggregate_type, aggregate_id, sequence),
    constraint domain_events_sequence_check check (sequence >= 1),
    constraint domain_events_aggregate_type_check check (aggregate_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint domain_events_event_type_check
        check (event_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' and length(event_type) <= 100),
    constraint domain_events_payload_check check (jsonb_typeof(payload) = 'object' and octet_length(payload::text) <= 65536)
);
create index domain_events_time_idx on atlvs.domain_events (organization_id, occurred_at, id);
select atlvs.register_log_table('atlvs.domain_events');
create trigger append_only
    before update or delete on atlvs.domain_events
    for each row execute function atlvs.append_only();

-- Webhooks ----------------------------------------------------------------------------------------

-- An organization's endpoint for domain events. The signing secret is encrypted by the SDK (AES-GCM
-- with a host key named by secret_key_id); the database never sees it in clear.
create table atlvs.webhooks (
    organization_id   uuid        not null,
    id                uuid        not null default atlvs.uuid_v7(),
    name              text        not null,
    url               text        not null,
    event_types       text[]      not null,
    secret_ciphertext text        not null,
    secret_key_id     text        not null,
    status            text        not null default 'active',
    disabled_reason   text,
    disabled_at       timestamptz,
    timeout_seconds   integer     not null default 10,
    max_attempts      integer     not null default 8,
    failure_count     integer     not null default 0,
    failing_since     timestamptz,
    last_success_at   timestamptz,
    last_failure_at   timestamptz,
    created_at        timestamptz not null,
    created_by        uuid,
    updated_at        timestamptz not null,
    updated_by        uuid,
    version           bigint      not null,
    constraint webhooks_pkey primary key (organization_id, id),
    constraint webhooks_name_check check (length(btrim(name)) between 1 and 100),
    constraint webhooks_url_check check (url ~ '^https?://' and length(url) <= 2048),
    constraint webhooks_event_types_check check (cardinality(event_types) between 1 and 100
        and array_position(event_types, null) is null),
    constraint webhooks_secret_key_id_check check (length(secret_key_id) between 1 and 100),
    constraint webhooks_status_check check (status in ('active', 'disabled')),
    constraint webhooks_disabled_check check ((status = 'disabled') = (disabled_at is not null)),
    constraint webhooks_disabled_reason_check check (length(disabled_reason) <= 500),
    constraint webhooks_timeout_check check (timeout_seconds between 1 and 60),
    constraint webhooks_max_attempts_check check (max_attempts between 1 and 20),
    constraint webhooks_failure_count_check check (failure_count >= 0)
);
-- The active endpoints subscribed to an event type, found when an event is dispatched.
create index webhooks_event_types_idx on atlvs.webhooks using gin (event_types) where status = 'active';
select atlvs.register_tenant_table('atlvs.webhooks', sensitive_columns => array['secret_ciphertext']);

-- The state of one event's delivery to one endpoint; each attempt is in webhook_logs.
-- Transitions: pending -> delivered | failed | cancelled; failed | cancelled | delivered -> pending (replay).
create table atlvs.webhook_deliveries (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    webhook_id       uuid        not null,
    event_id         uuid        not null,
    event_type       text        not null,
    status           text        not null default 'pending',
    attempt_count    integer     not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    constraint webhook_deliveries_pkey primary key (organization_id, id),
    constraint webhook_deliveries_event_unique unique (organization_id, webhook_id, event_id),
    constraint webhook_deliveries_webhook_fkey foreign key (organization_id, webhook_id)
        references atlvs.webhooks (organization_id, id) on delete cascade,
    constraint webhook_deliveries_event_fkey foreign key (organization_id, event_id)
        references atlvs.domain_events (organization_id, id),
    constraint webhook_deliveries_status_check check (status in ('pending', 'delivered', 'failed', 'cancelled')),
    constraint webhook_deliveries_pending_check check ((status = 'pending') = (next_attempt_at is not null)),
    constraint webhook_deliveries_attempt_count_check check (attempt_count >= 0),
    constraint webhook_deliveries_last_error_check check (length(last_error) <= 500)
);
create index webhook_deliveries_event_idx on atlvs.webhook_deliveries (organization_id, event_id);
create index webhook_deliveries_status_idx on atlvs.webhook_deliveries (organization_id, status, created_at);
select atlvs.register_log_table('atlvs.webhook_deliveries');

-- Every delivery attempt, append-only and partitioned by month like the audit trail.
create table atlvs.webhook_logs (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    attempted_at     timestamptz not null,
    delivery_id      uuid        not null,
    webhook_id       uuid        not null,
    event_id         uuid        not null,
    attempt          integer     not null,
    outcome          text        not null,
    status_code      integer,
    latency_ms       integer,
    response_excerpt text,
    error            text,
    constraint webhook_logs_pkey primary key (organization_id, id, attempted_at),
    constraint webhook_logs_attempt_check check (attempt >= 1),
    constraint webhook_logs_outcome_check check (outcome in ('delivered', 'failed', 'timeout', 'blocked', 'gone')),
    constraint webhook_logs_latency_check check (latency_ms >= 0),
    constraint webhook_logs_response_check check (length(response_excerpt) <= 1000),
    constraint webhook_logs_error_check check (length(error) <= 500)
) partition by range (attempted_at);
create index webhook_logs_delivery_idx on atlvs.webhook_logs (organization_id, delivery_id, attempted_at);
create index webhook_logs_webhook_idx on atlvs.webhook_logs (organization_id, webhook_id, attempted_at);
create table atlvs.webhook_logs_default partition of atlvs.webhook_logs default;
select atlvs.seal_partition('atlvs.webhook_logs_default');
select atlvs.register_log_table('atlvs.webhook_logs');
create trigger append_only
    before update or delete on atlvs.webhook_logs
    for each row execute function atlvs.append_only();

-- Monthly partitions of the attempt log, created ahead by the maintenance call.
create function atlvs.create_webhook_log_partitions(through date) returns setof text
    language sql
    set search_path = pg_catalog, atlvs
as $$
    select atlvs.create_monthly_partitions('atlvs.webhook_logs', through)
$$;
revoke execute on function atlvs.create_webhook_log_partitions(date) from public;
select atlvs.create_webhook_log_partitions((date_trunc('month', now()) + interval '2 months')::date);

-- The relay's queue ------------------------------------------------------------------------------

-- Due work of the relay across tenants, by identifier only: an event to dispatch or a delivery to
-- attempt. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED, so workers run side by side) and
-- finished by the lease holder only; a worker that dies leaves its lease to expire, and the work is
-- claimed again. Filled by triggers whatever code writes the events and deliveries.
create table atlvs.relay_queue (
    kind            text        not null,
    item_id         uuid        not null,
    organization_id uuid        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    locked_by       uuid,
    locked_until    timestamptz,
    constraint relay_queue_pkey primary key (kind, item_id),
    constraint relay_queue_kind_check check (kind in ('event', 'webhook'))
);
create index relay_queue_due_idx on atlvs.relay_queue (kind, next_attempt_at);
select atlvs.register_table('atlvs.relay_queue', 'internal');

create function atlvs.enqueue_event() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    insert into atlvs.relay_queue (kind, item_id, organization_id, next_attempt_at)
    values ('event', new.id, new.organization_id, new.occurred_at);
    return null;
end
$$;

create trigger enqueue
    after insert on atlvs.domain_events
    for each row execute function atlvs.enqueue_event();

create function atlvs.enqueue_delivery() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    insert into atlvs.relay_queue (kind, item_id, organization_id, next_attempt_at)
    values ('webhook', new.id, new.organization_id, new.next_attempt_at)
    on conflict on constraint relay_queue_pkey do update
        set next_attempt_at = excluded.next_attempt_at, attempts = 0, locked_by = null, locked_until = null;
    return null;
end
$$;

create trigger enqueue_new
    after insert on atlvs.webhook_deliveries
    for each row when (new.status = 'pending') execute function atlvs.enqueue_delivery();
create trigger enqueue_replayed
    after update of status on atlvs.webhook_deliveries
    for each row when (old.status <> 'pending' and new.status = 'pending') execute function atlvs.enqueue_delivery();

-- Claims up to batch due items of one kind for worker until now + lease; returns them with the number
-- of times each was claimed. Only outside tenant transactions: a tenant never drives the relay.
create function atlvs.relay_claim(kind text, worker uuid, now timestamptz, lease interval, batch integer)
    returns table (organization_id uuid, item_id uuid, attempts integer)
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.current_tenant() is not null then
        raise exception 'the relay claims work outside tenant transactions' using errcode = 'insufficient_privilege';
    end if;
    return query
        update atlvs.relay_queue q
           set locked_by = worker, locked_until = now + lease, attempts = q.attempts + 1
          from (select d.kind, d.item_id
                  from atlvs.relay_queue d
                 where d.kind = relay_claim.kind and d.next_attempt_at <= now
                   and (d.locked_until is null or d.locked_until <= now)
                 order by d.next_attempt_at
                 limit batch
                 for update skip locked) due
         where q.kind = due.kind and q.item_id = due.item_id
        returning q.organization_id, q.item_id, q.attempts;
end
$$;

-- Finishes an item the worker still holds, in the transaction of its organization: removes it, or
-- schedules it again at next_attempt_at. Returns false (and changes nothing) when the lease was lost, so
-- that the caller rolls back what it was about to record.
create function atlvs.relay_finish(kind text, item uuid, worker uuid, next_attempt_at timestamptz) returns boolean
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    held boolean;
begin
    select true into held
      from atlvs.relay_queue q
     where q.kind = relay_finish.kind and q.item_id = item and q.locked_by = worker
       and q.organization_id = atlvs.current_tenant()
       for update;
    if held is null then
        return false;
    end if;
    if next_attempt_at is null then
        delete from atlvs.relay_queue q where q.kind = relay_finish.kind and q.item_id = item;
    else
        update atlvs.relay_queue q
           set next_attempt_at = relay_finish.next_attempt_at, locked_by = null, locked_until = null
         where q.kind = relay_finish.kind and q.item_id = item;
    end if;
    return true;
end
$$;

-- Change feed -------------------------------------------------------------------------------------

-- Every statement that writes audit rows wakes the change feed after commit: the payload is the
-- tenant and the transaction id, nothing else (identical payloads of one transaction fold into one).
create function atlvs.notify_changes() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform pg_notify('atlvs_changes',
                      coalesce(atlvs.current_tenant()::text, '') || ':' || pg_current_xact_id()::text);
    return null;
end
$$;

create trigger notify_changes
    after insert on atlvs.audit_logs
    for each statement execute function atlvs.notify_changes();

-- The change feed's watermark: every transaction with a smaller id has ended, so audit rows below it
-- are final and a catch-up up to it can never miss a row that commits later.
create function atlvs.change_feed_watermark() returns bigint
    language sql volatile
    set search_path = pg_catalog
as $$ select pg_snapshot_xmin(pg_current_snapshot())::text::bigint $$;

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke all on atlvs.api_key_prefixes from %I', '${runtime_role}');
        execute format('revoke all on atlvs.relay_queue from %I', '${runtime_role}');
        execute format('revoke update, delete, truncate on atlvs.domain_events from %I', '${runtime_role}');
        execute format('revoke update, delete, truncate on atlvs.webhook_logs from %I', '${runtime_role}');
    end if;
end
$$;
