-- Comments, stored files with their attachments, and tags: the three ways any record of any module is
-- discussed, documented and classified. Each points at its record through the entity registry (V5):
-- the record must exist in the same organization, and deleting it removes its comments, attachments
-- and taggings (never the stored files themselves). Link tables install atlvs.install_entity_link (V5).


------------------------------------------------------------------------------------------------------
-- Comments: one polymorphic, threaded table. A thread is a top-level comment and its replies, one level
-- deep; a reply is on the same record as its parent. The author (created_by) alone edits; moderators
-- soft-delete. Mentions are the users a comment mentions, as canonical UUID text.
------------------------------------------------------------------------------------------------------

create table atlvs.comments (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    entity_type     text        not null,
    entity_id       uuid        not null,
    parent_id       uuid,
    body            text        not null,
    mentions        text[]      not null default '{}',
    is_resolved     boolean     not null default false,
    resolved_by     uuid,
    resolved_at     timestamptz,
    edited_at       timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    deleted_at      timestamptz,
    constraint comments_pkey primary key (organization_id, id),
    constraint comments_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint comments_parent_fkey foreign key (organization_id, parent_id)
        references atlvs.comments (organization_id, id) on delete cascade,
    constraint comments_entity_type_check check (entity_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint comments_body_check check (length(body) <= 10000 and body ~ '[^[:space:]]'),
    constraint comments_mentions_check check (
        cardinality(mentions) <= 50
        and array_position(mentions, null) is null
        and array_to_string(mentions, ',') ~ '^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(,|$))*$'),
    constraint comments_resolved_at_check
        check (is_resolved = (resolved_at is not null) and (resolved_by is null or resolved_at is not null)),
    constraint comments_is_resolved_check check (not is_resolved or parent_id is null),
    constraint comments_parent_check check (parent_id <> id)
);
create index comments_entity_idx on atlvs.comments (organization_id, entity_type, entity_id, created_at);
create index comments_parent_idx on atlvs.comments (organization_id, parent_id);
select atlvs.register_tenant_table('atlvs.comments', soft_delete => true);
select atlvs.install_entity_link('atlvs.comments', 'entity_type', 'entity_id');

-- The thread rules and the mentions, whatever code writes: a comment never moves to another record or
-- thread; a reply's parent is a top-level comment on the same record; mentioned users are members.
create function atlvs.check_comment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'comments');
    if tg_op = 'UPDATE'
       and (new.entity_type, new.entity_id, new.parent_id) is distinct from (old.entity_type, old.entity_id, old.parent_id) then
        raise exception 'a comment stays on its record and in its thread'
            using errcode = 'check_violation', constraint = 'comments_thread_fixed', table = 'comments',
                  column = case when new.parent_id is distinct from old.parent_id then 'parent_id' else 'entity_id' end;
    end if;
    if tg_op = 'INSERT' and new.parent_id is not null then
        select c.entity_type, c.entity_id, c.parent_id into parent
          from atlvs.comments c
         where c.organization_id = new.organization_id and c.id = new.parent_id;
        -- A parent that does not exist is the foreign key's to report.
        if found then
            if parent.parent_id is not null then
                raise exception 'threads are one level deep: a reply answers a top-level comment'
                    using errcode = 'check_violation', constraint = 'comments_parent_depth', table = 'comments',
                          column = 'parent_id';
            end if;
            if (parent.entity_type, parent.entity_id) is distinct from (new.entity_type, new.entity_id) then
                raise exception 'a reply is on the same record as its parent'
                    using errcode = 'check_violation', constraint = 'comments_parent_entity', table = 'comments',
                          column = 'parent_id';
            end if;
        end if;
    end if;
    if (tg_op = 'INSERT' or new.mentions is distinct from old.mentions)
       and exists (select 1
                     from unnest(new.mentions) as m(user_id)
                    where not exists (select 1
                                        from atlvs.organization_members om
                                       where om.organization_id = new.organization_id
                                         and om.user_id = case when m.user_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                                               then m.user_id::uuid end)) then
        raise exception 'only members of the organization can be mentioned'
            using errcode = 'check_violation', constraint = 'comments_mentions_member', table = 'comments',
                  column = 'mentions';
    end if;
    return new;
end
$$;

create trigger check_comment
    before insert or update on atlvs.comments
    for each row execute function atlvs.check_comment();

create table atlvs.comment_reactions (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    comment_id      uuid        not null,
    user_id         uuid        not null,
    emoji           text        not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint comment_reactions_pkey primary key (organization_id, id),
    constraint comment_reactions_unique unique (organization_id, comment_id, user_id, emoji),
    constraint comment_reactions_comment_fkey foreign key (organization_id, comment_id)
        references atlvs.comments (organization_id, id) on delete cascade,
    constraint comment_reactions_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id),
    constraint comment_reactions_emoji_check check (length(emoji) between 1 and 32 and emoji !~ '[[:space:]]')
);
create index comment_reactions_member_idx on atlvs.comment_reactions (organization_id, user_id);
select atlvs.register_tenant_table('atlvs.comment_reactions');

------------------------------------------------------------------------------------------------------
-- Stored files: one row per blob (the bytes live in object storage under storage_key), with a version
-- chain (version_of points at the previous version; each file has at most one newer version, so the
-- latest is the one nobody points at) and per-organization quota accounting.
------------------------------------------------------------------------------------------------------

create table atlvs.storage_files (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    name            text        not null,
    media_type      text        not null,
    size_bytes      bigint      not null,
    checksum_sha256 text        not null,
    storage_key     text        not null,
    status          text        not null default 'active',
    version_of      uuid,
    uploaded_by     uuid        not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint storage_files_pkey primary key (organization_id, id),
    constraint storage_files_storage_key_unique unique (organization_id, storage_key),
    constraint storage_files_version_of_unique unique (organization_id, version_of),
    constraint storage_files_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint storage_files_version_of_fkey foreign key (organization_id, version_of)
        references atlvs.storage_files (organization_id, id) on delete set null (version_of),
    constraint storage_files_name_check check (length(name) <= 255 and name ~ '[^[:space:]]'),
    constraint storage_files_media_type_check
        check (media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$'),
    constraint storage_files_size_bytes_check check (size_bytes >= 0),
    constraint storage_files_checksum_sha256_check check (checksum_sha256 ~ '^[0-9a-f]{64}$'),
    constraint storage_files_storage_key_check check (length(storage_key) between 1 and 1024 and storage_key ~ '[^[:space:]]'),
    constraint storage_files_status_check
        check (status in ('uploading', 'active', 'quarantined', 'archived', 'deleted')),
    constraint storage_files_version_of_check check (version_of <> id)
);
-- One active file per content: backs the de-duplication of uploads.
create unique index storage_files_checksum_active_unique on atlvs.storage_files (organization_id, checksum_sha256)
    where status = 'active';
-- The file list by status and age; its size column lets the quota sum read the index alone.
create index storage_files_status_idx on atlvs.storage_files (organization_id, status, created_at) include (size_bytes);
select atlvs.register_tenant_table('atlvs.storage_files');

-- The quota: the sizes of the organization's files that are not deleted add up to at most
-- organizations.storage_quota_gb GiB (null = unlimited). The organization row is locked first (FOR NO
-- KEY UPDATE: it serializes uploads of one organization with each other and with changes of the quota,
-- but not with the key-share locks that foreign-key checks take), so two uploads that would each fit,
-- but not together, cannot both pass. A file stays in its version chain, unless its previous version is
-- purged.
create function atlvs.check_storage_file() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    quota integer;
    used bigint;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'storage_files');
    -- Purging a previous version sets version_of to null (the foreign key's action); nothing else moves a file.
    if tg_op = 'UPDATE' and new.version_of is distinct from old.version_of and new.version_of is not null then
        raise exception 'a file stays in its version chain'
            using errcode = 'check_violation', constraint = 'storage_files_version_of_fixed', table = 'storage_files',
                  column = 'version_of';
    end if;
    if new.status <> 'deleted'
       and (tg_op = 'INSERT' or old.status = 'deleted' or new.size_bytes > old.size_bytes) then
        select o.storage_quota_gb into quota
          from atlvs.organizations o
         where o.id = new.organization_id
           for no key update;
        if quota is not null then
            select coalesce(sum(f.size_bytes), 0) into used
              from atlvs.storage_files f
             where f.organization_id = new.organization_id and f.status <> 'deleted' and f.id <> new.id;
            if used + new.size_bytes > quota::bigint * 1073741824 then
                raise exception 'the organization''s storage quota would be exceeded'
                    using errcode = 'check_violation', constraint = 'storage_files_quota', table = 'storage_files',
                          column = 'size_bytes';
            end if;
        end if;
    end if;
    return new;
end
$$;

create trigger check_storage_file
    before insert or update on atlvs.storage_files
    for each row execute function atlvs.check_storage_file();

create table atlvs.attachments (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    entity_type     text        not null,
    entity_id       uuid        not null,
    file_id         uuid        not null,
    label           text        not null default 'other',
    description     text,
    is_public       boolean     not null default false,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint attachments_pkey primary key (organization_id, id),
    constraint attachments_file_unique unique (organization_id, entity_type, entity_id, file_id),
    constraint attachments_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint attachments_file_fkey foreign key (organization_id, file_id)
        references atlvs.storage_files (organization_id, id),
    constraint attachments_entity_type_check check (entity_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint attachments_label_check
        check (label in ('receipt', 'contract', 'stage_plot', 'coi', 'evidence', 'photo', 'other')),
    constraint attachments_description_check check (length(description) <= 2000)
);
create index attachments_file_idx on atlvs.attachments (organization_id, file_id);
select atlvs.register_tenant_table('atlvs.attachments');
select atlvs.install_entity_link('atlvs.attachments', 'entity_type', 'entity_id');

------------------------------------------------------------------------------------------------------
-- Tags: an organization's labels (names unique whatever their case) and the records they are put on.
------------------------------------------------------------------------------------------------------

create table atlvs.tags (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    name            text        not null,
    color           text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint tags_pkey primary key (organization_id, id),
    constraint tags_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint tags_name_check check (length(name) <= 64 and name ~ '[^[:space:]]'),
    constraint tags_color_check check (color ~ '^#[0-9A-Fa-f]{6}$')
);
-- Names are unique per organization ignoring case; the index also serves the tag list by name.
create unique index tags_name_unique on atlvs.tags (organization_id, lower(name));
select atlvs.register_tenant_table('atlvs.tags');

create table atlvs.taggings (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    tag_id          uuid        not null,
    entity_type     text        not null,
    entity_id       uuid        not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint taggings_pkey primary key (organization_id, id),
    constraint taggings_entity_unique unique (organization_id, tag_id, entity_type, entity_id),
    constraint taggings_tag_fkey foreign key (organization_id, tag_id)
        references atlvs.tags (organization_id, id) on delete cascade,
    constraint taggings_entity_type_check check (entity_type ~ '^[a-z][a-z_]{0,62}$')
);
create index taggings_entity_idx on atlvs.taggings (organization_id, entity_type, entity_id);
select atlvs.register_tenant_table('atlvs.taggings');
select atlvs.install_entity_link('atlvs.taggings', 'entity_type', 'entity_id');

-- The comment trigger looks rows up by keys that lead an index. PL/pgSQL caches its plans per session;
-- planned while the table is small, a cached sequential scan would make every row of a large load pay a
-- scan of a growing table, so the function is planned without sequential scans.
alter function atlvs.check_comment() set enable_seqscan = off;
