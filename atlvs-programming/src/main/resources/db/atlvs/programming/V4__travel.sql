-- Travel: itineraries of a project (a touring party's flights, trains, ground transfers, hotels), who travels on them
-- (itinerary_participants) and their segments (itinerary_segments). A segment names one participant (person_id) or,
-- when person_id is null, is travelled by every participant of the itinerary.
--
-- The database holds, for everyone who travels on a segment, over all their live (neither cancelled nor deleted)
-- itineraries of the organization:
--   * transport segments (every kind but hotel and activity) never overlap (itinerary_segments_overlap) and leave at
--     least the itinerary's min_connection_minutes between one arrival and the next departure
--     (itinerary_segments_connection); hotel stays never overlap (itinerary_segments_hotel_overlap); a person joins an
--     itinerary only when its shared segments fit their other travel (itinerary_participants_schedule);
--   * an international segment (from_country and to_country both given and different) needs a passport on record
--     (person_profiles.passport_expires_on) valid until the trip's end plus the itinerary's passport_margin_months, the
--     trip's end being the later of the itinerary's end_date and the segment's arrival date (UTC)
--     (itinerary_segments_passport_valid, itinerary_participants_passport_valid);
--   * a segment flagged visa_required (the coordinator sets it for a destination that requires a visa of the party)
--     needs a person_documents row of type 'visa' that does not expire before the trip's end
--     (itinerary_segments_visa_valid, itinerary_participants_visa_valid).
-- The decisions are taken one transaction at a time per itinerary and per traveller (atlvs.serialize_decision). The
-- itinerary's thresholds (min_connection_minutes, passport_margin_months, end_date) apply when a segment or a
-- participant is written; ItineraryValidator reports what a later change of them leaves wrong. Travel also commits
-- people's time: each transport
-- segment commits each of its travellers within the itinerary's project (people V11), tentatively while the itinerary
-- is a draft, confirmed once it is confirmed, released when it is cancelled or deleted, so that confirmed travel of one
-- person is never double-booked against another project.

-- --- itineraries ---

create table atlvs.itineraries (
    organization_id        uuid           not null,
    id                     uuid           not null default atlvs.uuid_v7(),
    project_id             uuid           not null,
    title                  text           not null,
    description            text,
    type                   text           not null default 'travel',
    status                 text           not null default 'draft',
    start_date             date           not null,
    end_date               date           not null,
    budget                 numeric(19, 4),
    currency               char(3),
    min_connection_minutes integer        not null default 60,
    passport_margin_months integer        not null default 6,
    created_at             timestamptz    not null,
    created_by             uuid,
    updated_at             timestamptz    not null,
    updated_by             uuid,
    version                bigint         not null,
    deleted_at             timestamptz,
    constraint itineraries_pkey primary key (organization_id, id),
    constraint itineraries_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint itineraries_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint itineraries_title_check check (length(btrim(title)) between 1 and 200),
    constraint itineraries_description_check check (length(description) <= 10000),
    constraint itineraries_type_check check (type in ('travel', 'daily', 'event', 'tour', 'business', 'crew', 'training',
        'personal')),
    constraint itineraries_status_check check (status in ('draft', 'confirmed', 'in_progress', 'completed', 'cancelled')),
    constraint itineraries_end_date_check check (end_date >= start_date),
    constraint itineraries_budget_check check (budget >= 0),
    constraint itineraries_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint itineraries_budget_currency_check check (budget is null or currency is not null),
    constraint itineraries_min_connection_minutes_check check (min_connection_minutes between 0 and 1440),
    constraint itineraries_passport_margin_months_check check (passport_margin_months between 0 and 24)
);

comment on table atlvs.itineraries is
    'A travel plan of a project (a touring party''s journey, a crew''s daily travel) from start_date to end_date, with '
    'its travellers (itinerary_participants) and segments (itinerary_segments).';
comment on column atlvs.itineraries.min_connection_minutes is
    'The least time between one arrival and the next departure of a traveller (itinerary_segments_connection).';
comment on column atlvs.itineraries.passport_margin_months is
    'Months a passport must stay valid after the trip''s end for an international segment (6 by default, what many '
    'countries require).';

create index itineraries_project_idx on atlvs.itineraries (organization_id, project_id, start_date) where deleted_at is null;
create index itineraries_status_idx on atlvs.itineraries (organization_id, status, start_date) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.itineraries', soft_delete => true);
select atlvs.register_entity_type('itinerary', 'atlvs.itineraries');

create view atlvs.programming_itineraries with (security_invoker = true) as
    select i.* from atlvs.itineraries i where i.deleted_at is null;

comment on view atlvs.programming_itineraries is
    'Consolidated into itineraries: the live (not deleted) itineraries. Runs with the caller''s rights '
    '(security_invoker), so the tenant''s row-level security applies unchanged.';

-- --- participants ---

create table atlvs.itinerary_participants (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    itinerary_id    uuid        not null,
    person_id       uuid        not null,
    role            text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint itinerary_participants_pkey primary key (organization_id, id),
    constraint itinerary_participants_person_unique unique (organization_id, itinerary_id, person_id),
    constraint itinerary_participants_itinerary_fkey foreign key (organization_id, itinerary_id)
        references atlvs.itineraries (organization_id, id) on delete cascade,
    constraint itinerary_participants_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint itinerary_participants_role_check check (length(btrim(role)) between 1 and 100)
);

comment on table atlvs.itinerary_participants is
    'Who travels on an itinerary, in which role (artist, tour manager, crew). Every segment without a person_id is '
    'travelled by every participant.';

create index itinerary_participants_person_idx on atlvs.itinerary_participants (organization_id, person_id);
select atlvs.register_tenant_table('atlvs.itinerary_participants');
select atlvs.register_person_data('atlvs.itinerary_participants', 'person_id', 'delete');

-- --- segments ---

create table atlvs.itinerary_segments (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    itinerary_id    uuid           not null,
    person_id       uuid,
    kind            text           not null default 'flight',
    from_place      text           not null,
    to_place        text           not null,
    from_country    char(2),
    to_country      char(2),
    depart_at       timestamptz    not null,
    arrive_at       timestamptz    not null,
    visa_required   boolean        not null default false,
    provider        text,
    confirmation_no text,
    cost            numeric(19, 4),
    currency        char(3),
    notes           text,
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint itinerary_segments_pkey primary key (organization_id, id),
    constraint itinerary_segments_itinerary_fkey foreign key (organization_id, itinerary_id)
        references atlvs.itineraries (organization_id, id) on delete cascade,
    constraint itinerary_segments_participant_fkey foreign key (organization_id, itinerary_id, person_id)
        references atlvs.itinerary_participants (organization_id, itinerary_id, person_id) on delete cascade,
    constraint itinerary_segments_kind_check check (kind in ('flight', 'train', 'car', 'bus', 'ship', 'hotel', 'activity')),
    constraint itinerary_segments_from_place_check check (length(btrim(from_place)) between 1 and 200),
    constraint itinerary_segments_to_place_check check (length(btrim(to_place)) between 1 and 200),
    constraint itinerary_segments_from_country_check check (from_country ~ '^[A-Z]{2}$'),
    constraint itinerary_segments_to_country_check check (to_country ~ '^[A-Z]{2}$'),
    constraint itinerary_segments_arrive_at_check check (arrive_at > depart_at),
    constraint itinerary_segments_provider_check check (length(provider) <= 200),
    constraint itinerary_segments_confirmation_no_check check (length(confirmation_no) <= 100),
    constraint itinerary_segments_cost_check check (cost >= 0),
    constraint itinerary_segments_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint itinerary_segments_cost_currency_check check (cost is null or currency is not null),
    constraint itinerary_segments_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.itinerary_segments is
    'One leg of an itinerary: a flight, train, car, bus or ship (transport), a hotel stay or an activity, from depart_at '
    'to arrive_at (check-in to check-out for a hotel). person_id names the one participant who travels on it; null: '
    'every participant does.';
comment on column atlvs.itinerary_segments.from_country is
    'ISO 3166-1 alpha-2 country of departure; a segment is international when from_country and to_country are both '
    'given and differ.';
comment on column atlvs.itinerary_segments.visa_required is
    'Whether the destination requires a visa of the travellers: each needs a visa document (person_documents, type '
    'visa) that does not expire before the trip''s end.';
comment on column atlvs.itinerary_segments.confirmation_no is 'The booking reference; sealed in the audit trail.';

create index itinerary_segments_itinerary_idx on atlvs.itinerary_segments (organization_id, itinerary_id, depart_at);
create index itinerary_segments_participant_idx on atlvs.itinerary_segments (organization_id, itinerary_id, person_id)
    where person_id is not null;
select atlvs.register_tenant_table('atlvs.itinerary_segments', sensitive_columns => array['confirmation_no', 'notes']);
select atlvs.register_person_data('atlvs.itinerary_segments', 'person_id', 'delete');

-- --- the rules ---

-- Whether a segment kind is transport (everything but a hotel stay and an activity).
create function atlvs.is_transport(segment_kind text) returns boolean
    language sql
    immutable
    set search_path = pg_catalog, atlvs
    return segment_kind not in ('hotel', 'activity');

-- Refuses `person` on an international segment (passport) or one that requires a visa, the trip ending on `trip_end`,
-- naming the rule of `table_name` (itinerary_segments or itinerary_participants) that is broken.
create function atlvs.check_travel_documents(organization uuid, person uuid, international boolean, needs_visa boolean,
                                             trip_end date, margin_months integer, table_name text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    expires date;
begin
    if international then
        select p.passport_expires_on into expires from atlvs.person_profiles p
         where p.organization_id = organization and p.person_id = person;
        if expires is null or expires < trip_end + make_interval(months => margin_months) then
            raise exception 'each traveller of an international segment has a passport valid past the trip''s end plus the itinerary''s margin (constraint "%_passport_valid")', table_name
                using errcode = 'check_violation', constraint = table_name || '_passport_valid', table = table_name,
                      column = 'person_id';
        end if;
    end if;
    if needs_visa and not exists (select 1 from atlvs.person_documents d
                                   where d.organization_id = organization and d.person_id = person
                                     and d.document_type = 'visa' and (d.expires_at is null or d.expires_at >= trip_end)) then
        raise exception 'each traveller of a segment that requires a visa has a visa valid until the trip''s end (constraint "%_visa_valid")', table_name
            using errcode = 'check_violation', constraint = table_name || '_visa_valid', table = table_name,
                  column = 'person_id';
    end if;
end
$$;

-- What a segment from `from_at` to `to_at` of kind `segment_kind` (in `itinerary`, naming `segment_person` or, when
-- null, every participant) clashes with: 'overlap' with a transport segment, 'hotel_overlap' with a hotel stay,
-- 'connection' when a transport segment arrives or departs less than `min_connection` minutes away; null when nothing
-- clashes. Compared are the other segments of `itinerary` that share a traveller with it (every segment, for a segment
-- of everyone) and, when `person` is given, every segment of the person's live (neither cancelled nor deleted)
-- itineraries that the person travels on. Activities clash with nothing.
create function atlvs.travel_clash(organization uuid, person uuid, itinerary uuid, segment uuid, segment_person uuid,
                                   segment_kind text, from_at timestamptz, to_at timestamptz, min_connection integer)
    returns text
    language plpgsql
    stable
    set search_path = pg_catalog, atlvs
as $$
declare
    transport boolean := atlvs.is_transport(segment_kind);
    overlapping boolean;
    too_close boolean;
begin
    if segment_kind = 'activity' then
        return null;
    end if;
    select coalesce(bool_or(s.depart_at < to_at and s.arrive_at > from_at), false),
           coalesce(bool_or(transport and ((s.arrive_at <= from_at and from_at < s.arrive_at + make_interval(mins => min_connection))
                                           or (s.depart_at >= to_at and s.depart_at < to_at + make_interval(mins => min_connection)))), false)
      into overlapping, too_close
      from atlvs.itinerary_segments s
      join atlvs.itineraries i on i.organization_id = s.organization_id and i.id = s.itinerary_id
     where s.organization_id = organization and s.id <> segment
       and i.deleted_at is null and i.status <> 'cancelled'
       and (case when transport then atlvs.is_transport(s.kind) else s.kind = 'hotel' end)
       and ((s.itinerary_id = itinerary
             and (segment_person is null or s.person_id is null or s.person_id = segment_person))
            or (person is not null
                and (s.person_id = person
                     or (s.person_id is null
                         and exists (select 1 from atlvs.itinerary_participants p
                                      where p.organization_id = organization and p.itinerary_id = s.itinerary_id
                                        and p.person_id = person)))));
    if overlapping then
        return case when transport then 'overlap' else 'hotel_overlap' end;
    end if;
    return case when too_close then 'connection' end;
end
$$;

-- A segment does not overlap another segment of one of its travellers, in this itinerary or another live one
-- (transport with transport, hotel with hotel), a transport segment leaves the itinerary's minimum connection time
-- before and after it, and each of its travellers holds the documents it needs. Decided one transaction at a time per
-- itinerary and per traveller.
create function atlvs.check_itinerary_segment() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    itinerary record;
    traveller uuid;
    verdict text;
    trip_end date;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'itinerary_segments');
    if tg_op = 'UPDATE' and (new.itinerary_id, new.person_id, new.kind, new.depart_at, new.arrive_at, new.from_country,
                             new.to_country, new.visa_required)
       is not distinct from (old.itinerary_id, old.person_id, old.kind, old.depart_at, old.arrive_at, old.from_country,
                             old.to_country, old.visa_required) then
        return new;
    end if;
    select i.end_date, i.min_connection_minutes, i.passport_margin_months,
           i.deleted_at is null and i.status <> 'cancelled' as live
      into itinerary
      from atlvs.itineraries i
     where i.organization_id = new.organization_id and i.id = new.itinerary_id;
    if not found then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'itinerary_segments_connection', new.itinerary_id);
    for traveller in
        select new.person_id where new.person_id is not null
        union
        select p.person_id from atlvs.itinerary_participants p
         where new.person_id is null and p.organization_id = new.organization_id and p.itinerary_id = new.itinerary_id
        order by 1
    loop
        perform atlvs.serialize_decision(new.organization_id, 'itinerary_segments_connection', traveller);
    end loop;
    if itinerary.live then
        verdict := atlvs.travel_clash(new.organization_id, null, new.itinerary_id, new.id, new.person_id, new.kind,
                                      new.depart_at, new.arrive_at, itinerary.min_connection_minutes);
        for traveller in
            select new.person_id where new.person_id is not null
            union
            select p.person_id from atlvs.itinerary_participants p
             where new.person_id is null and p.organization_id = new.organization_id and p.itinerary_id = new.itinerary_id
        loop
            exit when verdict is not null;
            verdict := atlvs.travel_clash(new.organization_id, traveller, new.itinerary_id, new.id, new.person_id, new.kind,
                                          new.depart_at, new.arrive_at, itinerary.min_connection_minutes);
        end loop;
        if verdict = 'overlap' then
            raise exception 'a traveller''s transport segments do not overlap (constraint "itinerary_segments_overlap")'
                using errcode = 'exclusion_violation', constraint = 'itinerary_segments_overlap',
                      table = 'itinerary_segments', column = 'depart_at';
        elsif verdict = 'hotel_overlap' then
            raise exception 'a traveller''s hotel stays do not overlap (constraint "itinerary_segments_hotel_overlap")'
                using errcode = 'exclusion_violation', constraint = 'itinerary_segments_hotel_overlap',
                      table = 'itinerary_segments', column = 'depart_at';
        elsif verdict = 'connection' then
            raise exception 'a traveller has at least the itinerary''s minimum connection time between one arrival and the next departure (constraint "itinerary_segments_connection")'
                using errcode = 'check_violation', constraint = 'itinerary_segments_connection',
                      table = 'itinerary_segments', column = 'depart_at';
        end if;
    end if;
    if (new.from_country is not null and new.to_country is not null and new.from_country <> new.to_country)
       or new.visa_required then
        trip_end := greatest(itinerary.end_date, (new.arrive_at at time zone 'UTC')::date);
        for traveller in
            select new.person_id where new.person_id is not null
            union
            select p.person_id from atlvs.itinerary_participants p
             where new.person_id is null and p.organization_id = new.organization_id and p.itinerary_id = new.itinerary_id
        loop
            perform atlvs.check_travel_documents(new.organization_id, traveller,
                new.from_country is not null and new.to_country is not null and new.from_country <> new.to_country,
                new.visa_required, trip_end, itinerary.passport_margin_months, 'itinerary_segments');
        end loop;
    end if;
    return new;
end
$$;

create trigger check_itinerary_segment
    before insert or update on atlvs.itinerary_segments
    for each row execute function atlvs.check_itinerary_segment();

-- A new participant does not already travel (in another live itinerary) at the time of one of the itinerary's shared
-- segments, or too close to it (itinerary_participants_schedule), and holds the documents those segments need.
create function atlvs.check_itinerary_participant() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    itinerary record;
    segment record;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'itinerary_participants');
    if tg_op = 'UPDATE' and (new.itinerary_id, new.person_id) is not distinct from (old.itinerary_id, old.person_id) then
        return new;
    end if;
    select i.end_date, i.min_connection_minutes, i.passport_margin_months,
           i.deleted_at is null and i.status <> 'cancelled' as live
      into itinerary
      from atlvs.itineraries i
     where i.organization_id = new.organization_id and i.id = new.itinerary_id;
    if not found then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'itinerary_segments_connection', new.itinerary_id);
    perform atlvs.serialize_decision(new.organization_id, 'itinerary_segments_connection', new.person_id);
    for segment in
        select s.id, s.kind, s.depart_at, s.from_country, s.to_country, s.visa_required, s.arrive_at
          from atlvs.itinerary_segments s
         where s.organization_id = new.organization_id and s.itinerary_id = new.itinerary_id and s.person_id is null
         order by s.depart_at
    loop
        if itinerary.live and atlvs.travel_clash(new.organization_id, new.person_id, null, segment.id, null, segment.kind,
                                                 segment.depart_at, segment.arrive_at,
                                                 itinerary.min_connection_minutes) is not null then
            raise exception 'the participant already travels at the time of one of the itinerary''s segments, or too close to it (constraint "itinerary_participants_schedule")'
                using errcode = 'exclusion_violation', constraint = 'itinerary_participants_schedule',
                      table = 'itinerary_participants', column = 'person_id';
        end if;
        if segment.visa_required
           or (segment.from_country is not null and segment.to_country is not null and segment.from_country <> segment.to_country) then
            perform atlvs.check_travel_documents(new.organization_id, new.person_id,
                segment.from_country is not null and segment.to_country is not null and segment.from_country <> segment.to_country,
                segment.visa_required, greatest(itinerary.end_date, (segment.arrive_at at time zone 'UTC')::date),
                itinerary.passport_margin_months, 'itinerary_participants');
        end if;
    end loop;
    return new;
end
$$;

create trigger check_itinerary_participant
    before insert or update on atlvs.itinerary_participants
    for each row execute function atlvs.check_itinerary_participant();

-- --- the travellers' time ---

-- The source row of the commitment of one traveller on one segment: a segment travelled by every participant commits
-- each of them, and person_commitments holds one commitment per (source table, source row), so the row is derived
-- from the segment and the person (an md5 of both, as a uuid). Commitments read source 'itinerary_segments'.
create function atlvs.itinerary_leg_id(segment uuid, person uuid) returns uuid
    language sql
    immutable
    set search_path = pg_catalog, atlvs
    return md5(segment::text || '/' || person::text)::uuid;

-- Commits (or releases) the time of every traveller of one segment: a transport segment of a live itinerary commits
-- its travellers within the project, tentatively while the itinerary is a draft, confirmed once confirmed; a hotel
-- stay, an activity, or a segment of a cancelled or deleted itinerary commits nothing.
create function atlvs.sync_segment_time(organization uuid, segment uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    leg record;
    traveller uuid;
    live boolean;
begin
    select s.id, s.person_id, s.kind, s.from_place, s.to_place, s.depart_at, s.arrive_at, s.itinerary_id,
           i.project_id, i.status, i.deleted_at
      into leg
      from atlvs.itinerary_segments s
      join atlvs.itineraries i on i.organization_id = s.organization_id and i.id = s.itinerary_id
     where s.organization_id = organization and s.id = segment;
    if not found then
        return;
    end if;
    live := atlvs.is_transport(leg.kind) and leg.status <> 'cancelled' and leg.deleted_at is null;
    for traveller in
        select leg.person_id where leg.person_id is not null
        union
        select p.person_id from atlvs.itinerary_participants p
         where leg.person_id is null and p.organization_id = organization and p.itinerary_id = leg.itinerary_id
    loop
        if live then
            perform atlvs.commit_project_time(organization, traveller, leg.project_id, 'itinerary_segments',
                atlvs.itinerary_leg_id(leg.id, traveller), leg.depart_at, leg.arrive_at, 100,
                case leg.status when 'draft' then 'tentative' else 'confirmed' end,
                left(initcap(leg.kind) || ' ' || leg.from_place || ' - ' || leg.to_place, 200));
        else
            perform atlvs.release_person_time(organization, 'itinerary_segments', atlvs.itinerary_leg_id(leg.id, traveller));
        end if;
    end loop;
end
$$;

-- Releases the commitments of one segment for its travellers as they were: `person` when it names one, else every
-- participant of the itinerary.
create function atlvs.release_segment_time(organization uuid, itinerary uuid, segment uuid, person uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    traveller uuid;
begin
    for traveller in
        select person where person is not null
        union
        select p.person_id from atlvs.itinerary_participants p
         where person is null and p.organization_id = organization and p.itinerary_id = itinerary
    loop
        perform atlvs.release_person_time(organization, 'itinerary_segments', atlvs.itinerary_leg_id(segment, traveller));
    end loop;
end
$$;

create function atlvs.commit_segment_time() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and (tg_op = 'DELETE' or (new.itinerary_id, new.person_id)
                                          is distinct from (old.itinerary_id, old.person_id)) then
        perform atlvs.release_segment_time(old.organization_id, old.itinerary_id, old.id, old.person_id);
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    perform atlvs.sync_segment_time(new.organization_id, new.id);
    return new;
end
$$;

create trigger commit_segment_time
    after insert or update or delete on atlvs.itinerary_segments
    for each row execute function atlvs.commit_segment_time();

create function atlvs.commit_participant_time() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    segment record;
begin
    if atlvs.restoring() then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        for segment in select s.id from atlvs.itinerary_segments s
                        where s.organization_id = old.organization_id and s.itinerary_id = old.itinerary_id
                          and s.person_id is null
        loop
            perform atlvs.release_person_time(old.organization_id, 'itinerary_segments',
                                              atlvs.itinerary_leg_id(segment.id, old.person_id));
        end loop;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    for segment in select s.id from atlvs.itinerary_segments s
                    where s.organization_id = new.organization_id and s.itinerary_id = new.itinerary_id
                      and s.person_id is null
    loop
        perform atlvs.sync_segment_time(new.organization_id, segment.id);
    end loop;
    return new;
end
$$;

create trigger commit_participant_time
    after insert or update or delete on atlvs.itinerary_participants
    for each row execute function atlvs.commit_participant_time();

create function atlvs.commit_itinerary_time() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    segment record;
begin
    if atlvs.restoring() then
        return new;
    end if;
    if (new.status, new.deleted_at, new.project_id) is distinct from (old.status, old.deleted_at, old.project_id) then
        for segment in select s.id from atlvs.itinerary_segments s
                        where s.organization_id = new.organization_id and s.itinerary_id = new.id
                        order by s.depart_at
        loop
            perform atlvs.sync_segment_time(new.organization_id, segment.id);
        end loop;
    end if;
    return new;
end
$$;

create trigger commit_itinerary_time
    after update on atlvs.itineraries
    for each row execute function atlvs.commit_itinerary_time();

-- --- arrival at the show ---

-- When `person`'s travel of `project` gets them to the show on `on_date`: over the person's live (neither cancelled nor
-- deleted) itineraries of the project whose dates cover on_date, the arrival of the inbound journey, that is the last
-- arrive_at of the first chain of transport segments the person travels on (their own and everyone's), a chain ending
-- at the first hotel stay or activity after it or at a gap of more than 12 hours between one arrival and the next
-- departure. The latest such arrival when several itineraries cover the day; null when the person has no such travel.
-- Call sheets read it to place a traveller's call after their arrival.
create function atlvs.person_arrival_at(organization uuid, person uuid, project uuid, on_date date) returns timestamptz
    language plpgsql
    stable
    set search_path = pg_catalog, atlvs
as $$
declare
    itinerary record;
    segment record;
    arrival timestamptz;
    chain_end timestamptz;
    latest timestamptz;
begin
    for itinerary in
        select i.id from atlvs.itineraries i
          join atlvs.itinerary_participants p
            on p.organization_id = i.organization_id and p.itinerary_id = i.id and p.person_id = person
         where i.organization_id = organization and i.project_id = project and i.deleted_at is null
           and i.status <> 'cancelled' and i.start_date <= on_date and i.end_date >= on_date
    loop
        chain_end := null;
        for segment in
            select s.kind, s.depart_at, s.arrive_at from atlvs.itinerary_segments s
             where s.organization_id = organization and s.itinerary_id = itinerary.id
               and (s.person_id is null or s.person_id = person)
             order by s.depart_at, s.arrive_at
        loop
            if not atlvs.is_transport(segment.kind) then
                exit when chain_end is not null;
                continue;
            end if;
            exit when chain_end is not null and segment.depart_at - chain_end > interval '12 hours';
            chain_end := segment.arrive_at;
        end loop;
        arrival := chain_end;
        if arrival is not null and (latest is null or arrival > latest) then
            latest := arrival;
        end if;
    end loop;
    return latest;
end
$$;

comment on function atlvs.person_arrival_at(uuid, uuid, uuid, date) is
    'When the person''s travel of the project gets them to the show on the date: the last arrival of the first chain '
    'of transport segments (ended by a hotel stay, an activity or a gap of more than 12 hours) of their live '
    'itineraries of the project covering the date; the latest of those; null without such travel.';
