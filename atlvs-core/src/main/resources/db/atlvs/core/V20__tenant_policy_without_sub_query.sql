-- The tenant policy compares the tenant column with atlvs.current_tenant() directly, without the sub-select
-- that wrapped it: organization_id = atlvs.current_tenant(). Citus, which distributes every tenant table by
-- organization_id, refuses a policy that holds a sub-query; a function call is not one.
--
-- current_tenant() is STABLE: where the policy's comparison is an index condition (every statement of the
-- SDK filters on the organization-leading indexes), the executor evaluates it once per scan, as it did the
-- sub-select's initplan; where it is a filter, once per row read. Decision 0011 has the measurements.
--
-- The users' membership policy looks the user up through a function as well (a function call again, where
-- the EXISTS was a sub-query), with the same rows visible: it runs as the caller, under the row-level
-- security of organization_members, like the sub-query it replaces.

create or replace function atlvs.apply_tenant_policy(target regclass, tenant_column name) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists tenant_isolation on %s', target);
    execute format(
        'create policy tenant_isolation on %s for all '
            'using (%I = atlvs.current_tenant()) '
            'with check (%I = atlvs.current_tenant())',
        target, tenant_column, tenant_column);
end
$$;

-- Every registered tenant table, and every partition of one (the audit trail's and the webhook attempt log's
-- months, sealed with the same policy), gets the policy again.
do $$
declare
    registered record;
begin
    for registered in select format('atlvs.%I', r.table_name)::regclass as target, r.tenant_column
                        from atlvs.registered_tables r
                       where r.scope = 'tenant'
                      union all
                      select i.inhrelid::regclass, r.tenant_column
                        from atlvs.registered_tables r
                        join pg_inherits i on i.inhparent = format('atlvs.%I', r.table_name)::regclass
                       where r.scope = 'tenant'
                       order by 1 loop
        perform atlvs.apply_tenant_policy(registered.target, registered.tenant_column);
    end loop;
end
$$;

-- Whether user_id is a member (in any status) of the transaction's verified tenant. Row-level security of
-- organization_members applies to the look-up, which reads the caller's own tenant only.
create function atlvs.is_member_of_current_tenant(user_id uuid) returns boolean
    language plpgsql stable parallel safe
    set search_path = pg_catalog, atlvs
as $$
begin
    return exists (select 1
                     from atlvs.organization_members m
                    where m.organization_id = atlvs.current_tenant()
                      and m.user_id = is_member_of_current_tenant.user_id);
end
$$;

drop policy platform_access on atlvs.users;
create policy platform_access on atlvs.users for all
    using (atlvs.current_tenant() = atlvs.platform_tenant())
    with check (atlvs.current_tenant() = atlvs.platform_tenant());

drop policy members_of_tenant on atlvs.users;
create policy members_of_tenant on atlvs.users for select
    using (atlvs.is_member_of_current_tenant(id));
