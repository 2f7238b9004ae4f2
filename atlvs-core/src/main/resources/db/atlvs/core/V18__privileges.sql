-- Privileges held by the database: memberships, custom roles, role assignments and direct grants change
-- only as the verified actor of the transaction may change them, whatever code writes (a service, a
-- repository, raw SQL through the transaction's handle). Platform operations (a system context, opened only
-- by the SDK's Platform API) are not checked: they create organizations with their first owner and
-- administer users.
--
-- The rules, checked in this order, and reported under these names:
--   <table>_manage_required        every change needs core.members.manage, except a member editing the
--                                   descriptive columns of its own membership (title, department, last activity)
--   organization_members_owner_required   a change that makes, unmakes or touches an owner needs core.owners.manage
--   organization_members_self_escalation  nobody raises their own base role
--   user_roles_self_grant, user_permissions_self_grant   nobody assigns roles or grants permissions to themselves
--   custom_roles_permissions_held, user_roles_permissions_held, user_permissions_permission_held
--                                   nobody gives what they do not hold themselves: every permission a role
--                                   gains, a role assignment confers or a grant names is covered by the actor's
--                                   own permissions (organization-wide, or on the same record)
-- Revoking (deleting an assignment or a grant) needs core.members.manage only.
--
-- The actor's permissions are computed as dev.atlvs.core.permission.PermissionResolver computes them: the
-- base role's patterns, the patterns of unexpired custom-role assignments and unexpired direct grants, with
-- the database's clock. PermissionSetContractTest keeps the two sides equal.

-- The permission patterns each base role grants (dev.atlvs.core.member.MemberRole).
create function atlvs.member_role_permissions(role text) returns text[]
    language sql immutable parallel safe
    set search_path = pg_catalog
as $$
select case role
           when 'owner' then array['*']
           when 'admin' then array['*.*.read', '*.*.create', '*.*.update', '*.*.delete', '*.*.approve', '*.*.manage',
                                   '*.*.export', '*.*.post', '*.*.reverse', '*.*.issue', '*.*.void']
           when 'manager' then array['*.*.read', '*.*.create', '*.*.update', '*.*.delete', '*.*.approve', '*.*.export']
           when 'contributor' then array['*.*.read', '*.*.create', '*.*.update']
           when 'viewer' then array['*.*.read']
           else array[]::text[]
       end
$$;

-- The rank of a base role, owner highest.
create function atlvs.member_role_rank(role text) returns integer
    language sql immutable parallel safe
    set search_path = pg_catalog
as $$
select case role when 'owner' then 5 when 'admin' then 4 when 'manager' then 3 when 'contributor' then 2
                 when 'viewer' then 1 else 0 end
$$;

-- Whether the pattern `held` grants every permission that `wanted` (a permission or a pattern) grants
-- (dev.atlvs.core.permission.PermissionSet#covers). A trailing '*' stands for all remaining parts, any other
-- '*' for one part, '*' alone for everything. The reserved permissions (making owners, deleting the
-- organization) are granted only by '*' or by themselves, so no other pattern covers them, and no pattern
-- other than themselves and '*' grants them.
create function atlvs.permission_covers(held text, wanted text) returns boolean
    language plpgsql immutable strict parallel safe
    set search_path = pg_catalog
as $$
declare
    h text[];
    w text[];
begin
    if held = '*' then
        return true;
    elsif wanted = '*' then
        return false;
    elsif wanted in ('core.owners.manage', 'core.organization.delete') then
        return held = wanted;
    end if;
    h := string_to_array(held, '.');
    w := string_to_array(wanted, '.');
    if h[cardinality(h)] = '*' and cardinality(h) < 3 then
        h := h || array_fill('*'::text, array[3 - cardinality(h)]);
    end if;
    if w[cardinality(w)] = '*' and cardinality(w) < 3 then
        w := w || array_fill('*'::text, array[3 - cardinality(w)]);
    end if;
    if cardinality(w) <> 3 then
        return true;   -- a pattern of another length grants no permission at all
    elsif cardinality(h) <> 3 then
        return false;
    end if;
    for i in 1 .. 3 loop
        if h[i] <> '*' and h[i] <> w[i] then
            return false;
        end if;
    end loop;
    return true;
end
$$;

-- The permission patterns the verified actor holds in the verified tenant, organization-wide or on the record
-- (resource_type, resource_id) when one is given. Empty without a valid tenant context.
create function atlvs.actor_permissions(resource_type text, resource_id uuid) returns setof text
    language sql stable
    set search_path = pg_catalog, atlvs
as $$
    select unnest(atlvs.member_role_permissions(m.role))
      from atlvs.organization_members m
     where m.organization_id = atlvs.current_tenant() and m.user_id = atlvs.current_actor() and m.status = 'active'
    union all
    select unnest(r.permissions)
      from atlvs.user_roles ur
      join atlvs.custom_roles r on r.organization_id = ur.organization_id and r.id = ur.role_id
     where ur.organization_id = atlvs.current_tenant() and ur.user_id = atlvs.current_actor()
       and (ur.expires_at is null or ur.expires_at > now())
       and (ur.scope_type is null or (ur.scope_type = actor_permissions.resource_type and ur.scope_id = actor_permissions.resource_id))
    union all
    select p.permission
      from atlvs.user_permissions p
     where p.organization_id = atlvs.current_tenant() and p.user_id = atlvs.current_actor()
       and (p.expires_at is null or p.expires_at > now())
       and (p.resource_type is null or (p.resource_type = actor_permissions.resource_type and p.resource_id = actor_permissions.resource_id))
$$;

-- Whether the verified actor holds every permission in `wanted` (organization-wide, or on the given record).
create function atlvs.actor_covers(wanted text[], resource_type text, resource_id uuid) returns boolean
    language sql stable
    set search_path = pg_catalog, atlvs
as $$
    with held as materialized (select atlvs.actor_permissions(resource_type, resource_id) as pattern)
    select coalesce(bool_and(exists (select 1 from held where atlvs.permission_covers(held.pattern, w))), true)
      from unnest(wanted) as w
$$;

-- Raises the refusal of a privilege rule.
create function atlvs.refuse_privilege(rule text, table_name text, column_name text, message text) returns void
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    raise exception '%', message
        using errcode = 'insufficient_privilege', constraint = rule, table = table_name, column = column_name;
end
$$;

-- Refuses under `rule` a change by an actor who does not hold core.members.manage (or by no actor at all), which
-- every change of memberships, roles and grants needs.
create function atlvs.require_members_manage(actor uuid, rule text, table_name text, column_name text, message text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if actor is null or not atlvs.actor_covers(array['core.members.manage'], null, null) then
        perform atlvs.refuse_privilege(rule, table_name, column_name, message);
    end if;
end
$$;

-- Whether the transaction is a platform operation (its changes are not checked here), and otherwise the
-- verified actor; a tenant context always has one.
create function atlvs.privilege_actor(out platform boolean, out actor uuid)
    language sql stable
    set search_path = pg_catalog, atlvs
as $$
    select c.kind = 'system', c.actor from atlvs.current_context() c
$$;

create function atlvs.guard_organization_members() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    context record;
begin
    select * into context from atlvs.privilege_actor();
    if context.platform then
        return coalesce(new, old);
    end if;
    if tg_op = 'UPDATE' and old.user_id = context.actor
       and (new.organization_id, new.id, new.user_id, new.role, new.status, new.invited_by, new.invited_at, new.joined_at)
           is not distinct from
           (old.organization_id, old.id, old.user_id, old.role, old.status, old.invited_by, old.invited_at, old.joined_at) then
        return new;   -- a member edits the descriptive columns of its own membership
    end if;
    perform atlvs.require_members_manage(context.actor, 'organization_members_manage_required', 'organization_members', 'role',
                                         'changing memberships needs the permission core.members.manage');
    if (tg_op <> 'DELETE' and new.role = 'owner') or (tg_op <> 'INSERT' and old.role = 'owner') then
        if not atlvs.actor_covers(array['core.owners.manage'], null, null) then
            perform atlvs.refuse_privilege('organization_members_owner_required', 'organization_members', 'role',
                                           'making, changing or removing an owner needs the permission core.owners.manage');
        end if;
    end if;
    if tg_op = 'UPDATE' and old.user_id = context.actor
       and atlvs.member_role_rank(new.role) > atlvs.member_role_rank(old.role) then
        perform atlvs.refuse_privilege('organization_members_self_escalation', 'organization_members', 'role',
                                       'nobody raises their own role');
    end if;
    return coalesce(new, old);
end
$$;

create trigger guard_privileges
    before insert or update or delete on atlvs.organization_members
    for each row execute function atlvs.guard_organization_members();

create function atlvs.guard_custom_roles() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    context record;
begin
    select * into context from atlvs.privilege_actor();
    if context.platform then
        return coalesce(new, old);
    end if;
    perform atlvs.require_members_manage(context.actor, 'custom_roles_manage_required', 'custom_roles', 'permissions',
                                         'changing custom roles needs the permission core.members.manage');
    if tg_op <> 'DELETE' and not atlvs.actor_covers(
            array(select p from unnest(new.permissions) p
                  where tg_op = 'INSERT' or p <> all (old.permissions)), null, null) then
        perform atlvs.refuse_privilege('custom_roles_permissions_held', 'custom_roles', 'permissions',
                                       'a role gains only permissions its author holds');
    end if;
    return coalesce(new, old);
end
$$;

create trigger guard_privileges
    before insert or update or delete on atlvs.custom_roles
    for each row execute function atlvs.guard_custom_roles();

create function atlvs.guard_user_roles() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    context record;
begin
    select * into context from atlvs.privilege_actor();
    if context.platform then
        return coalesce(new, old);
    end if;
    perform atlvs.require_members_manage(context.actor, 'user_roles_manage_required', 'user_roles', 'role_id',
                                         'assigning roles needs the permission core.members.manage');
    if tg_op <> 'DELETE' then
        if new.user_id = context.actor then
            perform atlvs.refuse_privilege('user_roles_self_grant', 'user_roles', 'user_id',
                                           'nobody assigns a role to themselves');
        end if;
        if not atlvs.actor_covers((select r.permissions from atlvs.custom_roles r
                                    where r.organization_id = new.organization_id and r.id = new.role_id),
                                  new.scope_type, new.scope_id) then
            perform atlvs.refuse_privilege('user_roles_permissions_held', 'user_roles', 'role_id',
                                           'a role is assigned only by someone holding all its permissions');
        end if;
    end if;
    return coalesce(new, old);
end
$$;

create trigger guard_privileges
    before insert or update or delete on atlvs.user_roles
    for each row execute function atlvs.guard_user_roles();

create function atlvs.guard_user_permissions() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    context record;
begin
    select * into context from atlvs.privilege_actor();
    if context.platform then
        return coalesce(new, old);
    end if;
    perform atlvs.require_members_manage(context.actor, 'user_permissions_manage_required', 'user_permissions', 'permission',
                                         'granting permissions needs the permission core.members.manage');
    if tg_op <> 'DELETE' then
        if new.user_id = context.actor then
            perform atlvs.refuse_privilege('user_permissions_self_grant', 'user_permissions', 'user_id',
                                           'nobody grants a permission to themselves');
        end if;
        if not atlvs.actor_covers(array[new.permission], new.resource_type, new.resource_id) then
            perform atlvs.refuse_privilege('user_permissions_permission_held', 'user_permissions', 'permission',
                                           'a permission is granted only by someone holding it');
        end if;
    end if;
    return coalesce(new, old);
end
$$;

create trigger guard_privileges
    before insert or update or delete on atlvs.user_permissions
    for each row execute function atlvs.guard_user_permissions();
