-- Profiles and credentials: a person's certifications (L-CREDENTIAL), assessed competencies, job history (a CV),
-- emergency contacts (encrypted personal data of third parties), the metadata of their identity and HR documents,
-- and the alerts the expiry monitor has sent. profile_documents and user_profile_activity are views.

-- --- certifications ---

create table atlvs.certifications (
    organization_id      uuid        not null,
    id                   uuid        not null default atlvs.uuid_v7(),
    person_id            uuid        not null,
    name                 text        not null,
    issuing_organization text,
    certification_number text,
    issue_date           date,
    expiry_date          date,
    status               text        not null default 'pending',
    verification_url     text,
    verified_by          uuid,
    verified_at          timestamptz,
    competency_id        uuid,
    training_module_id   uuid,
    notes                text,
    created_at           timestamptz not null,
    created_by           uuid,
    updated_at           timestamptz not null,
    updated_by           uuid,
    version              bigint      not null,
    constraint certifications_pkey primary key (organization_id, id),
    -- The key person_competencies points at, so that a competency's certification is one of the same person.
    constraint certifications_person_unique unique (organization_id, person_id, id),
    constraint certifications_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint certifications_competency_fkey foreign key (organization_id, competency_id)
        references atlvs.people_competencies (organization_id, id) on delete set null (competency_id),
    constraint certifications_name_check check (length(btrim(name)) between 1 and 200),
    constraint certifications_issuing_organization_check check (length(btrim(issuing_organization)) between 1 and 200),
    constraint certifications_certification_number_check check (length(btrim(certification_number)) between 1 and 100),
    constraint certifications_status_check check (status in ('pending', 'active', 'expired', 'suspended', 'revoked')),
    constraint certifications_verification_url_check check (length(verification_url) <= 2048),
    constraint certifications_notes_check check (length(notes) <= 4000),
    constraint certifications_expiry_date_check check (expiry_date >= issue_date)
);

comment on table atlvs.certifications is
    'A person''s professional certifications (IPAF, rigging, first aid, food hygiene), L-CREDENTIAL: pending until '
    'verified, then active; active moves to expired (by date), suspended or revoked; suspended returns to active. '
    '"Expiring soon" is derived from expiry_date, never stored. An active row past its expiry date reads as expired.';
comment on column atlvs.certifications.verified_by is 'The user who verified the certificate; no foreign key (actor column).';
comment on column atlvs.certifications.training_module_id is
    'The training module that issued the certification internally. No foreign key yet: the training module does '
    'not exist; the migration that creates training_modules adds (organization_id, training_module_id) → it.';

create index certifications_person_idx on atlvs.certifications (organization_id, person_id, expiry_date);
create index certifications_competency_idx on atlvs.certifications (organization_id, competency_id) where competency_id is not null;
create index certifications_expiry_idx on atlvs.certifications (organization_id, status, expiry_date) where expiry_date is not null;
create index certifications_training_module_idx on atlvs.certifications (organization_id, training_module_id)
    where training_module_id is not null;
select atlvs.register_tenant_table('atlvs.certifications', sensitive_columns => array['certification_number']);
select atlvs.null_on_delete('atlvs.certifications', 'certifications_competency_fkey');
select atlvs.register_entity_type('certification', 'atlvs.certifications');

-- --- a person's competencies ---

create table atlvs.person_competencies (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    person_id        uuid        not null,
    competency_id    uuid        not null,
    level            text        not null default 'intermediate',
    assessed_by      uuid,
    assessed_at      timestamptz,
    certification_id uuid,
    notes            text,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    constraint person_competencies_pkey primary key (organization_id, id),
    constraint person_competencies_unique unique (organization_id, person_id, competency_id),
    constraint person_competencies_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint person_competencies_competency_fkey foreign key (organization_id, competency_id)
        references atlvs.people_competencies (organization_id, id) on delete cascade,
    constraint person_competencies_certification_fkey foreign key (organization_id, person_id, certification_id)
        references atlvs.certifications (organization_id, person_id, id) on delete set null (certification_id),
    constraint person_competencies_level_check check (level in ('beginner', 'intermediate', 'advanced', 'expert')),
    constraint person_competencies_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.person_competencies is
    'One person''s assessed level in one competency, once per person and competency. A competency that requires '
    'certification counts only while the linked certification is valid on the date of the work.';
comment on column atlvs.person_competencies.certification_id is 'A certification of the same person (composite key).';

create index person_competencies_competency_idx on atlvs.person_competencies (organization_id, competency_id);
create index person_competencies_certification_idx on atlvs.person_competencies (organization_id, person_id, certification_id)
    where certification_id is not null;
select atlvs.register_tenant_table('atlvs.person_competencies');
select atlvs.null_on_delete('atlvs.person_competencies', 'person_competencies_certification_fkey');

-- --- job history ---

create table atlvs.job_history (
    organization_id    uuid        not null,
    id                 uuid        not null default atlvs.uuid_v7(),
    person_id          uuid        not null,
    company_name       text        not null,
    company_id         uuid,
    job_title          text        not null,
    department         text,
    employment_type    text        not null default 'freelance',
    start_date         date        not null,
    end_date           date,
    is_current         boolean     not null default false,
    location           text,
    description        text,
    achievements       text,
    skills_used        text[]      not null default '{}',
    responsibilities   text,
    supervisor_name    text,
    reason_for_leaving text,
    visibility         text        not null default 'organization',
    created_at         timestamptz not null,
    created_by         uuid,
    updated_at         timestamptz not null,
    updated_by         uuid,
    version            bigint      not null,
    constraint job_history_pkey primary key (organization_id, id),
    constraint job_history_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint job_history_company_name_check check (length(btrim(company_name)) between 1 and 200),
    constraint job_history_job_title_check check (length(btrim(job_title)) between 1 and 200),
    constraint job_history_department_check check (length(btrim(department)) between 1 and 200),
    constraint job_history_employment_type_check check (employment_type in
        ('full_time', 'part_time', 'contract', 'freelance', 'internship', 'temporary', 'consultant')),
    constraint job_history_location_check check (length(location) <= 200),
    constraint job_history_description_check check (length(description) <= 4000),
    constraint job_history_achievements_check check (length(achievements) <= 4000),
    constraint job_history_responsibilities_check check (length(responsibilities) <= 4000),
    constraint job_history_supervisor_name_check check (length(btrim(supervisor_name)) between 1 and 200),
    constraint job_history_reason_for_leaving_check check (length(reason_for_leaving) <= 2000),
    constraint job_history_visibility_check check (visibility in ('public', 'organization', 'private')),
    constraint job_history_end_date_check check (end_date >= start_date),
    constraint job_history_current_check check (is_current = (end_date is null))
);

comment on table atlvs.job_history is
    'A person''s employment and gig history (a CV). Entries may overlap (freelancers work several jobs at once); '
    'an entry is current exactly when it has no end date.';
comment on column atlvs.job_history.company_id is
    'The company of the companies table, when it is one the organization knows. No foreign key yet: the companies '
    'table is created by another migration of this module; a later migration adds (organization_id, company_id) → '
    'companies (organization_id, id) on delete set null.';

create index job_history_person_idx on atlvs.job_history (organization_id, person_id, start_date);
create index job_history_company_idx on atlvs.job_history (organization_id, company_id) where company_id is not null;
select atlvs.register_tenant_table('atlvs.job_history');

-- --- emergency contacts ---

create table atlvs.emergency_contacts (
    organization_id     uuid        not null,
    id                  uuid        not null default atlvs.uuid_v7(),
    person_id           uuid        not null,
    name                bytea       not null,
    relationship        text        not null,
    phone_primary       bytea       not null,
    phone_secondary     bytea,
    email               bytea,
    address             bytea,
    city                text,
    state_province      text,
    country             char(2),
    is_primary          boolean     not null default false,
    is_backup           boolean     not null default false,
    priority_level      integer     not null default 1,
    availability        text        not null default 'twenty_four_seven',
    verification_status text        not null default 'pending',
    last_verified       timestamptz,
    created_at          timestamptz not null,
    created_by          uuid,
    updated_at          timestamptz not null,
    updated_by          uuid,
    version             bigint      not null,
    constraint emergency_contacts_pkey primary key (organization_id, id),
    constraint emergency_contacts_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint emergency_contacts_relationship_check check (length(btrim(relationship)) between 1 and 100),
    constraint emergency_contacts_city_check check (length(btrim(city)) between 1 and 100),
    constraint emergency_contacts_state_province_check check (length(btrim(state_province)) between 1 and 100),
    constraint emergency_contacts_country_check check (country ~ '^[A-Z]{2}$'),
    constraint emergency_contacts_priority_level_check check (priority_level between 1 and 10),
    constraint emergency_contacts_availability_check
        check (availability in ('twenty_four_seven', 'business_hours', 'night_only', 'weekends', 'on_call')),
    constraint emergency_contacts_verification_status_check
        check (verification_status in ('pending', 'verified', 'unverified'))
);

comment on table atlvs.emergency_contacts is
    'Whom to call if a crew member is hurt on site. Exactly one primary contact per person when the person has any '
    '(checked at commit). Readable only by the person and by members holding people.safety.access.';
comment on column atlvs.emergency_contacts.name is
    'Encrypted by the application (a third party''s personal data); the database holds ciphertext only.';
comment on column atlvs.emergency_contacts.phone_primary is
    'Encrypted by the application. E.164 is checked in Java only: the database cannot check ciphertext.';
comment on column atlvs.emergency_contacts.phone_secondary is
    'Encrypted by the application. E.164 is checked in Java only: the database cannot check ciphertext.';
comment on column atlvs.emergency_contacts.email is
    'Encrypted by the application. The e-mail format is checked in Java only: the database cannot check ciphertext.';
comment on column atlvs.emergency_contacts.address is
    'Encrypted by the application; its length is checked in Java only.';

create index emergency_contacts_person_idx on atlvs.emergency_contacts (organization_id, person_id);
select atlvs.register_tenant_table('atlvs.emergency_contacts', sensitive_columns => array[
    'name', 'phone_primary', 'phone_secondary', 'email', 'address', 'city', 'state_province']);

-- Exactly one primary contact per person who has any: checked at commit, so contacts can be added and the primary
-- moved in any order within a transaction. Decided one transaction at a time per person.
create function atlvs.require_one_primary_contact() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    person uuid;
    primaries bigint;
    contacts bigint;
begin
    foreach person in array array_remove(array[case when tg_op <> 'DELETE' then new.person_id end,
                                                case when tg_op <> 'INSERT' then old.person_id end], null) loop
        perform atlvs.serialize_decision(tenant, 'emergency_contacts_primary', person);
        select count(*), count(*) filter (where c.is_primary) into contacts, primaries
          from atlvs.emergency_contacts c
         where c.organization_id = tenant and c.person_id = person;
        if contacts > 0 and primaries <> 1 then
            raise exception 'a person with emergency contacts has exactly one primary contact'
                using errcode = 'check_violation', constraint = 'emergency_contacts_primary', table = 'emergency_contacts',
                      column = 'is_primary';
        end if;
    end loop;
    return null;
end
$$;

create constraint trigger require_one_primary_contact
    after insert or update of is_primary, person_id or delete on atlvs.emergency_contacts
    deferrable initially deferred
    for each row execute function atlvs.require_one_primary_contact();

-- --- person documents and the profile_documents view ---

create table atlvs.person_documents (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    person_id       uuid        not null,
    attachment_id   uuid        not null,
    document_type   text        not null default 'other',
    expires_at      date,
    verified_by     uuid,
    verified_at     timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint person_documents_pkey primary key (organization_id, id),
    constraint person_documents_attachment_unique unique (organization_id, attachment_id),
    constraint person_documents_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint person_documents_attachment_fkey foreign key (organization_id, attachment_id)
        references atlvs.attachments (organization_id, id) on delete cascade,
    constraint person_documents_document_type_check
        check (document_type in ('passport', 'id', 'visa', 'tax_form', 'right_to_work', 'nda', 'other'))
);

comment on table atlvs.person_documents is
    'What an attachment on a person is (passport scan, right-to-work, tax form, NDA): its type, expiry and '
    'verification. The file itself is an attachment (core) on the entity type person; the SDK writes this row only '
    'for an attachment on the same person, and profile_documents shows only those.';

create index person_documents_person_idx on atlvs.person_documents (organization_id, person_id, expires_at);
select atlvs.register_tenant_table('atlvs.person_documents');

create view atlvs.profile_documents with (security_invoker = true) as
    select d.organization_id,
           d.id,
           d.person_id,
           d.attachment_id,
           a.file_id,
           f.name as file_name,
           f.media_type,
           d.document_type,
           d.expires_at,
           d.verified_by,
           d.verified_at,
           d.created_at,
           d.created_by
      from atlvs.person_documents d
      join atlvs.attachments a
        on a.organization_id = d.organization_id and a.id = d.attachment_id
       and a.entity_type = 'person' and a.entity_id = d.person_id
      join atlvs.storage_files f on f.organization_id = a.organization_id and f.id = a.file_id;

comment on view atlvs.profile_documents is
    'The audit''s profile_documents: a person''s identity and HR documents, the attachments on the person with the '
    'metadata of person_documents. Runs with the caller''s rights (security_invoker).';

-- --- expiry alerts ---

create table atlvs.credential_alerts (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    credential_type text        not null,
    credential_id   uuid        not null,
    expiry_date     date        not null,
    threshold_days  integer     not null,
    alerted_on      date        not null,
    recipients      integer     not null default 0,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint credential_alerts_pkey primary key (organization_id, id),
    constraint credential_alerts_unique unique (organization_id, credential_type, credential_id, expiry_date, threshold_days),
    constraint credential_alerts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint credential_alerts_credential_type_check check (credential_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint credential_alerts_threshold_days_check check (threshold_days >= 0),
    constraint credential_alerts_recipients_check check (recipients >= 0)
);

comment on table atlvs.credential_alerts is
    'The expiry alerts the credential monitor has sent: one row per credential, expiry date and threshold (days '
    'before expiry), so that each threshold is notified once. A renewed credential (new expiry date) is alerted anew.';

select atlvs.register_tenant_table('atlvs.credential_alerts');

-- --- user_profile_activity view ---

create view atlvs.user_profile_activity with (security_invoker = true) as
    select l.organization_id,
           l.id,
           l.sequence,
           case when l.table_name = 'people' then l.record_id else (i.new_values ->> 'person_id')::uuid end as person_id,
           p.user_id,
           l.table_name as subject_table,
           l.record_id,
           case
               when l.table_name = 'people' then
                   case l.action when 'insert' then 'profile_created' when 'update' then 'profile_updated' else 'profile_deleted' end
               when l.table_name = 'certifications' and l.action = 'update'
                    and l.new_values ->> 'status' = 'expired' and l.old_values ->> 'status' <> 'expired' then 'certification_expired'
               else (case l.table_name
                         when 'certifications' then 'certification'
                         when 'job_history' then 'job_history'
                         when 'emergency_contacts' then 'emergency_contact'
                         when 'person_competencies' then 'competency'
                         else 'document' end)
                    || (case l.action when 'insert' then '_added' when 'update' then '_updated' else '_removed' end)
           end as activity_type,
           l.action,
           l.changed_fields,
           l.actor_id as performed_by,
           l.occurred_at
      from atlvs.audit_logs l
      -- An update records the changed values only; a row's person never changes, so it is read from the row's insert.
      -- Joins only, on the organization (Citus plans no correlated sub-query and, on PostgreSQL 15, no outer join here):
      -- activity whose insert has left the audit trail (archived months) is not listed; the person's row outlives its
      -- activity, since people are soft-deleted and erased by anonymization.
      join atlvs.audit_logs i
        on i.organization_id = l.organization_id and i.table_name = l.table_name and i.record_id = l.record_id
       and i.action = 'insert'
      join atlvs.people p
        on p.organization_id = l.organization_id
       and p.id = case when l.table_name = 'people' then l.record_id else (i.new_values ->> 'person_id')::uuid end
     where l.table_name in ('people', 'certifications', 'job_history', 'emergency_contacts', 'person_competencies',
                            'person_documents')
       and i.table_name in ('people', 'certifications', 'job_history', 'emergency_contacts', 'person_competencies',
                            'person_documents');

comment on view atlvs.user_profile_activity is
    'The audit''s user_profile_activity: what happened to a person''s profile (profile_created, profile_updated, '
    'certification_added, certification_expired, job_history_added, emergency_contact_updated, competency_added, '
    'document_added, …), by whom and when, read from the audit trail. It shows the names of changed fields, never '
    'their values. Runs with the caller''s rights (security_invoker): the audit trail''s tenant policy applies. The person '
    'of an update or delete is read from the row''s insert, so activity older than the audit trail''s retention may '
    'lose its person.';
