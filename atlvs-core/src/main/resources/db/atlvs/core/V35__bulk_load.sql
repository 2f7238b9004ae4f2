-- Bulk loading at set speed (TenantTransaction.bulkLoad): the per-row work of an insert that a set-based pass can
-- do once per statement is done once, whatever code writes, with the same guarantees and the same errors.
--
-- Measured per row of INSERT ... SELECT loads of 5,000 to 20,000 rows (EXPLAIN ANALYZE and pg_stat_xact_user_functions,
-- two shared cores): the standard-column trigger 10 to 14 us on tasks, most of it the verification of the context's MAC
-- in atlvs.current_actor(); the link check of comments about 170 us (a dynamic look-up per row), check_comment 28 us.
-- The rest of a row's cost (audit pass, indexes, foreign keys, the tenant policy's check, module triggers) is listed
-- in the README, "Benchmarks".

------------------------------------------------------------------------------------------------------
-- 1. Standard columns stamped by the insert itself.
--
-- On a tenant table the standard-column trigger fires on insert only for a row that does not already carry
-- exactly the stamps it would write: created_at and updated_at now(), version 1, created_by and updated_by the
-- actor the transaction's settings claim, no restore under way. The bulk path writes these values in its
-- INSERT ... SELECT, so its rows skip the trigger; every other row is stamped by it as before.
--
-- The skip compares with the claimed actor, not the verified one, and this is sound because of the tenant policy:
-- its check runs on the same row right after the BEFORE triggers, with the same settings, and admits the row only
-- when atlvs.current_tenant() verifies the context's MAC, which covers the claimed tenant, actor and correlation. A
-- forged atlvs.actor_id (set_config by the run-time role) makes current_tenant() null and the row is refused; a row
-- carrying another actor's id or another time does not match the WHEN clause and is stamped by the trigger. The
-- variant is therefore installed only where that check is certain to run: row-level security enabled and forced,
-- and tenant_isolation the only permissive policy an insert can pass. Roles that bypass row-level security
-- (superusers, BYPASSRLS) write what they like anyway. Updates keep the trigger on every row.
create or replace function atlvs.install_standard_columns(target regclass) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    checked_by_policy boolean := exists (
        select 1 from pg_class c where c.oid = target and c.relrowsecurity and c.relforcerowsecurity)
        and exists (select 1 from pg_policy p where p.polrelid = target and p.polname = 'tenant_isolation')
        and not exists (select 1 from pg_policy p
                         where p.polrelid = target and p.polpermissive and p.polname <> 'tenant_isolation'
                           and p.polcmd in ('*', 'a'));
begin
    execute format('drop trigger if exists standard_columns on %s', target);
    execute format('drop trigger if exists standard_columns_update on %s', target);
    if not checked_by_policy then
        execute format(
            'create trigger standard_columns before insert or update on %s '
                'for each row execute function atlvs.maintain_standard_columns()',
            target);
        return;
    end if;
    execute format(
        'create trigger standard_columns before insert on %s for each row '
            'when (not (new.created_at is not distinct from now() and new.updated_at is not distinct from now() '
                  'and new.version is not distinct from 1 and new.created_by is not distinct from new.updated_by '
                  'and new.created_by is not distinct from nullif(current_setting(''atlvs.actor_id'', true), '''')::uuid '
                  'and coalesce(current_setting(''atlvs.restoring'', true), '''') = '''')) '
            'execute function atlvs.maintain_standard_columns()',
        target);
    execute format(
        'create trigger standard_columns_update before update on %s '
            'for each row execute function atlvs.maintain_standard_columns()',
        target);
end
$$;

do $$
declare
    registered record;
begin
    for registered in select format('atlvs.%I', r.table_name)::regclass as target
                        from atlvs.registered_tables r
                       where r.scope = 'tenant'
                         and exists (select 1 from pg_trigger t
                                      where t.tgrelid = format('atlvs.%I', r.table_name)::regclass
                                        and t.tgname = 'standard_columns')
                       order by r.table_name loop
        perform atlvs.install_standard_columns(registered.target);
    end loop;
end
$$;

------------------------------------------------------------------------------------------------------
-- 2. Polymorphic links of inserted rows checked with one join per entity type.
--
-- An insert into a link table (comments, attachments, taggings, notifications) checks its rows' links after the
-- statement, from its transition table: per entity type named, one query that locks the targets against a
-- concurrent delete (FOR KEY SHARE, as check_entity did per row) and counts them against the distinct ids asked
-- for. The errors are check_entity's: an unknown type is a check violation <table>_<column>_type, a missing
-- record a foreign-key violation <table>_<column>_fkey. The statement fails as a whole, so nothing is written. The
-- look-ups run as the caller, under row-level security, and see the verified tenant's records only; the tenant
-- policy's check has refused every row of another organization before. Updates that change a link keep the row
-- trigger. Where Citus is installed the row trigger stays on inserts too (transition tables are not available on
-- distributed tables).
create function atlvs.check_inserted_entity_links() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    type_column text := tg_argv[0];
    id_column text := tg_argv[1];
    link_table text := tg_argv[2];
    link record;
    present bigint;
begin
    -- The ids of each type are looked up as one array, in one index scan of the target's primary key: joined with
    -- the transition table instead, the planner would carry the tenant policy's condition over to the transition
    -- table and evaluate atlvs.current_tenant() (a verification of the context) once per row and per probe.
    for link in execute format(
            'select n.%1$I as entity_type, t.table_name, n.organization_id, array_agg(distinct n.%2$I) as ids'
            '  from inserted_links n left join atlvs.entity_types t on t.name = n.%1$I'
            ' where n.%2$I is not null'
            ' group by n.%1$I, t.table_name, n.organization_id'
            ' order by n.%1$I', type_column, id_column) loop
        if link.table_name is null then
            raise exception 'unknown entity type (constraint "%")', link_table || '_' || id_column || '_type'
                using errcode = 'check_violation', constraint = link_table || '_' || id_column || '_type',
                      table = link_table, column = id_column;
        end if;
        execute format(
            'select count(*) from (select 1 from atlvs.%I t where t.organization_id = $1 and t.id = any ($2) for key share of t) locked',
            link.table_name)
            into present
            using link.organization_id, link.ids;
        if present < cardinality(link.ids) then
            raise exception 'the referenced record does not exist in this organization (constraint "%")',
                    link_table || '_' || id_column || '_fkey'
                using errcode = 'foreign_key_violation', constraint = link_table || '_' || id_column || '_fkey',
                      table = link_table, column = id_column;
        end if;
    end loop;
    return null;
end
$$;

create or replace function atlvs.install_entity_link(target regclass, type_column text, id_column text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    link_table text := (select c.relname from pg_class c where c.oid = target);
begin
    execute format('drop trigger if exists check_entity_link on %s', target);
    execute format('drop trigger if exists check_inserted_entity_links on %s', target);
    if atlvs.citus_installed() then
        execute format('create trigger check_entity_link before insert or update of %I, %I on %s '
                           'for each row execute function atlvs.check_entity_link(%L, %L, %L)',
                       type_column, id_column, target, type_column, id_column, link_table);
    else
        execute format('create trigger check_entity_link before update of %I, %I on %s '
                           'for each row execute function atlvs.check_entity_link(%L, %L, %L)',
                       type_column, id_column, target, type_column, id_column, link_table);
        execute format('create trigger check_inserted_entity_links after insert on %s '
                           'referencing new table as inserted_links '
                           'for each statement execute function atlvs.check_inserted_entity_links(%L, %L, %L)',
                       target, type_column, id_column, link_table);
    end if;
    perform atlvs.register_entity_links(target, type_column, id_column);
end
$$;

do $$
declare
    link record;
begin
    for link in select l.table_name, l.type_column, l.id_column from atlvs.entity_link_tables l order by l.table_name loop
        perform atlvs.install_entity_link(format('atlvs.%I', link.table_name)::regclass, link.type_column, link.id_column);
    end loop;
end
$$;

------------------------------------------------------------------------------------------------------
-- 3. The comment rules on insert only where a rule can apply.
--
-- check_comment's insert branch looks up the parent of a reply and the mentioned users; a top-level comment
-- without mentions has nothing to look up (its early tenant refusal only chose the error that row-level
-- security raises anyway), so the insert trigger fires for replies and comments with mentions only.
drop trigger check_comment on atlvs.comments;
create trigger check_comment
    before insert on atlvs.comments
    for each row when (new.parent_id is not null or cardinality(new.mentions) is distinct from 0)
    execute function atlvs.check_comment();
create trigger check_comment_update
    before update on atlvs.comments
    for each row execute function atlvs.check_comment();
