-- The relay's queue is claimed per organization. It was keyed (kind, item_id) and claimed across tenants with
-- one FOR UPDATE SKIP LOCKED, which Citus cannot run over a table distributed by organization_id; kept whole on
-- every node instead (a reference table), every claim would lock the queue's one shard and serialize the
-- workers. Now the queue is keyed (organization_id, kind, item_id), distributed like the events and deliveries
-- its rows point at (written in the same shard as they are), and a claim first finds the organizations with the
-- oldest due work (a plain read, no lock), then claims in each, one organization at a time (each statement reads
-- and locks the rows of one organization, so workers skip each other's rows as before).
--
-- The registry says how a table is distributed: a tenant column (tenant tables, and internal tables such as this
-- queue that are not exposed to tenants but follow their organization), or none (global and internal tables kept
-- whole on every node).

alter table atlvs.registered_tables
    drop constraint registered_tables_tenant_column_check,
    add constraint registered_tables_tenant_column_check
        check ((scope = 'tenant' and tenant_column is not null)
               or (scope = 'global' and tenant_column is null)
               or scope = 'internal');

comment on column atlvs.registered_tables.tenant_column is
    'The column the rows'' organization is in, which Citus distributes the table by; null for a table kept whole on every node.';

-- Registers a table that is not a tenant table: platform-wide tables get the standard-column and audit
-- triggers (their changes are audited under the platform tenant); internal tables get nothing, and name their
-- tenant column when their rows belong to one organization each.
drop function atlvs.register_table(regclass, text, text[]);
create function atlvs.register_table(target regclass, scope text, sensitive_columns text[] default '{}',
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
end
$$;
revoke execute on function atlvs.register_table(regclass, text, text[], name) from public;

alter table atlvs.relay_queue
    drop constraint relay_queue_pkey,
    add constraint relay_queue_pkey primary key (organization_id, kind, item_id);
-- The organizations with the oldest due work, across tenants; then the due work of one organization.
create index relay_queue_tenant_due_idx on atlvs.relay_queue (organization_id, kind, next_attempt_at);
select atlvs.register_table('atlvs.relay_queue', 'internal', tenant_column => 'organization_id');

-- Claims up to batch due items of one kind for worker until now + lease; returns them with the number of times
-- each was claimed. The batch oldest due items are found across organizations (without a lock), then claimed
-- organization by organization, oldest first: in each, as many of its oldest due items as it has among them,
-- skipping those another worker holds. Only outside tenant transactions: a tenant never drives the relay.
create or replace function atlvs.relay_claim(kind text, worker uuid, now timestamptz, lease interval, batch integer)
    returns table (organization_id uuid, item_id uuid, attempts integer)
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    due_in record;
begin
    if atlvs.current_tenant() is not null then
        raise exception 'the relay claims work outside tenant transactions' using errcode = 'insufficient_privilege';
    end if;
    for due_in in select d.organization_id, count(*)::integer as items
                    from (select q.organization_id, q.next_attempt_at
                            from atlvs.relay_queue q
                           where q.kind = relay_claim.kind and q.next_attempt_at <= now
                             and (q.locked_until is null or q.locked_until <= now)
                           order by q.next_attempt_at
                           limit batch) d
                   group by d.organization_id
                   order by min(d.next_attempt_at) loop
        return query
            update atlvs.relay_queue q
               set locked_by = worker, locked_until = now + lease, attempts = q.attempts + 1
              from (select d.kind, d.item_id
                      from atlvs.relay_queue d
                     where d.organization_id = due_in.organization_id and d.kind = relay_claim.kind and d.next_attempt_at <= now
                       and (d.locked_until is null or d.locked_until <= now)
                     order by d.next_attempt_at
                     limit due_in.items
                     for update skip locked) due
             where q.organization_id = due_in.organization_id and q.kind = due.kind and q.item_id = due.item_id
            returning q.organization_id, q.item_id, q.attempts;
    end loop;
end
$$;

-- Finishes an item the worker still holds, in the transaction of its organization: removes it, or
-- schedules it again at next_attempt_at. Returns false (and changes nothing) when the lease was lost, so
-- that the caller rolls back what it was about to record. Every statement reads the one organization.
create or replace function atlvs.relay_finish(kind text, item uuid, worker uuid, next_attempt_at timestamptz) returns boolean
    language plpgsql security definer
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
