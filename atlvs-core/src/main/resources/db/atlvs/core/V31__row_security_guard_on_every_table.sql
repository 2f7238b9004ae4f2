-- Every table under row-level security gets the row-security guard of V29 where Citus is installed, whenever it is
-- registered. V29 installed it on the tables registered at that moment only: on a new database that is the core's
-- tables, since the core migrates before the other modules, so the tables of projects, finance, people and every
-- later module (and the core's own later ones) went without it. Distributing a table now installs it, and so does
-- atlvs.distribute_schema (which the migrator runs after each module) for a table distributed earlier; the tables
-- registered so far get it here.

-- Installs the guard on `target` unless it has it (a registered table's tenant column decides what it checks).
create function atlvs.guard_row_security(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant_column name;
    target_name name;
begin
    if not atlvs.citus_installed()
       or exists (select 1 from pg_trigger t where t.tgrelid = target and t.tgname = 'row_security_guard') then
        return;
    end if;
    select c.relname into target_name from pg_class c where c.oid = target;
    select r.tenant_column into tenant_column from atlvs.registered_tables r where r.table_name = target_name;
    perform atlvs.install_row_security_guard(target, tenant_column);
end
$$;

revoke execute on function atlvs.guard_row_security(regclass) from public;

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
        perform atlvs.guard_row_security(target);
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
    perform atlvs.guard_row_security(target);
end
$$;

revoke execute on function atlvs.distribute_table(regclass) from public;

do $$
declare
    registration record;
begin
    if not atlvs.citus_installed() then
        return;
    end if;
    for registration in select to_regclass('atlvs.' || quote_ident(r.table_name)) as target
                          from atlvs.registered_tables r
                         where to_regclass('atlvs.' || quote_ident(r.table_name)) is not null
                         order by r.table_name loop
        perform atlvs.guard_row_security(registration.target);
    end loop;
end
$$;
