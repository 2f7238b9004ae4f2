-- The personal data of a person that HR and safety need and nobody else may read: identity, tax and bank details
-- (person_profiles) and health (person_health_records). Every personal value is encrypted by the SDK before it
-- reaches the database (bytea columns: the database never holds them in clear, so it cannot check them either;
-- their checks live in Java), and the SDK maps a row only for the person it is about or for holders of
-- people.personal.access (profiles) or people.safety.access (health). Here the database refuses writes of another
-- person's rows without that permission, whoever writes them.

-- --- identity, tax and bank details ---

create table atlvs.person_profiles (
    organization_id           uuid        not null,
    id                        uuid        not null default atlvs.uuid_v7(),
    person_id                 uuid        not null,
    date_of_birth             bytea,
    nationality               char(2),
    passport_number           bytea,
    passport_number_bidx      bytea,
    passport_country          char(2),
    passport_expires_on       date,
    national_id_number        bytea,
    national_id_number_bidx   bytea,
    tax_id                    bytea,
    tax_id_bidx               bytea,
    bank_account_holder       bytea,
    bank_iban                 bytea,
    bank_bic                  bytea,
    created_at                timestamptz not null,
    created_by                uuid,
    updated_at                timestamptz not null,
    updated_by                uuid,
    version                   bigint      not null,
    constraint person_profiles_pkey primary key (organization_id, id),
    constraint person_profiles_person_unique unique (organization_id, person_id),
    constraint person_profiles_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint person_profiles_nationality_check check (nationality ~ '^[A-Z]{2}$'),
    constraint person_profiles_passport_country_check check (passport_country ~ '^[A-Z]{2}$'),
    constraint person_profiles_passport_number_bidx_check check ((passport_number is null) = (passport_number_bidx is null)),
    constraint person_profiles_national_id_number_bidx_check
        check ((national_id_number is null) = (national_id_number_bidx is null)),
    constraint person_profiles_tax_id_bidx_check check ((tax_id is null) = (tax_id_bidx is null))
);

comment on table atlvs.person_profiles is
    'A person''s identity, tax and bank details (one row per person), encrypted by the SDK. Readable through the SDK only '
    'by the person and by holders of people.personal.access; written only by them (refused here otherwise).';
comment on column atlvs.person_profiles.passport_expires_on is
    'In clear, unlike the passport number: travel checks compare it with itineraries.';

create index person_profiles_passport_idx on atlvs.person_profiles (organization_id, passport_number_bidx)
    where passport_number_bidx is not null;
create index person_profiles_national_id_idx on atlvs.person_profiles (organization_id, national_id_number_bidx)
    where national_id_number_bidx is not null;
create index person_profiles_tax_id_idx on atlvs.person_profiles (organization_id, tax_id_bidx)
    where tax_id_bidx is not null;
select atlvs.register_tenant_table('atlvs.person_profiles', sensitive_columns => array[
    'date_of_birth', 'passport_number', 'national_id_number', 'tax_id', 'bank_account_holder', 'bank_iban', 'bank_bic']);

-- --- health ---

create table atlvs.person_health_records (
    organization_id      uuid        not null,
    id                   uuid        not null default atlvs.uuid_v7(),
    person_id            uuid        not null,
    blood_type           bytea,
    allergies            bytea,
    medical_conditions   bytea,
    medications          bytea,
    dietary_requirements bytea,
    notes                bytea,
    created_at           timestamptz not null,
    created_by           uuid,
    updated_at           timestamptz not null,
    updated_by           uuid,
    version              bigint      not null,
    constraint person_health_records_pkey primary key (organization_id, id),
    constraint person_health_records_person_unique unique (organization_id, person_id),
    constraint person_health_records_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade
);

comment on table atlvs.person_health_records is
    'What first aid and catering must know of a person (one row per person), encrypted by the SDK. Readable through the '
    'SDK only by the person and by holders of people.safety.access; written only by them (refused here otherwise).';

select atlvs.register_tenant_table('atlvs.person_health_records', sensitive_columns => array[
    'blood_type', 'allergies', 'medical_conditions', 'medications', 'dietary_requirements', 'notes']);

-- --- who may write them ---

-- Whether the verified actor is the person `person` of the organization (a person linked to the actor's login).
create function atlvs.actor_is_person(organization uuid, person uuid) returns boolean
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
begin
    return exists (select 1 from atlvs.people p
                    where p.organization_id = organization and p.id = person and p.user_id = atlvs.current_actor());
end
$$;

-- Refuses a write of a personal row (its table and the permission that opens it given as trigger arguments) by an
-- actor who is neither the person nor a holder of the permission. Platform operations (erasure, re-encryption)
-- pass. The rule is named <table>_access.
create function atlvs.guard_personal_write() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    table_name text := tg_argv[0];
    permission text := tg_argv[1];
    row_value record := case when tg_op = 'DELETE' then old else new end;
    platform boolean;
    actor uuid;
begin
    select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
    if coalesce(platform, false) then
        return row_value;
    end if;
    -- Erasure (people.people.erase) deletes whatever personal rows the person has.
    if actor is null or not (atlvs.actor_is_person(row_value.organization_id, row_value.person_id)
                             or atlvs.actor_covers(array[permission], null, null)
                             or (tg_op = 'DELETE' and atlvs.actor_covers(array['people.people.erase'], null, null))) then
        perform atlvs.refuse_privilege(table_name || '_access', table_name, 'person_id',
            'only the person and holders of ' || permission || ' may change it (constraint "' || table_name || '_access")');
    end if;
    return row_value;
end
$$;

create trigger guard_personal_write
    before insert or update or delete on atlvs.person_profiles
    for each row execute function atlvs.guard_personal_write('person_profiles', 'people.personal.access');

create trigger guard_personal_write
    before insert or update or delete on atlvs.person_health_records
    for each row execute function atlvs.guard_personal_write('person_health_records', 'people.safety.access');
