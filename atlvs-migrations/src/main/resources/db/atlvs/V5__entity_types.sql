-- The closed registry of entity types that polymorphic references (comments, attachments, tags,
-- notifications) may point at, and the database guarantees that go with it: a reference names a
-- record that exists in the same organization, and deleting the record removes what links to it.

create table atlvs.entity_types (
    name          text        not null,
    table_name    text        not null,
    registered_at timestamptz not null default now(),
    constraint entity_types_pkey primary key (name),
    constraint entity_types_table_name_unique unique (table_name),
    constraint entity_types_name_check check (name ~ '^[a-z][a-z_]{0,62}$')
);
select atlvs.register_table('atlvs.entity_types', 'internal');

-- Tables holding polymorphic links (type column + id column), whose rows go when their target goes.
create table atlvs.entity_link_tables (
    table_name    text not null,
    type_column   text not null,
    id_column     text not null,
    constraint entity_link_tables_pkey primary key (table_name, type_column, id_column)
);
select atlvs.register_table('atlvs.entity_link_tables', 'internal');

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke insert, update, delete on atlvs.entity_types, atlvs.entity_link_tables from %I', '${runtime_role}');
    end if;
end
$$;

-- Raises a foreign-key violation unless the record exists in the organization; locks it against a
-- concurrent delete until the transaction ends.
create function atlvs.check_entity(entity_type text, organization_id uuid, entity_id uuid,
                                   link_table text, link_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    target text := (select t.table_name from atlvs.entity_types t where t.name = entity_type);
    found boolean;
begin
    if organization_id is distinct from atlvs.current_tenant() then
        raise exception 'the row belongs to another organization than the current transaction'
            using errcode = 'insufficient_privilege', table = link_table;
    end if;
    if target is null then
        raise exception 'unknown entity type'
            using errcode = 'check_violation', constraint = link_table || '_' || link_column || '_type',
                  table = link_table, column = link_column;
    end if;
    execute format('select exists (select 1 from atlvs.%I where organization_id = $1 and id = $2 for key share)', target)
        into found
        using organization_id, entity_id;
    if not found then
        raise exception 'the referenced record does not exist in this organization'
            using errcode = 'foreign_key_violation', constraint = link_table || '_' || link_column || '_fkey',
                  table = link_table, column = link_column;
    end if;
end
$$;

-- Deletes every link to a deleted record: installed on each entity table by register_entity_type.
create function atlvs.remove_entity_links() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    link record;
begin
    for link in select l.table_name, l.type_column, l.id_column from atlvs.entity_link_tables l loop
        execute format('delete from atlvs.%I where organization_id = $1 and %I = $2 and %I = $3',
                       link.table_name, link.type_column, link.id_column)
            using old.organization_id, tg_argv[0], old.id;
    end loop;
    return null;
end
$$;

-- Makes a tenant table a target of polymorphic references under the type name entity_type.
create function atlvs.register_entity_type(entity_type text, target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = target);
begin
    insert into atlvs.entity_types as e (name, table_name) values (entity_type, table_name)
    on conflict on constraint entity_types_pkey do update set table_name = excluded.table_name;
    execute format('drop trigger if exists remove_entity_links on %s', target);
    execute format('create trigger remove_entity_links after delete on %s '
                       'for each row execute function atlvs.remove_entity_links(%L)', target, entity_type);
end
$$;

-- Makes a table a holder of polymorphic links, removed with their targets.
create function atlvs.register_entity_links(target regclass, type_column text, id_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    insert into atlvs.entity_link_tables (table_name, type_column, id_column)
    values ((select c.relname from pg_class c where c.oid = target), type_column, id_column)
    on conflict do nothing;
end
$$;

revoke execute on function atlvs.register_entity_type(text, regclass) from public;
revoke execute on function atlvs.register_entity_links(regclass, text, text) from public;

select atlvs.register_entity_type('location', 'atlvs.locations');
select atlvs.register_entity_type('member', 'atlvs.organization_members');
select atlvs.register_entity_type('custom_role', 'atlvs.custom_roles');
select atlvs.register_entity_type('user_profile', 'atlvs.user_profiles');
