-- Per-user notifications: an in-app, email, SMS, push or Slack message to one member about an event
-- (a mention, an assignment, an overdue invoice), optionally about one record of a registered entity
-- type. The record must exist in the same organization, and its notifications go when it goes.

create table atlvs.notifications (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    user_id         uuid        not null,
    type            text        not null,
    title           text        not null,
    body            text,
    link            text,
    entity_type     text,
    entity_id       uuid,
    channel         text        not null default 'in_app',
    priority        text        not null default 'medium',
    data            jsonb       not null default '{}',
    occurrences     integer     not null default 1,
    read_at         timestamptz,
    delivered_at    timestamptz,
    dismissed_at    timestamptz,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint notifications_pkey primary key (organization_id, id),
    -- A member's notifications are theirs alone: they go with the membership.
    constraint notifications_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id) on delete cascade,
    constraint notifications_type_check
        check (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' and length(type) <= 100),
    constraint notifications_title_check check (length(btrim(title)) between 1 and 200),
    constraint notifications_body_check check (length(body) <= 4000),
    constraint notifications_link_check check (length(link) <= 2048),
    constraint notifications_entity_check check ((entity_type is null) = (entity_id is null)),
    constraint notifications_entity_type_check check (entity_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint notifications_channel_check check (channel in ('in_app', 'email', 'sms', 'push', 'slack')),
    constraint notifications_priority_check check (priority in ('none', 'low', 'medium', 'high', 'critical')),
    constraint notifications_data_check check (jsonb_typeof(data) = 'object'),
    constraint notifications_occurrences_check check (occurrences >= 1)
);
-- A member's notifications newest first (the foreign key, and pages sorted by creation).
create index notifications_user_idx on atlvs.notifications (organization_id, user_id, created_at, id);
-- The unread list and count of a member, and the search for a notification to merge a repeat into.
create index notifications_unread_idx on atlvs.notifications (organization_id, user_id, created_at desc)
    where read_at is null and dismissed_at is null;
-- The notifications about one record, removed when it is deleted.
create index notifications_entity_idx on atlvs.notifications (organization_id, entity_type, entity_id)
    where entity_id is not null;
select atlvs.register_tenant_table('atlvs.notifications');
-- A notification about a record names one that exists in its organization, whatever code writes it,
-- and goes when the record goes.
select atlvs.install_entity_link('atlvs.notifications', 'entity_type', 'entity_id');
