-- Names the schema audit consolidated survive as views over their canonical tables, so that code
-- written against the old names keeps working. They run with the caller's rights (security_invoker),
-- so row-level security of the canonical table applies unchanged.

create view atlvs.memberships with (security_invoker = true) as
    select * from atlvs.organization_members;

create view atlvs.organization_memberships with (security_invoker = true) as
    select * from atlvs.organization_members;

create view atlvs.user_notifications with (security_invoker = true) as
    select * from atlvs.notifications;

create view atlvs.files with (security_invoker = true) as
    select * from atlvs.storage_files;

comment on view atlvs.memberships is 'Consolidated into organization_members.';
comment on view atlvs.organization_memberships is 'Consolidated into organization_members.';
comment on view atlvs.user_notifications is 'Consolidated into notifications.';
comment on view atlvs.files is 'Consolidated into storage_files.';
