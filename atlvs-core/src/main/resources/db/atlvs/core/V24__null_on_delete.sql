-- Optional references whose target may be deleted (a location's parent, a task's assignee, an entry's project)
-- lose it: the referencing column is set to null and the row stays. The foreign keys did it with
-- ON DELETE SET NULL (column), which Citus refuses on a key that holds the distribution column (and it ignores
-- the column list, so it would null organization_id too). The keys become plain (NO ACTION) and a trigger on
-- the referenced table nulls the column in the rows of the same organization that point at the deleted row,
-- installed by atlvs.null_on_delete (one call per key, in the migration of the key's module).
--
-- The trigger fires after each deleted row, before the key's own check of that row: the key's internal
-- triggers are named RI_ConstraintTrigger_..., triggers of one event fire in the order of their names, and
-- this one is named NULL_ON_DELETE_<key>, which sorts before them. So a delete nulls what points at the row,
-- and a statement that deletes a row together with the rows pointing at it (a parent location and its
-- children, an organization and everything in it) deletes them all, as the key's own action did.

-- Sets <column> to null in the rows of the referencing table whose key columns equal the deleted row's
-- referenced columns. Arguments: the referencing table (in schema atlvs), the column, the referencing key
-- columns, the referenced columns (text arrays, in the key's order). It runs as the deleting user, under
-- row-level security: the deleted row was of the transaction's tenant, and so are the rows pointing at it.
create function atlvs.null_references() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    key_columns text[] := tg_argv[2]::text[];
    referenced_columns text[] := tg_argv[3]::text[];
begin
    execute format('update atlvs.%I t set %I = null where %s', tg_argv[0], tg_argv[1],
                   (select string_agg(format('t.%I = ($1).%I', key_columns[i], referenced_columns[i]), ' and ' order by i)
                      from generate_subscripts(key_columns, 1) i))
        using old;
    return null;
end
$$;

-- Replaces the ON DELETE SET NULL (column) action of the foreign key constraint_name of referencing by the
-- trigger above: the key is re-created without an action (same name, columns and referenced table), and the
-- trigger NULL_ON_DELETE_<constraint_name> is created on the referenced table.
create function atlvs.null_on_delete(referencing regclass, constraint_name name) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    foreign_key pg_constraint;
    key_columns text[];
    referenced_columns text[];
    nulled text;
    trigger_name text := 'NULL_ON_DELETE_' || constraint_name;
begin
    select * into foreign_key
      from pg_constraint c
     where c.conrelid = referencing and c.conname = constraint_name and c.contype = 'f';
    if not found then
        raise exception 'no foreign key % on %', constraint_name, referencing using errcode = 'undefined_object';
    end if;
    if foreign_key.confdeltype <> 'n' or cardinality(foreign_key.confdelsetcols) is distinct from 1 then
        raise exception 'the foreign key % does not set one column null on delete', constraint_name
            using errcode = 'invalid_parameter_value';
    end if;
    if length(trigger_name) > 63 then
        raise exception 'the name of the foreign key % is too long for its trigger', constraint_name
            using errcode = 'name_too_long';
    end if;
    key_columns := array(select a.attname::text
                           from unnest(foreign_key.conkey) with ordinality k(attnum, position)
                           join pg_attribute a on a.attrelid = foreign_key.conrelid and a.attnum = k.attnum
                          order by k.position);
    referenced_columns := array(select a.attname::text
                                  from unnest(foreign_key.confkey) with ordinality k(attnum, position)
                                  join pg_attribute a on a.attrelid = foreign_key.confrelid and a.attnum = k.attnum
                                 order by k.position);
    nulled := (select a.attname from pg_attribute a
                where a.attrelid = foreign_key.conrelid and a.attnum = foreign_key.confdelsetcols[1]);
    execute format('alter table %s drop constraint %I, add constraint %I foreign key (%s) references %s (%s)',
                   referencing, constraint_name, constraint_name,
                   (select string_agg(format('%I', c), ', ' order by p) from unnest(key_columns) with ordinality c(c, p)),
                   foreign_key.confrelid::regclass,
                   (select string_agg(format('%I', c), ', ' order by p) from unnest(referenced_columns) with ordinality c(c, p)));
    execute format('drop trigger if exists %I on %s', trigger_name, foreign_key.confrelid::regclass);
    execute format('create trigger %I after delete on %s for each row execute function atlvs.null_references(%L, %L, %L, %L)',
                   trigger_name, foreign_key.confrelid::regclass, (select c.relname from pg_class c where c.oid = referencing),
                   nulled, key_columns::text, referenced_columns::text);
end
$$;

revoke execute on function atlvs.null_on_delete(regclass, name) from public;

select atlvs.null_on_delete('atlvs.locations', 'locations_parent_fkey');
select atlvs.null_on_delete('atlvs.storage_files', 'storage_files_version_of_fkey');
