-- Accreditation: the passes (credentials_passes) that admit a person to the zones of an event, and the zones each
-- crew role (people_roles) or, for passes issued for no crew role, each pass type may enter (accreditation_zones),
-- for every event or for one event. The database holds:
--   * every zone of a pass is allowed for the pass's crew role, or for its pass type when it names no role
--     (credentials_passes_zones_allowed);
--   * a pass lies within its event's occupancy window (setup to teardown) (credentials_passes_within_event);
--   * the pass's status moves requested -> approved -> printed -> issued, each of them -> revoked, and a revoked pass
--     is final (credentials_passes_status_transition); a revoked pass records when and why
--     (credentials_passes_revocation_check); a printed or issued pass has its badge number
--     (credentials_passes_badge_check), unique in the organization.

-- --- zones ---

create table atlvs.accreditation_zones (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    crew_role_id    uuid,
    pass_type       text,
    event_id        uuid,
    zone            text        not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint accreditation_zones_pkey primary key (organization_id, id),
    constraint accreditation_zones_unique unique nulls not distinct (organization_id, crew_role_id, pass_type, event_id, zone),
    constraint accreditation_zones_crew_role_fkey foreign key (organization_id, crew_role_id)
        references atlvs.people_roles (organization_id, id) on delete cascade,
    constraint accreditation_zones_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint accreditation_zones_pass_type_check check (pass_type in ('artist', 'crew', 'staff', 'vendor', 'media', 'guest',
        'vip', 'all_access')),
    constraint accreditation_zones_zone_check check (zone ~ '^[a-z][a-z0-9_]{0,62}$'),
    constraint accreditation_zones_holder_check check ((crew_role_id is null) <> (pass_type is null))
);

comment on table atlvs.accreditation_zones is
    'The zones (backstage, stage, foh, production_office, ...) a crew role may enter, or a pass type for passes issued '
    'for no crew role; for one event when event_id is given, else for every event.';

create index accreditation_zones_event_idx on atlvs.accreditation_zones (organization_id, event_id) where event_id is not null;
select atlvs.register_tenant_table('atlvs.accreditation_zones');

-- --- passes ---

create table atlvs.credentials_passes (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    person_id       uuid        not null,
    event_id        uuid        not null,
    crew_role_id    uuid,
    pass_type       text        not null default 'crew',
    zones           text[]      not null default '{}',
    valid_from      timestamptz not null,
    valid_to        timestamptz not null,
    status          text        not null default 'requested',
    badge_number    text,
    revoked_at      timestamptz,
    revoke_reason   text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint credentials_passes_pkey primary key (organization_id, id),
    constraint credentials_passes_badge_number_unique unique (organization_id, badge_number),
    constraint credentials_passes_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint credentials_passes_event_fkey foreign key (organization_id, event_id)
        references atlvs.events (organization_id, id) on delete cascade,
    constraint credentials_passes_crew_role_fkey foreign key (organization_id, crew_role_id)
        references atlvs.people_roles (organization_id, id),
    constraint credentials_passes_pass_type_check check (pass_type in ('artist', 'crew', 'staff', 'vendor', 'media', 'guest',
        'vip', 'all_access')),
    constraint credentials_passes_valid_to_check check (valid_to > valid_from),
    constraint credentials_passes_status_check check (status in ('requested', 'approved', 'printed', 'issued', 'revoked')),
    constraint credentials_passes_badge_number_check check (length(btrim(badge_number)) between 1 and 50),
    constraint credentials_passes_revoke_reason_check check (length(btrim(revoke_reason)) between 1 and 500),
    constraint credentials_passes_revocation_check check ((status = 'revoked') = (revoked_at is not null)
        and (status <> 'revoked' or revoke_reason is not null)),
    constraint credentials_passes_badge_check check (status not in ('printed', 'issued') or badge_number is not null)
);

comment on table atlvs.credentials_passes is
    'A pass admitting a person to zones of an event from valid_from to valid_to, issued for a crew role (optional) and '
    'a pass type. Requested, approved, printed (with its badge number), issued; revoked at any point, finally, with the '
    'time and the reason.';
comment on column atlvs.credentials_passes.zones is 'The zones the pass admits to, each allowed for its role (accreditation_zones).';
comment on column atlvs.credentials_passes.revoke_reason is 'Why the pass was revoked; sealed in the audit trail.';

create index credentials_passes_person_idx on atlvs.credentials_passes (organization_id, person_id);
create index credentials_passes_event_idx on atlvs.credentials_passes (organization_id, event_id, status);
create index credentials_passes_crew_role_idx on atlvs.credentials_passes (organization_id, crew_role_id)
    where crew_role_id is not null;
create index credentials_passes_zones_idx on atlvs.credentials_passes using gin (zones);
select atlvs.register_tenant_table('atlvs.credentials_passes', sensitive_columns => array['revoke_reason']);
select atlvs.register_person_data('atlvs.credentials_passes', 'person_id', 'delete');

-- Whether a pass may move from `from_status` to `to_status`.
create function atlvs.pass_transition_allowed(from_status text, to_status text) returns boolean
    language sql
    immutable
    set search_path = pg_catalog, atlvs
    return (from_status, to_status) in (('requested', 'approved'), ('requested', 'revoked'), ('approved', 'printed'),
                                        ('approved', 'revoked'), ('printed', 'issued'), ('printed', 'revoked'),
                                        ('issued', 'revoked'));

create function atlvs.check_credentials_pass() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    event record;
    refused text;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'credentials_passes');
    if tg_op = 'UPDATE' and new.status <> old.status and not atlvs.pass_transition_allowed(old.status, new.status) then
        raise exception 'a pass moves requested, approved, printed, issued, and may be revoked from any of them; a revoked pass is final (constraint "credentials_passes_status_transition")'
            using errcode = 'check_violation', constraint = 'credentials_passes_status_transition',
                  table = 'credentials_passes', column = 'status';
    end if;
    if tg_op = 'INSERT' or (new.event_id, new.valid_from, new.valid_to) is distinct from (old.event_id, old.valid_from, old.valid_to) then
        select coalesce(e.setup_start, e.start_at) as occupied_from, coalesce(e.teardown_end, e.end_at) as occupied_until
          into event
          from atlvs.events e
         where e.organization_id = new.organization_id and e.id = new.event_id;
        if found and (new.valid_from < event.occupied_from or new.valid_to > event.occupied_until) then
            raise exception 'a pass lies within its event''s window (constraint "credentials_passes_within_event")'
                using errcode = 'check_violation', constraint = 'credentials_passes_within_event',
                      table = 'credentials_passes', column = 'valid_from';
        end if;
    end if;
    if tg_op = 'INSERT' or (new.event_id, new.crew_role_id, new.pass_type, new.zones)
                           is distinct from (old.event_id, old.crew_role_id, old.pass_type, old.zones) then
        perform atlvs.serialize_decision(new.organization_id, 'credentials_passes_zones_allowed',
                                         coalesce(new.crew_role_id, new.event_id));
        select z into refused from unnest(new.zones) z
         where not exists (select 1 from atlvs.accreditation_zones a
                            where a.organization_id = new.organization_id and a.zone = z
                              and (a.event_id is null or a.event_id = new.event_id)
                              and ((new.crew_role_id is not null and a.crew_role_id = new.crew_role_id)
                                   or (new.crew_role_id is null and a.pass_type = new.pass_type)))
         limit 1;
        if found then
            raise exception 'every zone of a pass is allowed for its crew role, or for its pass type without a role (constraint "credentials_passes_zones_allowed")'
                using errcode = 'check_violation', constraint = 'credentials_passes_zones_allowed',
                      table = 'credentials_passes', column = 'zones';
        end if;
    end if;
    return new;
end
$$;

create trigger check_credentials_pass
    before insert or update on atlvs.credentials_passes
    for each row execute function atlvs.check_credentials_pass();
