-- Shortening a retention makes the next maintenance run archive and remove an organization's logs: only the platform,
-- or a member holding core.audit.manage, changes the retention settings, whatever code writes the row.
create function atlvs.organizations_retention_privilege() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    platform boolean;
    actor uuid;
begin
    if new.audit_log_retention_days is distinct from old.audit_log_retention_days
       or new.webhook_log_retention_days is distinct from old.webhook_log_retention_days then
        select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
        if not coalesce(platform, false) and (actor is null or not atlvs.actor_covers(array['core.audit.manage'], null, null)) then
            perform atlvs.refuse_privilege('organizations_retention_audit_manage', 'organizations', 'audit_log_retention_days',
                'changing the retention of the logs needs the permission core.audit.manage '
                || '(constraint "organizations_retention_audit_manage")');
        end if;
    end if;
    return new;
end
$$;

create trigger retention_privilege
    before update of audit_log_retention_days, webhook_log_retention_days on atlvs.organizations
    for each row execute function atlvs.organizations_retention_privilege();
