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

-- Raises the error row-level security raises when a row's tenant is not the transaction's. Triggers
-- that look up other rows call it first: the lookup cannot see another tenant's rows, so without it a
-- write into another tenant would be reported as a missing reference instead of the access violation
-- it is. A write without a tenant is refused as well (set atlvs.tenant_id even for maintenance).
create function atlvs.require_current_tenant(tenant uuid, table_name text) returns void
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
begin
    if tenant is distinct from atlvs.current_tenant() then
        raise exception 'new row violates row-level security policy for table "%"', table_name
            using errcode = 'insufficient_privilege', table = table_name;
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
    perform atlvs.require_current_tenant(organization_id, link_table);
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

-- The one trigger of every table holding polymorphic links: the (type, id) pair named by the trigger's
-- arguments must be a record of the organization (atlvs.check_entity, which also locks it against a
-- concurrent delete). Checked on insert and whenever the pair changes; a link with no id (an optional
-- reference) is not checked.
create function atlvs.check_entity_link() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    new_row jsonb := to_jsonb(new);
    old_row jsonb;
begin
    perform atlvs.require_current_tenant(new.organization_id, tg_table_name);
    if tg_op = 'UPDATE' then
        old_row := to_jsonb(old);
    end if;
    if new_row ->> tg_argv[1] is not null
       and (tg_op = 'INSERT'
            or new_row ->> tg_argv[0] is distinct from old_row ->> tg_argv[0]
            or new_row ->> tg_argv[1] is distinct from old_row ->> tg_argv[1]) then
        perform atlvs.check_entity(new_row ->> tg_argv[0], new.organization_id, (new_row ->> tg_argv[1])::uuid,
                                   tg_table_name, tg_argv[1]);
    end if;
    return new;
end
$$;

-- Installs atlvs.check_entity_link on a link table and registers the table so that its rows go with
-- their targets.
create function atlvs.install_entity_link(target regclass, type_column text, id_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    execute format('drop trigger if exists check_entity_link on %s', target);
    execute format('create trigger check_entity_link before insert or update of %I, %I on %s '
                       'for each row execute function atlvs.check_entity_link(%L, %L)',
                   type_column, id_column, target, type_column, id_column);
    perform atlvs.register_entity_links(target, type_column, id_column);
end
$$;

revoke execute on function atlvs.install_entity_link(regclass, text, text) from public;

revoke execute on function atlvs.register_entity_type(text, regclass) from public;
revoke execute on function atlvs.register_entity_links(regclass, text, text) from public;

select atlvs.register_entity_type('location', 'atlvs.locations');
select atlvs.register_entity_type('member', 'atlvs.organization_members');
select atlvs.register_entity_type('custom_role', 'atlvs.custom_roles');
select atlvs.register_entity_type('user_profile', 'atlvs.user_profiles');
