-- A row that names itself as its own parent (a location its own parent, a task its own sub-task, a
-- person their own manager, an account its own parent) breaks the CHECK constraint of its table
-- (locations_parent_check, project_tasks_parent_task_id_check, user_profiles_manager_check,
-- accounts_parent_account_id_check), the rule the SDK's Java checks report as well. check_acyclic,
-- which runs before those checks in the tables' triggers, no longer reports that case as a loop of
-- its own, so the rule keeps one name whoever catches it; longer loops are still its to refuse.
create or replace function atlvs.check_acyclic(
    target regclass, tenant uuid, id uuid, parent_id uuid,
    key_column name, parent_column name, constraint_name text, column_name text
) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    loops boolean;
begin
    if parent_id is null or parent_id = id then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext(target::text || '.' || parent_column), hashtext(tenant::text));
    execute format(
        'with recursive chain(node, depth) as ('
            ' select t.%2$I, 1 from %1$s t where t.organization_id = $1 and t.%3$I = $2'
            ' union all'
            ' select t.%2$I, c.depth + 1 from chain c join %1$s t on t.organization_id = $1 and t.%3$I = c.node'
            ' where c.node is not null and c.depth < 10000)'
        ' select exists (select 1 from chain where node = $3)',
        target, parent_column, key_column)
        into loops
        using tenant, parent_id, id;
    if loops then
        raise exception 'the change would make a loop in %', (select c.relname from pg_class c where c.oid = target)
            using errcode = 'check_violation', constraint = constraint_name,
                  table = (select c.relname from pg_class c where c.oid = target), column = column_name;
    end if;
end
$$;
