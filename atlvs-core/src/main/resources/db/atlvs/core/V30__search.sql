-- Full-text search: one index of search documents that every module registers its searchable tables into.
--
-- A module registers a table with atlvs.register_search_source(table, entity type, title columns, subtitle columns,
-- body columns): a row trigger on the table keeps one document per record in atlvs.search_documents, in the same
-- transaction as the write (inserted, refreshed when an indexed column changes, removed on delete and on soft
-- delete, put back on restore), and the registration indexes the records the table holds already. The trigger reads
-- the columns from to_jsonb(new) by the names it gets as arguments: no dynamic SQL per row, and no tg_table_name
-- (the shard's name on Citus). A text[] column (skills, tags) is indexed as its elements joined by spaces.
--
-- atlvs.search_documents is derived data, registered internal: row-level security enabled with the one tenant policy
-- (not forced, so that atlvs.search, a definer function of the owner, matches through the indexes), no standard columns
-- and no audit trail (the records it derives from are audited; reverting one of their changes rewrites the record,
-- whose trigger rewrites the document). It is keyed
-- (organization_id, entity_type, id), distributed by organization_id on Citus and co-located with its sources, so
-- the trigger writes to the shard of the record it fires on.
--
-- Matching, in atlvs.search:
--   * full text: the document's weighted tsvector (title A, subtitle B, body C) @@ websearch_to_tsquery of the
--     query, both built in the organization's text search configuration (organizations.search_configuration,
--     'simple' unless the organization chooses 'english', 'german', 'french', ...: stemming and stop words of that
--     language), from unaccented text, so that "Jose" finds "José";
--   * similar spelling: pg_trgm's word similarity of the unaccented query to the unaccented title and subtitle
--     (`<%`, threshold 0.5), so that "rigr" finds "Rigger", "Muler" finds "Müller" and a prefix finds its word.
-- Ranking: ts_rank of the weighted tsvector (normalization 32, so within 0..1) plus the word similarity of the query
-- to title and subtitle (0..1), plus 1 when the unaccented title equals the unaccented query: an exact title first,
-- then title words, then subtitle and body words. The score is rounded to a millionth and kept as a bigint so that
-- pages are cut at exact values: keyset paging on (score desc, entity_type, id), stable while the documents do not
-- change and complete (every match on exactly one page), where an offset would repeat or skip hits when a document
-- is indexed between two pages.
--
-- Indexes: GIN (organization_id, document) and GIN (organization_id, names gin_trgm_ops), the tenant column in each
-- through btree_gin, so that one organization's matches are read from the index whichever way the query matches.
--
-- Extensions: unaccent, pg_trgm and btree_gin, all trusted (the migrating role needs CREATE on the database, not
-- superuser). Where one is installed already it is used where it is; otherwise it is created in the schema
-- atlvs_extensions: the functions of an extension set no search_path, which every function of the schema atlvs
-- must. The functions below get the extensions' schemas added to their search_path at the end of this migration.

do $$
declare
    extension text;
begin
    foreach extension in array array['unaccent', 'pg_trgm', 'btree_gin'] loop
        if not exists (select 1 from pg_catalog.pg_extension e where e.extname = extension) then
            execute 'create schema if not exists atlvs_extensions';
            execute format('create extension if not exists %I schema atlvs_extensions', extension);
        end if;
    end loop;
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user
       and exists (select 1 from pg_catalog.pg_namespace n where n.nspname = 'atlvs_extensions') then
        execute format('grant usage on schema atlvs_extensions to %I', '${runtime_role}');
    end if;
end
$$;

-- The search_path of the functions that call the extensions: pg_catalog, atlvs and the extensions' schemas.
create function atlvs.search_path_with_extensions() returns text
    language sql stable
    set search_path = pg_catalog
as $$
    select 'pg_catalog, atlvs, ' || string_agg(distinct quote_ident(n.nspname), ', ')
      from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on n.oid = e.extnamespace
     where e.extname in ('unaccent', 'pg_trgm', 'btree_gin')
$$;

revoke execute on function atlvs.search_path_with_extensions() from public;

-- The rest of this migration names the extensions' objects (gin_trgm_ops) unqualified, and, where Citus is installed,
-- creates triggers on distributed tables.
select set_config('search_path', atlvs.search_path_with_extensions(), true);
do $$
begin
    if atlvs.citus_installed() then
        perform set_config('citus.enable_unsafe_triggers', 'on', true);
    end if;
end
$$;

-- --- The organization's language ---------------------------------------------------------------------------------

-- The text search configuration (pg_ts_config) that builds and queries the organization's search documents:
-- 'simple' (no stemming, no stop words; right for names in any language) unless the organization chooses its
-- language ('english', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch', ... or a configuration of the
-- host's). A name unknown to the database is refused under the rule organizations_search_configuration_known.
-- (Two statements: Citus runs no ADD CONSTRAINT together with other subcommands.)
alter table atlvs.organizations add column search_configuration text not null default 'simple';
alter table atlvs.organizations
    add constraint organizations_search_configuration_check check (length(btrim(search_configuration)) between 1 and 63);

create function atlvs.check_search_configuration() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    known boolean := true;
begin
    begin
        perform new.search_configuration::regconfig;
    exception
        when undefined_object or invalid_schema_name or invalid_name or syntax_error then
            known := false;
    end;
    if not known then
        raise exception 'unknown text search configuration (constraint "organizations_search_configuration_known")'
            using errcode = 'check_violation', constraint = 'organizations_search_configuration_known',
                  table = 'organizations', column = 'search_configuration';
    end if;
    return new;
end
$$;

create trigger check_search_configuration
    before insert or update of search_configuration on atlvs.organizations
    for each row execute function atlvs.check_search_configuration();

-- --- Sources and documents ----------------------------------------------------------------------------------------

-- The registered sources: which table's records are searchable under which entity type, from which columns.
create table atlvs.search_sources (
    entity_type        text   not null,
    table_name         text   not null,
    tenant_column      text   not null,
    title_columns      text[] not null,
    subtitle_columns   text[] not null default '{}',
    body_columns       text[] not null default '{}',
    soft_delete_column text,
    constraint search_sources_pkey primary key (entity_type),
    constraint search_sources_table_name_unique unique (table_name),
    constraint search_sources_entity_type_check check (entity_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint search_sources_title_columns_check check (cardinality(title_columns) > 0)
);
select atlvs.register_table('atlvs.search_sources', 'internal');

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke insert, update, delete on atlvs.search_sources from %I', '${runtime_role}');
    end if;
end
$$;

-- One document per searchable record: id is the record's id, entity_type its source's. names is the unaccented,
-- lower-cased title and subtitle that similar spelling is matched on; document the weighted tsvector of title,
-- subtitle and body in the organization's configuration.
create table atlvs.search_documents (
    organization_id uuid        not null,
    entity_type     text        not null,
    id              uuid        not null,
    title           text        not null,
    subtitle        text,
    body            text,
    names           text        not null,
    document        tsvector    not null,
    indexed_at      timestamptz not null default now(),
    constraint search_documents_pkey primary key (organization_id, entity_type, id),
    constraint search_documents_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade
);
create index search_documents_document_idx on atlvs.search_documents using gin (organization_id, document);
create index search_documents_names_idx on atlvs.search_documents using gin (organization_id, names gin_trgm_ops);
-- Row-level security confines the run-time role to its tenant's documents, but it is not forced: the table's owner
-- reads past it, and atlvs.search (a definer function of the owner, filtering on the verified tenant itself) is the
-- one reader that does. Under row-level security PostgreSQL would not use the indexes for the matching operators
-- (@@ and <% are not leakproof): every search would scan the organization's documents. The table is derived data,
-- registered internal (no audit, no standard columns), and distributed by its tenant like every tenant table.
select atlvs.apply_tenant_policy('atlvs.search_documents', 'organization_id');
alter table atlvs.search_documents no force row level security;
select atlvs.register_table('atlvs.search_documents', 'internal', tenant_column => 'organization_id');
-- Distributed at once where Citus is installed (register_log_table leaves it to atlvs.distribute_schema), so that the
-- trigger and the indexing of the locations below write to the shard of each record, with the row-security guard of
-- every table under row-level security there (core/V29).
select atlvs.distribute_table('atlvs.search_documents');
select atlvs.install_row_security_guard('atlvs.search_documents', 'organization_id');

-- The text of the columns `columns` of the record `record` (its to_jsonb), joined by spaces: a text value as it is,
-- an array (text[]) as its elements, any other value as its text; null when every column is null or empty.
create function atlvs.search_text(record jsonb, columns text[]) returns text
    language plpgsql immutable parallel safe
    set search_path = pg_catalog
as $$
declare
    parts text[] := '{}';
    column_name text;
    value jsonb;
begin
    foreach column_name in array columns loop
        value := record -> column_name;
        if value is null or jsonb_typeof(value) = 'null' then
            continue;
        elsif jsonb_typeof(value) = 'array' then
            parts := parts || array(select e #>> '{}' from jsonb_array_elements(value) e where jsonb_typeof(e) <> 'null');
        else
            parts := parts || (value #>> '{}');
        end if;
    end loop;
    return nullif(btrim(array_to_string(parts, ' ')), '');
end
$$;

-- The unaccented, lower-cased form of a text that documents and queries are compared in. Immutable, as the documents
-- it builds are stored: unaccent is only stable because its rules file could change, and a changed file would call
-- for re-registering the sources. (Citus also calls only immutable functions over columns in distributed writes.)
create function atlvs.search_normalize(value text) returns text
    language plpgsql immutable parallel safe
    set search_path = pg_catalog, atlvs
as $$
begin
    return lower(unaccent(coalesce(value, '')));
end
$$;

-- The weighted tsvector of a document in the configuration `configuration`.
create function atlvs.search_vector(configuration regconfig, title text, subtitle text, body text) returns tsvector
    language plpgsql immutable parallel safe
    set search_path = pg_catalog, atlvs
as $$
begin
    return setweight(to_tsvector(configuration, atlvs.search_normalize(title)), 'A')
        || setweight(to_tsvector(configuration, atlvs.search_normalize(subtitle)), 'B')
        || setweight(to_tsvector(configuration, atlvs.search_normalize(body)), 'C');
end
$$;

-- The text search configuration of the organization `organization`.
create function atlvs.search_configuration_of(organization uuid) returns regconfig
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    configuration text;
begin
    select o.search_configuration into configuration from atlvs.organizations o where o.id = organization;
    return coalesce(configuration, 'simple')::regconfig;
end
$$;

-- Writes the document of one record (`record`, its to_jsonb) of the source `entity_type`, or removes it when the
-- record is soft-deleted or has no text to index. Runs as the writing user: row-level security keeps it inside the
-- record's organization.
create function atlvs.put_search_document(entity_type text, record jsonb, tenant_column text, title_columns text[],
                                          subtitle_columns text[], body_columns text[], soft_delete_column text)
    returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    organization uuid := (record ->> tenant_column)::uuid;
    record_id uuid := (record ->> 'id')::uuid;
    title text := atlvs.search_text(record, title_columns);
    subtitle text := atlvs.search_text(record, subtitle_columns);
    body text := atlvs.search_text(record, body_columns);
    configuration regconfig;
begin
    if (soft_delete_column <> '' and record ->> soft_delete_column is not null)
       or num_nonnulls(title, subtitle, body) = 0 then
        delete from atlvs.search_documents d
         where d.organization_id = organization and d.entity_type = put_search_document.entity_type and d.id = record_id;
        return;
    end if;
    configuration := atlvs.search_configuration_of(organization);
    insert into atlvs.search_documents as d (organization_id, entity_type, id, title, subtitle, body, names, document)
    values (organization, put_search_document.entity_type, record_id, coalesce(title, ''), subtitle, body,
            btrim(atlvs.search_normalize(title) || ' ' || atlvs.search_normalize(subtitle)),
            atlvs.search_vector(configuration, title, subtitle, body))
    on conflict on constraint search_documents_pkey do update
        set title = excluded.title, subtitle = excluded.subtitle, body = excluded.body, names = excluded.names,
            document = excluded.document, indexed_at = excluded.indexed_at
        where (d.title, d.subtitle, d.body, d.document) is distinct from (excluded.title, excluded.subtitle, excluded.body, excluded.document);
end
$$;

-- The row trigger of every source table. Arguments: entity type, tenant column, title columns, subtitle columns,
-- body columns (text[] literals) and the soft-delete column ('' for none).
create function atlvs.index_search_document() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    old_row jsonb;
begin
    if tg_op = 'DELETE' then
        old_row := to_jsonb(old);
        delete from atlvs.search_documents d
         where d.organization_id = (old_row ->> tg_argv[1])::uuid and d.entity_type = tg_argv[0]
           and d.id = (old_row ->> 'id')::uuid;
        return null;
    end if;
    perform atlvs.put_search_document(tg_argv[0], to_jsonb(new), tg_argv[1], tg_argv[2]::text[], tg_argv[3]::text[],
                                      tg_argv[4]::text[], tg_argv[5]);
    return null;
end
$$;

-- Makes the records of `target` searchable as `entity_type`: records the source, installs the trigger that keeps
-- their documents (on insert, on delete, and on an update of an indexed column or of the soft-delete column), and
-- indexes the records the table holds already. Calling it again with other columns re-indexes the table.
-- The columns must exist and hold text (text, varchar, char, citext) or text arrays.
create function atlvs.register_search_source(target regclass, entity_type text, title_columns text[],
                                             subtitle_columns text[] default '{}', body_columns text[] default '{}',
                                             soft_delete_column name default null) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    source_table text := (select c.relname from pg_class c where c.oid = target);
    source_tenant_column text;
    indexed text[] := title_columns || subtitle_columns || body_columns;
    column_name text;
    column_type text;
    watched text;
    existing record;
begin
    select r.tenant_column into source_tenant_column
      from atlvs.registered_tables r where r.table_name = source_table and r.scope = 'tenant';
    if source_tenant_column is null then
        raise exception 'a search source is a registered tenant table' using errcode = 'invalid_parameter_value';
    end if;
    if not exists (select 1 from pg_attribute a where a.attrelid = target and a.attname = 'id' and not a.attisdropped
                      and a.atttypid = 'uuid'::regtype) then
        raise exception 'a search source has an id column of type uuid' using errcode = 'invalid_parameter_value';
    end if;
    if cardinality(title_columns) = 0 then
        raise exception 'a search source has at least one title column' using errcode = 'invalid_parameter_value';
    end if;
    foreach column_name in array indexed loop
        select format_type(a.atttypid, null) into column_type
          from pg_attribute a where a.attrelid = target and a.attname = column_name and a.attnum > 0 and not a.attisdropped;
        if column_type is null then
            raise exception 'no column % on %', column_name, target using errcode = 'undefined_column';
        end if;
        if column_type not in ('text', 'text[]', 'character varying', 'character varying[]', 'character', 'citext', 'citext[]') then
            raise exception 'column % of % is %, not text or a text array', column_name, target, column_type
                using errcode = 'invalid_parameter_value';
        end if;
    end loop;
    if soft_delete_column is not null and not exists (
            select 1 from pg_attribute a where a.attrelid = target and a.attname = soft_delete_column and not a.attisdropped) then
        raise exception 'no column % on %', soft_delete_column, target using errcode = 'undefined_column';
    end if;

    insert into atlvs.search_sources as s (entity_type, table_name, tenant_column, title_columns, subtitle_columns, body_columns,
                                           soft_delete_column)
    values (register_search_source.entity_type, source_table, source_tenant_column, title_columns, subtitle_columns, body_columns,
            soft_delete_column)
    on conflict on constraint search_sources_pkey do update
        set table_name = excluded.table_name, tenant_column = excluded.tenant_column, title_columns = excluded.title_columns,
            subtitle_columns = excluded.subtitle_columns, body_columns = excluded.body_columns,
            soft_delete_column = excluded.soft_delete_column;

    watched := (select string_agg(distinct format('%I', c), ', ')
                  from unnest(indexed || case when soft_delete_column is null then '{}'::text[] else array[soft_delete_column::text] end) c);
    if atlvs.citus_installed() then
        perform set_config('citus.enable_unsafe_triggers', 'on', true);
    end if;
    execute format('drop trigger if exists index_search_document on %s', target);
    execute format('create trigger index_search_document after insert or update of %s or delete on %s '
                       'for each row execute function atlvs.index_search_document(%L, %L, %L, %L, %L, %L)',
                   watched, target, register_search_source.entity_type, source_tenant_column, title_columns::text,
                   subtitle_columns::text, body_columns::text, coalesce(soft_delete_column::text, ''));

    -- The records already there, read by the owner past the forced row-level security (a migration has no tenant);
    -- search_documents is never forced (see its definition).
    execute format('alter table %s no force row level security', target);
    alter table atlvs.organizations no force row level security;
    execute format('delete from atlvs.search_documents d where d.entity_type = %L', register_search_source.entity_type);
    -- Record by record from here: on Citus a function that writes distributed tables cannot run inside a query over
    -- the shards.
    for existing in execute format('select to_jsonb(t) as record from %s t', target) loop
        perform atlvs.put_search_document(register_search_source.entity_type, existing.record, source_tenant_column,
                                          title_columns, subtitle_columns, body_columns, coalesce(soft_delete_column::text, ''));
    end loop;
    alter table atlvs.organizations force row level security;
    execute format('alter table %s force row level security', target);
end
$$;

revoke execute on function atlvs.register_search_source(regclass, text, text[], text[], text[], name) from public;

-- An organization that changes its configuration gets its documents rebuilt in it, in the same transaction.
create function atlvs.reindex_organization_search() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    configuration regconfig := new.search_configuration::regconfig;
begin
    update atlvs.search_documents d
       set document = atlvs.search_vector(configuration, d.title, d.subtitle, d.body), indexed_at = now()
     where d.organization_id = new.id;
    return null;
end
$$;

create trigger reindex_organization_search
    after update of search_configuration on atlvs.organizations
    for each row when (old.search_configuration is distinct from new.search_configuration)
    execute function atlvs.reindex_organization_search();

-- --- The query ----------------------------------------------------------------------------------------------------

-- One page of the documents of the transaction's organization that match `query`, best first: of the entity types
-- `entity_types` (all when null), after the hit (after_score, after_type, after_id) of the previous page (none for
-- the first), at most `page_size`. matched_words says the words matched, matched_spelling that the spelling of the
-- title or subtitle did. A transaction without a tenant gets nothing. A definer function of the table's owner, so that
-- the matching uses the indexes (see search_documents): it reads the verified tenant's documents only.
create function atlvs.search_matches(query text, entity_types text[], after_score bigint, after_type text, after_id uuid,
                                     page_size integer)
    returns table (entity_type text, id uuid, title text, subtitle text, score bigint, matched_words boolean,
                   matched_spelling boolean)
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
    set pg_trgm.word_similarity_threshold = '0.5'
as $$
declare
    tenant uuid := atlvs.current_tenant();
    normalized text := btrim(atlvs.search_normalize(query));
    words tsquery;
begin
    if tenant is null or normalized = '' then
        return;
    end if;
    -- A shard reached over a connection of its own does not see the function's setting: Citus sends SET LOCAL along
    -- (for the rest of the transaction).
    if atlvs.citus_installed() then
        execute 'set local pg_trgm.word_similarity_threshold = 0.5';
    end if;
    words := websearch_to_tsquery(atlvs.search_configuration_of(tenant), normalized);
    return query
        select m.entity_type, m.id, m.title, m.subtitle, m.score, m.matched_words, m.matched_spelling
          from (select d.entity_type, d.id, d.title, d.subtitle,
                       d.document @@ words as matched_words,
                       normalized <% d.names as matched_spelling,
                       round(1000000 * (ts_rank('{0.1, 0.2, 0.4, 1.0}'::real[], d.document, words, 32)
                                        + word_similarity(normalized, d.names)
                                        + case when atlvs.search_normalize(d.title) = normalized then 1 else 0 end))::bigint as score
                  from atlvs.search_documents d
                 where d.organization_id = tenant
                   and (search_matches.entity_types is null or d.entity_type = any (search_matches.entity_types))
                   and (d.document @@ words or normalized <% d.names)) m
         where after_score is null
            or m.score < after_score
            or (m.score = after_score and (m.entity_type, m.id) > (after_type, after_id))
         order by m.score desc, m.entity_type, m.id
         limit page_size;
end
$$;

-- The same, read with the owner's rights: past the documents' row-level security, which is not forced, so that the
-- matching uses the indexes (under row-level security PostgreSQL uses no index for @@ and <%, which are not
-- leakproof). search_matches filters on the verified tenant itself.
create function atlvs.search_indexed(query text, entity_types text[], after_score bigint, after_type text, after_id uuid,
                                     page_size integer)
    returns table (entity_type text, id uuid, title text, subtitle text, score bigint, matched_words boolean,
                   matched_spelling boolean)
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    return query select * from atlvs.search_matches(query, entity_types, after_score, after_type, after_id, page_size);
end
$$;

-- The search the SDK runs: through the indexes, except where Citus is installed, where a definer function reaches the
-- shards over connections of the owner, which cannot read what the caller's transaction wrote over its own (a record
-- indexed in the same transaction): there the documents are matched with the caller's rights, under their row-level
-- security.
create function atlvs.search(query text, entity_types text[], after_score bigint, after_type text, after_id uuid,
                             page_size integer)
    returns table (entity_type text, id uuid, title text, subtitle text, score bigint, matched_words boolean,
                   matched_spelling boolean)
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.citus_installed() then
        return query select * from atlvs.search_matches(query, entity_types, after_score, after_type, after_id, page_size);
    else
        return query select * from atlvs.search_indexed(query, entity_types, after_score, after_type, after_id, page_size);
    end if;
end
$$;

revoke execute on function atlvs.search_indexed(text, text[], bigint, text, uuid, integer) from public;

-- The run-time role runs the indexed search.
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.search_indexed(text, text[], bigint, text, uuid, integer) to %I',
                       '${runtime_role}');
    end if;
end
$$;

-- The functions that call the extensions find them on their search_path.
do $$
declare
    path text := atlvs.search_path_with_extensions();
    signature text;
begin
    foreach signature in array array[
            'atlvs.check_search_configuration()',
            'atlvs.search_configuration_of(uuid)',
            'atlvs.search_normalize(text)',
            'atlvs.search_vector(regconfig, text, text, text)',
            'atlvs.put_search_document(text, jsonb, text, text[], text[], text[], text)',
            'atlvs.index_search_document()',
            'atlvs.register_search_source(regclass, text, text[], text[], text[], name)',
            'atlvs.reindex_organization_search()',
            'atlvs.search_matches(text, text[], bigint, text, uuid, integer)',
            'atlvs.search_indexed(text, text[], bigint, text, uuid, integer)',
            'atlvs.search(text, text[], bigint, text, uuid, integer)'] loop
        execute format('alter function %s set search_path = %s', signature, path);
    end loop;
end
$$;

-- Locations are looked up by name, and by city, region and address.
select atlvs.register_search_source('atlvs.locations', 'location',
                                    title_columns => array['name'],
                                    subtitle_columns => array['city', 'region', 'country'],
                                    body_columns => array['address_line1', 'address_line2', 'postal_code', 'notes'],
                                    soft_delete_column => 'deleted_at');
