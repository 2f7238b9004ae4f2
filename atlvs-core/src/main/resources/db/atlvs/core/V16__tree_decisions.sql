-- Trees (locations, manager chains, sub-tasks, accounts): the edges of one tree of an organization are
-- decided one transaction at a time at every isolation level (V14), and a row naming itself as its own
-- parent is left to the CHECK constraint of its table (V13), so that rule keeps one name whoever catches
-- it. This definition holds both; V14 had been written over V13's.
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
    perform atlvs.serialize_decision(tenant, constraint_name, tenant);
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
