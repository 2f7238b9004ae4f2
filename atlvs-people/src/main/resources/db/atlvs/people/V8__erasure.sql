-- Erasure of a person: everything that identifies them goes, in the rows and in the audit trail, as
-- atlvs.anonymize_user does for users. The tables that hold a person's data register themselves once, with the column
-- naming the person and what erasure does to their rows (delete them, or detach them by nulling the column); erasure
-- then removes the sealed values of every audit entry of those rows (the audit trail keeps who did what and when, never
-- the personal values, which only the sealed values hold) and anonymizes the person's own row.

create table atlvs.person_data_tables (
    table_name    text not null,
    person_column text not null,
    action        text not null,
    constraint person_data_tables_pkey primary key (table_name, person_column),
    constraint person_data_tables_action_check check (action in ('delete', 'detach'))
);

comment on table atlvs.person_data_tables is
    'The tables holding a person''s data (each registered by its migration with atlvs.register_person_data) and what '
    'erasure does to their rows: delete them, or detach them (null the person column).';

select atlvs.register_table('atlvs.person_data_tables', 'internal');

create function atlvs.register_person_data(target regclass, person_column name, action text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    target_name name;
begin
    -- The name first: Citus takes no sub-query in an INSERT into a reference table.
    select c.relname into target_name from pg_class c where c.oid = target;
    insert into atlvs.person_data_tables (table_name, person_column, action)
    values (target_name, person_column, action)
    on conflict on constraint person_data_tables_pkey do update set action = excluded.action;
end
$$;

revoke execute on function atlvs.register_person_data(regclass, name, text) from public;

-- Erases the person `person` of the transaction's organization; needs people.people.erase. Returns, per table, how
-- many rows were deleted or detached (the person's own row counts as anonymized).
create function atlvs.erase_person(person uuid) returns table (table_name text, records bigint)
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    organization uuid := atlvs.current_tenant();
    entry record;
    ids uuid[];
    attached uuid[];
    files uuid[];
    affected bigint;
    erased_at timestamptz := now();
begin
    if organization is null or atlvs.current_actor() is null
       or not atlvs.actor_covers(array['people.people.erase'], null, null) then
        raise exception 'erasing a person needs the permission people.people.erase (constraint "people_erase_permission")'
            using errcode = 'insufficient_privilege', constraint = 'people_erase_permission', table = 'people',
                  column = 'id';
    end if;
    if not exists (select 1 from atlvs.people p where p.organization_id = organization and p.id = person) then
        raise exception 'no person with this id in the organization' using errcode = 'AR002', table = 'people';
    end if;
    -- The files attached to the person or to their certifications, with their attachments and comments (the host
    -- deletes the stored objects: PersonService.erase reports their storage keys). The expiry alerts of their
    -- certifications go with the certifications.
    select coalesce(array_agg(c.id), '{}') into ids
      from atlvs.certifications c where c.organization_id = organization and c.person_id = person;
    delete from atlvs.credential_alerts a where a.organization_id = organization and a.credential_id = any(ids);
    select coalesce(array_agg(a.id), '{}'), coalesce(array_agg(distinct a.file_id), '{}') into attached, files
      from atlvs.attachments a
     where a.organization_id = organization
       and ((a.entity_type = 'person' and a.entity_id = person) or (a.entity_type = 'certification' and a.entity_id = any(ids)));
    delete from atlvs.attachments a where a.organization_id = organization and a.id = any(attached);
    get diagnostics affected = row_count;
    if affected > 0 then
        table_name := 'attachments';
        records := affected;
        return next;
    end if;
    delete from atlvs.storage_files f
     where f.organization_id = organization and f.id = any(files)
       and not exists (select 1 from atlvs.attachments a where a.organization_id = organization and a.file_id = f.id);
    get diagnostics affected = row_count;
    if affected > 0 then
        table_name := 'storage_files';
        records := affected;
        return next;
    end if;
    delete from atlvs.comments c
     where c.organization_id = organization
       and ((c.entity_type = 'person' and c.entity_id = person) or (c.entity_type = 'certification' and c.entity_id = any(ids)));
    get diagnostics affected = row_count;
    if affected > 0 then
        table_name := 'comments';
        records := affected;
        return next;
    end if;
    delete from atlvs.audit_sealed_values v
     using atlvs.audit_logs l
     where l.organization_id = organization and l.table_name in ('attachments', 'storage_files')
       and l.record_id = any(attached || files)
       and v.organization_id = l.organization_id and v.id = l.id;
    for entry in select t.table_name, t.person_column, t.action from atlvs.person_data_tables t
                  order by t.table_name, t.person_column loop
        execute format('select coalesce(array_agg(id), ''{}'') from atlvs.%I where organization_id = $1 and %I = $2',
                       entry.table_name, entry.person_column)
            into ids using organization, person;
        if cardinality(ids) = 0 then
            continue;
        end if;
        if entry.action = 'delete' then
            execute format('delete from atlvs.%I where organization_id = $1 and id = any($2)', entry.table_name)
                using organization, ids;
        else
            execute format('update atlvs.%I set %I = null where organization_id = $1 and id = any($2)',
                           entry.table_name, entry.person_column)
                using organization, ids;
        end if;
        get diagnostics affected = row_count;
        -- A detached row is somebody else's (a person the erased one managed): its own values stay.
        if entry.action = 'delete' then
            delete from atlvs.audit_sealed_values v
             using atlvs.audit_logs l
             where l.organization_id = organization and l.table_name = entry.table_name and l.record_id = any(ids)
               and v.organization_id = l.organization_id and v.id = l.id;
        end if;
        table_name := entry.table_name;
        records := affected;
        return next;
    end loop;
    -- A booking of the person stays as the need it was ("Rigging crew"), without the person or their name.
    update atlvs.project_resources r
       set resource_id = null, name = 'Erased person'
     where r.organization_id = organization and r.resource_type = 'person' and r.resource_id = person;
    get diagnostics affected = row_count;
    if affected > 0 then
        delete from atlvs.audit_sealed_values v
         using atlvs.audit_logs l
         where l.organization_id = organization and l.table_name = 'project_resources'
           and v.organization_id = l.organization_id and v.id = l.id
           and l.record_id in (select r.id from atlvs.project_resources r
                                where r.organization_id = organization and r.resource_type = 'person' and r.resource_id is null
                                  and r.name = 'Erased person');
        table_name := 'project_resources';
        records := affected;
        return next;
    end if;
    -- The moment as a value: Citus takes no stable function over a column in an UPDATE.
    update atlvs.people p
       set first_name = 'Erased', last_name = null, email = null, phone = null, location = null, city = null,
           bio = null, avatar_url = null, user_id = null, manager_id = null, status = 'terminated',
           deleted_at = coalesce(p.deleted_at, erased_at)
     where p.organization_id = organization and p.id = person;
    delete from atlvs.audit_sealed_values v
     using atlvs.audit_logs l
     where l.organization_id = organization and l.table_name = 'people' and l.record_id = person
       and v.organization_id = l.organization_id and v.id = l.id;
    table_name := 'people';
    records := 1;
    return next;
end
$$;

revoke execute on function atlvs.erase_person(uuid) from public;

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.erase_person(uuid) to %I', '${runtime_role}');
    end if;
end
$$;

select atlvs.register_person_data('atlvs.person_profiles', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.person_health_records', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.people_leave', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.person_commitments', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.project_members', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.certifications', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.person_competencies', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.job_history', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.emergency_contacts', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.person_documents', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.people_endorsements', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.people_endorsements', 'endorser_id', 'delete');
select atlvs.register_person_data('atlvs.shortlist_members', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.people_network', 'person_id', 'delete');
select atlvs.register_person_data('atlvs.people_network', 'connected_person_id', 'delete');
select atlvs.register_person_data('atlvs.people', 'manager_id', 'detach');
-- A company contact linked to the person is the same human.
select atlvs.register_person_data('atlvs.company_contacts', 'person_id', 'delete');

-- Emergency contacts are safety data and person documents personal data: written only by the person and by holders
-- of the permission that opens them, as person_health_records and person_profiles.
create trigger guard_personal_write
    before insert or update or delete on atlvs.emergency_contacts
    for each row execute function atlvs.guard_personal_write('emergency_contacts', 'people.safety.access');

create trigger guard_personal_write
    before insert or update or delete on atlvs.person_documents
    for each row execute function atlvs.guard_personal_write('person_documents', 'people.personal.access');
