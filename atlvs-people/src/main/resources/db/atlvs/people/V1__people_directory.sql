-- The people directory: the people an organization works with (staff, freelance crew, talent), the crew roles
-- they fill (A1 Audio, Head Rigger, Stage Manager), the skills taxonomy and the competencies each role requires.

-- --- people ---

create table atlvs.people (
    organization_id uuid          not null,
    id              uuid          not null default atlvs.uuid_v7(),
    user_id         uuid,
    first_name      text          not null,
    last_name       text,
    email           text,
    phone           text,
    title           text,
    department      text,
    employment_type text          not null default 'freelance',
    location        text,
    city            text,
    country         char(2),
    timezone        text,
    start_date      date,
    end_date        date,
    bio             text,
    avatar_url      text,
    status          text          not null default 'active',
    manager_id      uuid,
    day_rate        numeric(19, 4),
    currency        char(3),
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null,
    deleted_at      timestamptz,
    constraint people_pkey primary key (organization_id, id),
    constraint people_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    -- A login user is a member of the organization (and one of its live people: people_user_unique below).
    constraint people_user_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (user_id),
    constraint people_manager_fkey foreign key (organization_id, manager_id)
        references atlvs.people (organization_id, id) on delete set null (manager_id),
    constraint people_first_name_check check (length(btrim(first_name)) between 1 and 100),
    constraint people_last_name_check check (length(btrim(last_name)) between 1 and 100),
    constraint people_email_check check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 320),
    constraint people_phone_check check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint people_title_check check (length(btrim(title)) between 1 and 200),
    constraint people_department_check check (length(btrim(department)) between 1 and 200),
    constraint people_employment_type_check
        check (employment_type in ('full_time', 'part_time', 'contractor', 'freelance', 'intern', 'volunteer')),
    constraint people_location_check check (length(location) <= 200),
    constraint people_city_check check (length(btrim(city)) between 1 and 100),
    constraint people_country_check check (country ~ '^[A-Z]{2}$'),
    constraint people_timezone_check check (length(timezone) between 1 and 64),
    constraint people_end_date_check check (end_date >= start_date),
    constraint people_bio_check check (length(bio) <= 4000),
    constraint people_avatar_url_check check (length(avatar_url) <= 2048),
    constraint people_status_check check (status in ('active', 'inactive', 'on_leave', 'terminated')),
    constraint people_manager_check check (manager_id <> id),
    constraint people_day_rate_check check (day_rate >= 0),
    constraint people_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint people_day_rate_currency_check check (day_rate is null or currency is not null)
);

comment on table atlvs.people is
    'The organization''s directory of the people it works with: staff, freelance crew and talent, optionally linked to a login user.';
comment on column atlvs.people.email is 'Unique in the organization among the people not deleted, ignoring case.';
comment on column atlvs.people.phone is 'E.164: a plus sign, the country code and the number, digits only (+4915112345678).';
comment on column atlvs.people.day_rate is 'The usual day rate, in currency; candidate matching compares it with a budget.';

create unique index people_email_unique on atlvs.people (organization_id, lower(email))
    where email is not null and deleted_at is null;
create unique index people_user_unique on atlvs.people (organization_id, user_id)
    where user_id is not null and deleted_at is null;
create index people_manager_idx on atlvs.people (organization_id, manager_id) where manager_id is not null;
create index people_active_name_idx on atlvs.people (organization_id, last_name, first_name) where deleted_at is null;
create index people_status_idx on atlvs.people (organization_id, status) where deleted_at is null;
-- Every value that identifies the person is sealed in the audit trail, so that erasing the person erases it there too.
select atlvs.register_tenant_table('atlvs.people', soft_delete => true,
    sensitive_columns => array['first_name', 'last_name', 'email', 'phone', 'location', 'city', 'bio', 'avatar_url']);
select atlvs.null_on_delete('atlvs.people', 'people_user_fkey');
select atlvs.null_on_delete('atlvs.people', 'people_manager_fkey');
select atlvs.register_entity_type('person', 'atlvs.people');

create function atlvs.check_person() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.check_time_zone(new.timezone, 'people', 'timezone');
    return new;
end
$$;

create trigger check_person
    before insert or update on atlvs.people
    for each row execute function atlvs.check_person();

-- --- crew roles ---

create table atlvs.people_roles (
    organization_id  uuid           not null,
    id               uuid           not null default atlvs.uuid_v7(),
    name             text           not null,
    description      text,
    department       text,
    level            text,
    default_day_rate numeric(19, 4),
    currency         char(3),
    is_on_site       boolean        not null default true,
    status           text           not null default 'active',
    created_at       timestamptz    not null,
    created_by       uuid,
    updated_at       timestamptz    not null,
    updated_by       uuid,
    version          bigint         not null,
    constraint people_roles_pkey primary key (organization_id, id),
    constraint people_roles_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint people_roles_name_check check (length(btrim(name)) between 1 and 100),
    constraint people_roles_description_check check (length(description) <= 4000),
    constraint people_roles_department_check check (length(btrim(department)) between 1 and 200),
    constraint people_roles_level_check check (level in ('entry', 'mid', 'senior', 'lead', 'executive')),
    constraint people_roles_default_day_rate_check check (default_day_rate >= 0),
    constraint people_roles_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint people_roles_day_rate_currency_check check (default_day_rate is null or currency is not null),
    constraint people_roles_status_check check (status in ('active', 'archived'))
);

comment on table atlvs.people_roles is
    'Crew roles and job functions (A1 Audio, Stage Manager, Head Rigger, Runner), not access roles. A role that shortlists '
    'or bookings refer to is archived, never deleted: their foreign keys refuse the delete.';
comment on column atlvs.people_roles.is_on_site is
    'Whether people in this role work on site (they then need an emergency contact before they are called).';

create unique index people_roles_name_unique on atlvs.people_roles (organization_id, lower(name));
select atlvs.register_tenant_table('atlvs.people_roles');

-- --- competencies ---

create table atlvs.people_competencies (
    organization_id               uuid        not null,
    id                            uuid        not null default atlvs.uuid_v7(),
    name                          text        not null,
    description                   text,
    category                      text,
    level_definitions             jsonb       not null default '{}',
    requires_certification        boolean     not null default false,
    certification_validity_months integer,
    created_at                    timestamptz not null,
    created_by                    uuid,
    updated_at                    timestamptz not null,
    updated_by                    uuid,
    version                       bigint      not null,
    constraint people_competencies_pkey primary key (organization_id, id),
    constraint people_competencies_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint people_competencies_name_check check (length(btrim(name)) between 1 and 100),
    constraint people_competencies_description_check check (length(description) <= 4000),
    constraint people_competencies_category_check check (length(btrim(category)) between 1 and 100),
    constraint people_competencies_level_definitions_check check (jsonb_typeof(level_definitions) = 'object'),
    constraint people_competencies_certification_validity_months_check check (certification_validity_months > 0),
    constraint people_competencies_validity_check
        check (certification_validity_months is null or requires_certification)
);

comment on table atlvs.people_competencies is
    'The skills taxonomy: rigging, pyrotechnics, forklift, Dante networking, first aid. A competency that requires '
    'certification counts for a person only while a matching certification is valid on the day of the work.';
comment on column atlvs.people_competencies.level_definitions is
    'What each level means, as a JSON object keyed by level (beginner, intermediate, advanced, expert).';

create unique index people_competencies_name_unique on atlvs.people_competencies (organization_id, lower(name));
select atlvs.register_tenant_table('atlvs.people_competencies');

-- --- competencies a role requires ---

create table atlvs.role_competencies (
    organization_id        uuid        not null,
    id                     uuid        not null default atlvs.uuid_v7(),
    role_id                uuid        not null,
    competency_id          uuid        not null,
    min_level              text        not null default 'intermediate',
    certification_required boolean     not null default false,
    created_at             timestamptz not null,
    created_by             uuid,
    updated_at             timestamptz not null,
    updated_by             uuid,
    version                bigint      not null,
    constraint role_competencies_pkey primary key (organization_id, id),
    constraint role_competencies_unique unique (organization_id, role_id, competency_id),
    constraint role_competencies_role_fkey foreign key (organization_id, role_id)
        references atlvs.people_roles (organization_id, id) on delete cascade,
    constraint role_competencies_competency_fkey foreign key (organization_id, competency_id)
        references atlvs.people_competencies (organization_id, id) on delete restrict,
    constraint role_competencies_min_level_check
        check (min_level in ('beginner', 'intermediate', 'advanced', 'expert'))
);

comment on table atlvs.role_competencies is
    'The competencies a crew role requires, each at a minimum level and, where certification_required, with a '
    'certification valid through the end of the work. Candidate matching and the compliance matrix read it.';

create index role_competencies_competency_idx on atlvs.role_competencies (organization_id, competency_id);
select atlvs.register_tenant_table('atlvs.role_competencies');
