-- Per-organization personnel profiles of members, and the one place hierarchy (venues, sites,
-- rooms, warehouses, vehicles) that every module points at.

-- Raises an error when a time zone name is unknown to the server.
create function atlvs.check_time_zone(zone text, table_name text, column_name text) returns void
    language plpgsql stable
    set search_path = pg_catalog
as $$
begin
    if zone is not null then
        perform now() at time zone zone;
    end if;
exception
    when invalid_parameter_value then
        raise exception 'unknown time zone'
            using errcode = 'check_violation', constraint = table_name || '_' || column_name || '_zone',
                  table = table_name, column = column_name;
end
$$;

create table atlvs.user_profiles (
    organization_id        uuid        not null,
    id                     uuid        not null default atlvs.uuid_v7(),
    user_id                uuid        not null,
    avatar_url             text,
    date_of_birth          date,
    gender                 text,
    nationality            char(2),
    languages              text[]      not null default '{}',
    phone_primary          text,
    phone_secondary        text,
    address_line1          text,
    address_line2          text,
    city                   text,
    state_province         text,
    postal_code            text,
    country                char(2),
    job_title              text,
    department             text,
    employee_id            text,
    hire_date              date,
    employment_type        text,
    manager_user_id        uuid,
    skills                 text[]      not null default '{}',
    bio                    text,
    linkedin_url           text,
    website_url            text,
    status                 text        not null default 'active',
    profile_completion_pct smallint    not null default 0,
    created_at             timestamptz not null,
    created_by             uuid,
    updated_at             timestamptz not null,
    updated_by             uuid,
    version                bigint      not null,
    constraint user_profiles_pkey primary key (organization_id, id),
    constraint user_profiles_user_unique unique (organization_id, user_id),
    constraint user_profiles_employee_id_unique unique (organization_id, employee_id),
    constraint user_profiles_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id),
    constraint user_profiles_manager_fkey foreign key (organization_id, manager_user_id)
        references atlvs.organization_members (organization_id, user_id),
    constraint user_profiles_date_of_birth_check check (date_of_birth >= date '1900-01-01'),
    constraint user_profiles_gender_check check (gender in ('male', 'female', 'non_binary', 'prefer_not_to_say')),
    constraint user_profiles_nationality_check check (nationality ~ '^[A-Z]{2}$'),
    constraint user_profiles_languages_check check (cardinality(languages) <= 50),
    constraint user_profiles_phone_primary_check check (phone_primary ~ '^\+?[0-9 ()./-]{3,32}$'),
    constraint user_profiles_phone_secondary_check check (phone_secondary ~ '^\+?[0-9 ()./-]{3,32}$'),
    constraint user_profiles_address_line1_check check (length(address_line1) <= 200),
    constraint user_profiles_address_line2_check check (length(address_line2) <= 200),
    constraint user_profiles_city_check check (length(city) <= 100),
    constraint user_profiles_state_province_check check (length(state_province) <= 100),
    constraint user_profiles_postal_code_check check (length(postal_code) <= 20),
    constraint user_profiles_country_check check (country ~ '^[A-Z]{2}$'),
    constraint user_profiles_job_title_check check (length(job_title) <= 200),
    constraint user_profiles_department_check check (length(department) <= 200),
    constraint user_profiles_employee_id_check check (length(employee_id) between 1 and 64),
    constraint user_profiles_employment_type_check
        check (employment_type in ('full_time', 'part_time', 'contract', 'freelance', 'intern')),
    constraint user_profiles_manager_check check (manager_user_id <> user_id),
    constraint user_profiles_skills_check check (cardinality(skills) <= 200),
    constraint user_profiles_bio_check check (length(bio) <= 4000),
    constraint user_profiles_linkedin_url_check check (length(linkedin_url) <= 2048),
    constraint user_profiles_website_url_check check (length(website_url) <= 2048),
    constraint user_profiles_status_check check (status in ('active', 'inactive', 'pending', 'suspended')),
    constraint user_profiles_hire_date_check check (hire_date >= date_of_birth),
    constraint user_profiles_profile_completion_pct_check check (profile_completion_pct between 0 and 100)
);
create index user_profiles_manager_idx on atlvs.user_profiles (organization_id, manager_user_id);
select atlvs.register_tenant_table('atlvs.user_profiles', sensitive_columns => array[
    'date_of_birth', 'gender', 'nationality', 'phone_primary', 'phone_secondary', 'address_line1', 'address_line2',
    'city', 'state_province', 'postal_code', 'employee_id']);

-- Derived state of a profile: its completion percentage over the fields a crew coordinator needs,
-- and a manager chain that never loops back to the person.
create function atlvs.derive_user_profile() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    filled integer;
begin
    filled := num_nonnulls(new.avatar_url, new.date_of_birth, new.nationality, new.phone_primary,
                           new.address_line1, new.city, new.country, new.job_title, new.department,
                           new.employment_type, new.bio)
              + (cardinality(new.languages) > 0)::integer
              + (cardinality(new.skills) > 0)::integer;
    new.profile_completion_pct := round(filled * 100.0 / 13);

    if tg_op = 'INSERT' or new.manager_user_id is distinct from old.manager_user_id then
        perform atlvs.check_acyclic('atlvs.user_profiles', new.organization_id, new.user_id, new.manager_user_id,
                                    'user_id', 'manager_user_id', 'user_profiles_manager_cycle', 'manager_user_id');
    end if;
    return new;
end
$$;

create trigger derive_user_profile
    before insert or update on atlvs.user_profiles
    for each row execute function atlvs.derive_user_profile();

create table atlvs.locations (
    organization_id uuid          not null,
    id              uuid          not null default atlvs.uuid_v7(),
    parent_id       uuid,
    name            text          not null,
    type            text          not null,
    address_line1   text,
    address_line2   text,
    city            text,
    region          text,
    postal_code     text,
    country         char(2),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    timezone        text,
    capacity        integer,
    contact         text,
    access_notes    text,
    notes           text,
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null,
    deleted_at      timestamptz,
    constraint locations_pkey primary key (organization_id, id),
    constraint locations_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint locations_parent_fkey foreign key (organization_id, parent_id)
        references atlvs.locations (organization_id, id) on delete set null (parent_id),
    constraint locations_name_check check (length(btrim(name)) between 1 and 200),
    constraint locations_type_check
        check (type in ('venue', 'site', 'building', 'floor', 'room', 'area', 'warehouse', 'storage', 'vehicle', 'office')),
    constraint locations_address_line1_check check (length(address_line1) <= 200),
    constraint locations_address_line2_check check (length(address_line2) <= 200),
    constraint locations_city_check check (length(city) <= 100),
    constraint locations_region_check check (length(region) <= 100),
    constraint locations_postal_code_check check (length(postal_code) <= 20),
    constraint locations_country_check check (country ~ '^[A-Z]{2}$'),
    constraint locations_latitude_check check (latitude between -90 and 90),
    constraint locations_longitude_check check (longitude between -180 and 180),
    constraint locations_coordinates_check check ((latitude is null) = (longitude is null)),
    constraint locations_timezone_check check (length(timezone) between 1 and 64),
    constraint locations_capacity_check check (capacity > 0),
    constraint locations_contact_check check (length(contact) <= 500),
    constraint locations_access_notes_check check (length(access_notes) <= 4000),
    constraint locations_notes_check check (length(notes) <= 4000),
    constraint locations_parent_check check (parent_id <> id)
);
create index locations_parent_idx on atlvs.locations (organization_id, parent_id);
create index locations_active_name_idx on atlvs.locations (organization_id, name) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.locations', soft_delete => true);

create function atlvs.check_location() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.check_time_zone(new.timezone, 'locations', 'timezone');
    if tg_op = 'INSERT' or new.parent_id is distinct from old.parent_id then
        perform atlvs.check_acyclic('atlvs.locations', new.organization_id, new.id, new.parent_id,
                                    'id', 'parent_id', 'locations_parent_cycle', 'parent_id');
    end if;
    return new;
end
$$;

create trigger check_location
    before insert or update on atlvs.locations
    for each row execute function atlvs.check_location();

-- The time zone of an organization is checked like any other.
create function atlvs.check_organization() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.check_time_zone(new.timezone, 'organizations', 'timezone');
    return new;
end
$$;

create trigger check_organization
    before insert or update of timezone on atlvs.organizations
    for each row execute function atlvs.check_organization();
