-- Identity and tenancy: organizations, users, memberships, roles and direct permission grants.

-- A permission is module.resource.action in lower case; '*' may stand for the last part(s).
create function atlvs.is_permission(permission text) returns boolean
    language sql immutable parallel safe
    set search_path = pg_catalog
as $$ select permission ~ '^[a-z][a-z_]*(\.([a-z][a-z_]*|\*)){1,2}$' and length(permission) <= 100 $$;

create function atlvs.are_permissions(permissions text[]) returns boolean
    language sql immutable parallel safe
    set search_path = pg_catalog, atlvs
as $$ select coalesce(bool_and(atlvs.is_permission(p)), true) from unnest(permissions) as p $$;

create table atlvs.organizations (
    id                uuid        not null default atlvs.uuid_v7(),
    name              text        not null,
    slug              text        not null,
    description       text,
    logo_url          text,
    website           text,
    base_currency     char(3)     not null default 'USD',
    timezone          text        not null default 'UTC',
    billing_plan      text,
    max_users         integer,
    max_projects      integer,
    storage_quota_gb  integer,
    api_rate_limit    integer,
    is_active         boolean     not null default true,
    compliance_status text        not null default 'pending',
    created_at        timestamptz not null,
    created_by        uuid,
    updated_at        timestamptz not null,
    updated_by        uuid,
    version           bigint      not null,
    constraint organizations_pkey primary key (id),
    constraint organizations_slug_unique unique (slug),
    constraint organizations_name_check check (length(btrim(name)) between 1 and 200),
    constraint organizations_slug_check check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
    constraint organizations_description_check check (length(description) <= 4000),
    constraint organizations_logo_url_check check (length(logo_url) <= 2048),
    constraint organizations_website_check check (length(website) <= 2048),
    constraint organizations_base_currency_check check (base_currency ~ '^[A-Z]{3}$'),
    constraint organizations_timezone_check check (length(timezone) between 1 and 64),
    constraint organizations_billing_plan_check check (length(billing_plan) <= 50),
    constraint organizations_max_users_check check (max_users > 0),
    constraint organizations_max_projects_check check (max_projects > 0),
    constraint organizations_storage_quota_gb_check check (storage_quota_gb > 0),
    constraint organizations_api_rate_limit_check check (api_rate_limit > 0),
    constraint organizations_compliance_status_check
        check (compliance_status in ('pending', 'compliant', 'non_compliant'))
);
select atlvs.register_tenant_table('atlvs.organizations', tenant_column => 'id');

-- The identity the host authenticates. Global: one row per person across organizations; tenants
-- reach users only through organization_members. Users are anonymized on erasure, never deleted.
create table atlvs.users (
    id               uuid        not null default atlvs.uuid_v7(),
    external_id      text,
    email            text        not null,
    display_name     text        not null,
    avatar_url       text,
    preferred_locale text,
    timezone         text,
    status           text        not null default 'active',
    anonymized_at    timestamptz,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    constraint users_pkey primary key (id),
    constraint users_email_unique unique (email),
    constraint users_external_id_unique unique (external_id),
    constraint users_email_check
        check (email = lower(email) and length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    constraint users_external_id_check check (length(external_id) between 1 and 255),
    constraint users_display_name_check check (length(btrim(display_name)) between 1 and 200),
    constraint users_avatar_url_check check (length(avatar_url) <= 2048),
    constraint users_preferred_locale_check check (preferred_locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    constraint users_timezone_check check (length(timezone) between 1 and 64),
    constraint users_status_check check (status in ('active', 'anonymized')),
    constraint users_anonymized_at_check check ((status = 'anonymized') = (anonymized_at is not null))
);
select atlvs.register_table('atlvs.users', 'global', sensitive_columns => array['email', 'display_name']);

create table atlvs.organization_members (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    user_id         uuid        not null,
    role            text        not null,
    status          text        not null,
    title           text,
    department      text,
    invited_by      uuid,
    invited_at      timestamptz,
    joined_at       timestamptz,
    last_active_at  timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint organization_members_pkey primary key (organization_id, id),
    constraint organization_members_user_unique unique (organization_id, user_id),
    constraint organization_members_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint organization_members_user_fkey foreign key (user_id) references atlvs.users (id),
    constraint organization_members_role_check
        check (role in ('owner', 'admin', 'manager', 'contributor', 'viewer')),
    constraint organization_members_status_check
        check (status in ('invited', 'active', 'suspended', 'removed')),
    constraint organization_members_title_check check (length(title) <= 200),
    constraint organization_members_department_check check (length(department) <= 200),
    constraint organization_members_joined_at_check check (status = 'invited' or joined_at is not null or status = 'removed')
);
create index organization_members_user_idx on atlvs.organization_members (user_id);
create index organization_members_status_role_idx on atlvs.organization_members (organization_id, status, role);
select atlvs.register_tenant_table('atlvs.organization_members');

-- Users are platform-wide, but a tenant transaction reads only the users of its own organization and
-- writes none: registering and changing identities is a platform operation, run with the platform
-- tenant. A transaction with no tenant sees no user.
alter table atlvs.users enable row level security;
alter table atlvs.users force row level security;
create policy platform_access on atlvs.users for all
    using ((select atlvs.current_tenant()) = atlvs.platform_tenant())
    with check ((select atlvs.current_tenant()) = atlvs.platform_tenant());
create policy members_of_tenant on atlvs.users for select
    using (exists (select 1
                     from atlvs.organization_members m
                    where m.organization_id = (select atlvs.current_tenant())
                      and m.user_id = users.id));

-- The last active owner of an organization can be neither demoted nor removed. The organization row
-- is locked first so that two concurrent demotions cannot each see the other owner.
create function atlvs.keep_an_active_owner() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if old.role = 'owner' and old.status = 'active'
       and (tg_op = 'DELETE' or new.role <> 'owner' or new.status <> 'active') then
        perform 1 from atlvs.organizations where id = old.organization_id for update;
        if not exists (select 1
                         from atlvs.organization_members m
                        where m.organization_id = old.organization_id
                          and m.id <> old.id
                          and m.role = 'owner'
                          and m.status = 'active') then
            raise exception 'an organization must keep at least one active owner'
                using errcode = 'check_violation', constraint = 'organization_members_last_owner',
                      table = 'organization_members',
                      column = case when tg_op = 'UPDATE' and new.status <> 'active' then 'status' else 'role' end;
        end if;
    end if;
    return coalesce(new, old);
end
$$;

create trigger keep_an_active_owner
    before update of role, status or delete on atlvs.organization_members
    for each row execute function atlvs.keep_an_active_owner();

-- An organization is created together with its first active owner: checked at commit.
create function atlvs.require_an_active_owner() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if not exists (select 1
                     from atlvs.organization_members m
                    where m.organization_id = new.id
                      and m.role = 'owner'
                      and m.status = 'active') then
        raise exception 'an organization must be created with an active owner'
            using errcode = 'check_violation', constraint = 'organizations_active_owner',
                  table = 'organizations', column = 'id';
    end if;
    return null;
end
$$;

create constraint trigger require_an_active_owner
    after insert on atlvs.organizations
    deferrable initially deferred
    for each row execute function atlvs.require_an_active_owner();

create table atlvs.custom_roles (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    name            text        not null,
    description     text,
    permissions     text[]      not null default '{}',
    is_system       boolean     not null default false,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint custom_roles_pkey primary key (organization_id, id),
    constraint custom_roles_name_unique unique (organization_id, name),
    constraint custom_roles_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint custom_roles_name_check check (length(btrim(name)) between 1 and 100),
    constraint custom_roles_description_check check (length(description) <= 2000),
    constraint custom_roles_permissions_check
        check (atlvs.are_permissions(permissions) and cardinality(permissions) <= 500)
);
select atlvs.register_tenant_table('atlvs.custom_roles');

create function atlvs.protect_system_roles() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if old.is_system then
        raise exception 'system roles cannot be changed or deleted'
            using errcode = 'check_violation', constraint = 'custom_roles_system_role',
                  table = 'custom_roles', column = 'is_system';
    end if;
    return coalesce(new, old);
end
$$;

create trigger protect_system_roles
    before update or delete on atlvs.custom_roles
    for each row execute function atlvs.protect_system_roles();

create table atlvs.user_roles (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    user_id         uuid        not null,
    role_id         uuid        not null,
    scope_type      text,
    scope_id        uuid,
    granted_by      uuid,
    granted_at      timestamptz not null default now(),
    expires_at      timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint user_roles_pkey primary key (organization_id, id),
    constraint user_roles_assignment_unique
        unique nulls not distinct (organization_id, user_id, role_id, scope_type, scope_id),
    constraint user_roles_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id),
    constraint user_roles_role_fkey foreign key (organization_id, role_id)
        references atlvs.custom_roles (organization_id, id),
    constraint user_roles_scope_check check ((scope_type is null) = (scope_id is null)),
    constraint user_roles_scope_type_check check (scope_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint user_roles_expires_at_check check (expires_at > granted_at)
);
create index user_roles_role_idx on atlvs.user_roles (organization_id, role_id);
select atlvs.register_tenant_table('atlvs.user_roles');

create table atlvs.user_permissions (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    user_id         uuid        not null,
    permission      text        not null,
    resource_type   text,
    resource_id     uuid,
    granted_by      uuid,
    granted_at      timestamptz not null default now(),
    expires_at      timestamptz,
    metadata        jsonb       not null default '{}',
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint user_permissions_pkey primary key (organization_id, id),
    constraint user_permissions_grant_unique
        unique nulls not distinct (organization_id, user_id, permission, resource_type, resource_id),
    constraint user_permissions_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id),
    constraint user_permissions_permission_check check (atlvs.is_permission(permission)),
    constraint user_permissions_resource_check check ((resource_type is null) = (resource_id is null)),
    constraint user_permissions_resource_type_check check (resource_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint user_permissions_expires_at_check check (expires_at > granted_at),
    constraint user_permissions_metadata_check check (jsonb_typeof(metadata) = 'object')
);
select atlvs.register_tenant_table('atlvs.user_permissions');

-- Opens the tenant context of a transaction: sets tenant, actor and correlation id for this
-- transaction only and returns the actor's membership as 'status:role' (null when the actor is no
-- member), in one round trip.
create function atlvs.begin_tenant_transaction(tenant uuid, actor uuid, correlation uuid) returns text
    language plpgsql volatile
    set search_path = pg_catalog, atlvs
as $$
begin
    perform set_config('atlvs.tenant_id', tenant::text, true);
    perform set_config('atlvs.actor_id', coalesce(actor::text, ''), true);
    perform set_config('atlvs.correlation_id', coalesce(correlation::text, ''), true);
    return (select m.status || ':' || m.role
              from atlvs.organization_members m
             where m.organization_id = tenant and m.user_id = actor);
end
$$;
