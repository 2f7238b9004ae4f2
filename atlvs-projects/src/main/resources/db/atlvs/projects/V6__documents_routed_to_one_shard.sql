-- A project's documents are read from its organization's one shard. Whether a file is the latest of its version chain
-- was a correlated NOT EXISTS in the view's select list, which Citus plans apart from the statement's organization
-- filter and sends to every shard; it is now a left join on the next version (at most one: storage_files_version_of_unique),
-- joined on the organization like the view's other tables, so the filter routes the whole statement.
create or replace view atlvs.project_documents with (security_invoker = true) as
    select a.organization_id,
           a.id,
           a.entity_id       as project_id,
           a.file_id,
           f.name,
           f.media_type,
           f.size_bytes,
           f.status          as file_status,
           f.version_of,
           n.id is null      as is_latest,
           a.label,
           a.description,
           a.is_public,
           f.uploaded_by,
           a.created_at,
           a.created_by,
           a.updated_at,
           a.updated_by
      from atlvs.attachments a
      join atlvs.storage_files f on f.organization_id = a.organization_id and f.id = a.file_id
      left join atlvs.storage_files n on n.organization_id = f.organization_id and n.version_of = f.id
     where a.entity_type = 'project'
       and f.status <> 'deleted';
