-- The last SQL functions with parameters of core that read tenant tables become PL/pgSQL with the same results: Citus
-- cannot plan the queries of an SQL function over its parameters (it asks for PL/pgSQL instead), and PL/pgSQL
-- takes the verified tenant and actor once into variables, so each query is a plain query of one organization.

-- The permission patterns the verified actor holds in the verified tenant, organization-wide or on the record
-- (resource_type, resource_id) when one is given. Empty without a valid tenant context.
create or replace function atlvs.actor_permissions(resource_type text, resource_id uuid) returns setof text
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    actor uuid := atlvs.current_actor();
begin
    return query
        select unnest(atlvs.member_role_permissions(m.role))
          from atlvs.organization_members m
         where m.organization_id = tenant and m.user_id = actor and m.status = 'active';
    return query
        select unnest(r.permissions)
          from atlvs.user_roles ur
          join atlvs.custom_roles r on r.organization_id = ur.organization_id and r.id = ur.role_id
         where ur.organization_id = tenant and r.organization_id = tenant and ur.user_id = actor
           and (ur.expires_at is null or ur.expires_at > now())
           and (ur.scope_type is null or (ur.scope_type = actor_permissions.resource_type and ur.scope_id = actor_permissions.resource_id));
    return query
        select p.permission
          from atlvs.user_permissions p
         where p.organization_id = tenant and p.user_id = actor
           and (p.expires_at is null or p.expires_at > now())
           and (p.resource_type is null or (p.resource_type = actor_permissions.resource_type and p.resource_id = actor_permissions.resource_id));
end
$$;

-- Whether the verified actor holds every permission in `wanted` (organization-wide, or on the given record).
create or replace function atlvs.actor_covers(wanted text[], resource_type text, resource_id uuid) returns boolean
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    held text[] := array(select atlvs.actor_permissions(resource_type, resource_id));
begin
    return coalesce((select bool_and(exists (select 1 from unnest(held) h where atlvs.permission_covers(h, w)))
                       from unnest(wanted) w), true);
end
$$;
