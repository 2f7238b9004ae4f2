-- Endorsements, shortlists and the people network: peer and referee recommendations of a person's skill (verified
-- when endorser and endorsed finished a project together, derived, never stored), curated candidate lists for a role
-- on a project with their funnel, and the professional connections between people used for introductions.

-- --- endorsements ---

create table atlvs.people_endorsements (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    person_id        uuid        not null,
    endorser_id      uuid,
    endorser_name    text,
    endorser_company text,
    competency_id    uuid,
    message          text,
    rating           smallint,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    constraint people_endorsements_pkey primary key (organization_id, id),
    -- One endorsement per endorser (a person, or an external referee by name) and competency (or none).
    constraint people_endorsements_unique
        unique nulls not distinct (organization_id, person_id, endorser_id, endorser_name, competency_id),
    constraint people_endorsements_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint people_endorsements_endorser_fkey foreign key (organization_id, endorser_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint people_endorsements_competency_fkey foreign key (organization_id, competency_id)
        references atlvs.people_competencies (organization_id, id) on delete cascade,
    constraint people_endorsements_endorser_name_check check (length(btrim(endorser_name)) between 1 and 200),
    constraint people_endorsements_endorser_company_check check (length(btrim(endorser_company)) between 1 and 200),
    constraint people_endorsements_message_check check (length(message) <= 4000),
    constraint people_endorsements_rating_check check (rating between 1 and 5),
    -- Either a person of the organization endorses, or an external referee (a name, optionally a company).
    constraint people_endorsements_endorser_check
        check ((endorser_id is not null and endorser_name is null and endorser_company is null)
               or (endorser_id is null and endorser_name is not null)),
    constraint people_endorsements_self_check check (person_id <> endorser_id)
);

comment on table atlvs.people_endorsements is
    'Recommendations of a person''s skill, by a colleague of the directory (endorser_id) or an external referee '
    '(endorser_name, endorser_company). An endorsement is verified when endorser and endorsed were both on the team '
    'of a completed project: derived by the queries, never stored.';

create index people_endorsements_endorser_idx on atlvs.people_endorsements (organization_id, endorser_id)
    where endorser_id is not null;
create index people_endorsements_competency_idx on atlvs.people_endorsements (organization_id, competency_id, person_id)
    where competency_id is not null;
select atlvs.register_tenant_table('atlvs.people_endorsements');

-- --- shortlists ---

create table atlvs.people_shortlists (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    name            text        not null,
    description     text,
    project_id      uuid,
    role_id         uuid,
    status          text        not null default 'active',
    target_count    integer,
    needed_by       date,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint people_shortlists_pkey primary key (organization_id, id),
    constraint people_shortlists_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint people_shortlists_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    -- A role a shortlist asks for is archived, never deleted.
    constraint people_shortlists_role_fkey foreign key (organization_id, role_id)
        references atlvs.people_roles (organization_id, id) on delete restrict,
    constraint people_shortlists_name_check check (length(btrim(name)) between 1 and 200),
    constraint people_shortlists_description_check check (length(description) <= 4000),
    constraint people_shortlists_status_check check (status in ('active', 'closed', 'archived')),
    constraint people_shortlists_target_count_check check (target_count > 0)
);

comment on table atlvs.people_shortlists is
    'A curated candidate list for a role on a project, such as "LD candidates - Q3 tour". Active, closed (reopened to '
    'active), then archived. At most target_count of its members are selected.';

create index people_shortlists_project_idx on atlvs.people_shortlists (organization_id, project_id) where project_id is not null;
create index people_shortlists_role_idx on atlvs.people_shortlists (organization_id, role_id) where role_id is not null;
create index people_shortlists_status_idx on atlvs.people_shortlists (organization_id, status, needed_by);
select atlvs.register_tenant_table('atlvs.people_shortlists');
select atlvs.null_on_delete('atlvs.people_shortlists', 'people_shortlists_project_fkey');
select atlvs.register_entity_type('shortlist', 'atlvs.people_shortlists');
select atlvs.register_event_type('shortlist.member_selected', 'shortlist',
    'a candidate of a shortlist was selected: the place where an assignment offer is made');

create table atlvs.shortlist_members (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    shortlist_id    uuid        not null,
    person_id       uuid        not null,
    status          text        not null default 'candidate',
    rank            integer,
    notes           text,
    added_by        uuid,
    added_at        timestamptz not null,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint shortlist_members_pkey primary key (organization_id, id),
    constraint shortlist_members_unique unique (organization_id, shortlist_id, person_id),
    constraint shortlist_members_shortlist_fkey foreign key (organization_id, shortlist_id)
        references atlvs.people_shortlists (organization_id, id) on delete cascade,
    constraint shortlist_members_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint shortlist_members_status_check
        check (status in ('candidate', 'contacted', 'interviewed', 'offered', 'selected', 'rejected', 'declined')),
    constraint shortlist_members_rank_check check (rank > 0),
    constraint shortlist_members_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.shortlist_members is
    'One candidate on a shortlist and how far they got: candidate, contacted, interviewed, offered, then selected, '
    'rejected or declined. added_by is the acting user, without a foreign key like every actor column.';

create index shortlist_members_person_idx on atlvs.shortlist_members (organization_id, person_id);
create index shortlist_members_status_idx on atlvs.shortlist_members (organization_id, shortlist_id, status);
select atlvs.register_tenant_table('atlvs.shortlist_members');

-- A member joins only an active shortlist and only as a person who may take on work (active, not deleted), and a
-- shortlist never has more selected members than its target. The decisions about one shortlist are taken one
-- transaction at a time; the person is read for share, so that a concurrent status change waits.
create function atlvs.check_shortlist_member() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    shortlist_status text;
    target integer;
    assignable boolean;
    selected bigint;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'shortlist_members');
    perform atlvs.serialize_decision(new.organization_id, 'shortlist_members_selected_target', new.shortlist_id);
    select s.status, s.target_count into shortlist_status, target
      from atlvs.people_shortlists s
     where s.organization_id = new.organization_id and s.id = new.shortlist_id
       for share;
    if tg_op = 'INSERT' or new.shortlist_id is distinct from old.shortlist_id then
        if shortlist_status is not null and shortlist_status <> 'active' then
            raise exception 'members are added only to an active shortlist'
                using errcode = 'check_violation', constraint = 'shortlist_members_shortlist_active',
                      table = 'shortlist_members', column = 'shortlist_id';
        end if;
    end if;
    if tg_op = 'INSERT' or new.person_id is distinct from old.person_id then
        select p.status = 'active' and p.deleted_at is null into assignable
          from atlvs.people p
         where p.organization_id = new.organization_id and p.id = new.person_id
           for share;
        if not assignable then
            raise exception 'only an active person is added to a shortlist'
                using errcode = 'check_violation', constraint = 'shortlist_members_person_assignable',
                      table = 'shortlist_members', column = 'person_id';
        end if;
    end if;
    if new.status = 'selected' and target is not null
       and (tg_op = 'INSERT' or old.status <> 'selected' or new.shortlist_id is distinct from old.shortlist_id) then
        select count(*) into selected
          from atlvs.shortlist_members m
         where m.organization_id = new.organization_id and m.shortlist_id = new.shortlist_id
           and m.status = 'selected' and m.id <> new.id;
        if selected + 1 > target then
            raise exception 'a shortlist selects no more members than its target count'
                using errcode = 'check_violation', constraint = 'shortlist_members_selected_target',
                      table = 'shortlist_members', column = 'status';
        end if;
    end if;
    return new;
end
$$;

create trigger check_shortlist_member
    before insert or update of shortlist_id, person_id, status on atlvs.shortlist_members
    for each row execute function atlvs.check_shortlist_member();

-- A shortlist's target is never lowered below the members it has selected already.
create function atlvs.check_shortlist() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    selected bigint;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'people_shortlists');
    if new.target_count is not null and new.target_count is distinct from old.target_count then
        perform atlvs.serialize_decision(new.organization_id, 'shortlist_members_selected_target', new.id);
        select count(*) into selected
          from atlvs.shortlist_members m
         where m.organization_id = new.organization_id and m.shortlist_id = new.id and m.status = 'selected';
        if selected > new.target_count then
            raise exception 'must not be below the number of members already selected'
                using errcode = 'check_violation', constraint = 'people_shortlists_target_selected',
                      table = 'people_shortlists', column = 'target_count';
        end if;
    end if;
    return new;
end
$$;

create trigger check_shortlist
    before update of target_count on atlvs.people_shortlists
    for each row execute function atlvs.check_shortlist();

-- --- network ---

create table atlvs.people_network (
    organization_id     uuid        not null,
    id                  uuid        not null default atlvs.uuid_v7(),
    person_id           uuid        not null,
    connected_person_id uuid        not null,
    relationship_type   text        not null,
    strength            smallint    not null default 3,
    notes               text,
    created_at          timestamptz not null,
    created_by          uuid,
    updated_at          timestamptz not null,
    updated_by          uuid,
    version             bigint      not null,
    constraint people_network_pkey primary key (organization_id, id),
    constraint people_network_unique unique (organization_id, person_id, connected_person_id, relationship_type),
    constraint people_network_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint people_network_connected_person_fkey foreign key (organization_id, connected_person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint people_network_relationship_type_check
        check (relationship_type in ('colleague', 'mentor', 'mentee', 'collaborator', 'friend')),
    constraint people_network_strength_check check (strength between 1 and 5),
    constraint people_network_notes_check check (length(notes) <= 2000),
    constraint people_network_self_check check (person_id <> connected_person_id),
    -- A symmetric connection is stored once, from the smaller id to the larger.
    constraint people_network_order_check
        check (relationship_type in ('mentor', 'mentee') or person_id < connected_person_id)
);

comment on table atlvs.people_network is
    'Professional connections used for referrals and introductions. Colleague, collaborator and friend are symmetric '
    'and stored once, from the smaller person id to the larger; "A is mentor of B" is stored as the pair (A, B, mentor) '
    'and (B, A, mentee), checked at commit.';

create index people_network_connected_idx on atlvs.people_network (organization_id, connected_person_id);
select atlvs.register_tenant_table('atlvs.people_network');

-- A mentor row has its mentee row and the other way round, at commit: both rows of a pair exist, or neither.
create function atlvs.require_network_inverse() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    edge record;
    forward boolean;
    inverse boolean;
begin
    for edge in select r.person_id, r.connected_person_id, r.relationship_type
                  from (select new.person_id, new.connected_person_id, new.relationship_type where tg_op <> 'DELETE'
                        union all
                        select old.person_id, old.connected_person_id, old.relationship_type where tg_op <> 'INSERT') r
                 where r.relationship_type in ('mentor', 'mentee') loop
        perform atlvs.serialize_decision(tenant, 'people_network_inverse', least(edge.person_id, edge.connected_person_id));
        select exists (select 1 from atlvs.people_network n
                        where n.organization_id = tenant and n.person_id = edge.person_id
                          and n.connected_person_id = edge.connected_person_id
                          and n.relationship_type = edge.relationship_type) into forward;
        select exists (select 1 from atlvs.people_network n
                        where n.organization_id = tenant and n.person_id = edge.connected_person_id
                          and n.connected_person_id = edge.person_id
                          and n.relationship_type = case edge.relationship_type when 'mentor' then 'mentee' else 'mentor' end)
          into inverse;
        if forward <> inverse then
            raise exception 'a mentor connection is stored with its inverse mentee connection'
                using errcode = 'check_violation', constraint = 'people_network_inverse', table = 'people_network',
                      column = 'relationship_type';
        end if;
    end loop;
    return null;
end
$$;

create constraint trigger require_network_inverse
    after insert or update of person_id, connected_person_id, relationship_type or delete on atlvs.people_network
    deferrable initially deferred
    for each row execute function atlvs.require_network_inverse();
