-- The schema on shards that are reached over connections of their own (a cluster of several nodes, or one node
-- with Citus's local execution turned off).
--
-- A query over a distributed or reference table runs on the node holding the shard, and its parameters travel
-- there as text: a regclass printed under this schema's search path loses its schema ("users") and no longer
-- names the table on the shard's session. The functions below therefore look a table's name up locally first
-- and pass plain names to such queries.

create or replace function atlvs.distribute_table(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column name;
    target_name name;
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
    select c.relname into target_name from pg_class c where c.oid = target;
    select r.tenant_column into tenant_column
      from atlvs.registered_tables r
     where r.table_name = target_name;
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

-- A policy made on a distributed table is sent to its shards as deparsed here: under a search path holding the
-- atlvs schema its function loses the schema (current_tenant()) and is not found in the shard's session. The
-- policy is therefore made under pg_catalog alone (the monthly partitions of the audit trail and the webhook
-- attempt log are sealed so at run time).
alter function atlvs.apply_tenant_policy(regclass, name) set search_path = pg_catalog;

-- The change feed's wake-up. Where a shard of the audit trail is reached over a connection of Citus's own (its
-- application name starts with citus_internal), the statement runs in a session no listener is connected to, and
-- a notification there would stop the transaction's two-phase commit (a prepared transaction cannot have
-- notified): the feed reads such changes on its poll instead. Elsewhere it notifies as before.
create or replace function atlvs.notify_changes() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if current_setting('application_name', true) like 'citus\_internal%' then
        return null;
    end if;
    perform pg_notify('atlvs_changes',
                      coalesce(atlvs.current_tenant()::text, '') || ':' || atlvs.current_transaction_id()::text);
    return null;
end
$$;
