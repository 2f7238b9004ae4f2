-- The sales pipeline: several pipelines per organization, each an ordered list of stages with exactly one won and one
-- lost stage; deals (the audit's pipeline_opportunities) moving through them; the activities around a deal; and the
-- conversion facts that every stage move leaves behind, from which the funnel is computed.
--
-- What the database holds, whatever code writes the rows:
--   * a stage order is unique within its pipeline (pipeline_stages_order_unique); a won stage has probability 100 and
--     the forecast category closed, a lost stage probability 0 and the category omitted, and no stage is both
--     (pipeline_stages_outcome_values, pipeline_stages_outcome_check); at commit every pipeline has exactly one won and
--     one lost stage (pipeline_stages_won_and_lost);
--   * a deal's stage belongs to its pipeline (a composite foreign key); its status follows the stage: won exactly in
--     the won stage (probability 100, close date set), lost exactly in the lost stage (probability 0, a reason
--     required: pipeline_opportunities_lost_reason), active or on hold in an open stage
--     (pipeline_opportunities_status_of_stage); a won or lost deal moves no further
--     (pipeline_opportunities_status_transition); probability, forecast category, deal size, close date and the stage
--     and company names searched by are derived; one live deal per project (pipeline_opportunities_project_unique);
--   * each stage move (and each new deal's first stage) appends a conversion fact, and each move a stage-change
--     activity, both written by the database: nobody enters them by hand (pipeline_conversions_stage_move_only,
--     pipeline_activities_stage_change_by_system) and conversion facts are never changed
--     (pipeline_conversions_append_only).
-- The rules that read other rows (pipeline_stages_won_and_lost) are decided one transaction at a time per pipeline
-- (atlvs.serialize_decision), so that they hold at every isolation level.

-- --- pipelines ---

create table atlvs.pipelines (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    name             text        not null,
    description      text,
    currency         char(3),
    is_default       boolean     not null default false,
    status           text        not null default 'active',
    stale_after_days integer     not null default 14,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    deleted_at       timestamptz,
    constraint pipelines_pkey primary key (organization_id, id),
    constraint pipelines_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint pipelines_name_check check (length(btrim(name)) between 1 and 200),
    constraint pipelines_description_check check (length(description) <= 4000),
    constraint pipelines_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint pipelines_status_check check (status in ('active', 'archived')),
    constraint pipelines_stale_after_days_check check (stale_after_days between 1 and 365)
);

comment on table atlvs.pipelines is
    'A sales pipeline of the organization (festival production, touring, brand activations...): an ordered list of '
    'stages with exactly one won and one lost stage.';
comment on column atlvs.pipelines.currency is 'The default currency of the pipeline''s deals.';
comment on column atlvs.pipelines.stale_after_days is
    'Days without an open future activity after which an active deal of the pipeline counts as stale.';

create unique index pipelines_name_unique on atlvs.pipelines (organization_id, lower(name)) where deleted_at is null;
create unique index pipelines_one_default on atlvs.pipelines (organization_id) where is_default and deleted_at is null;
select atlvs.register_tenant_table('atlvs.pipelines', soft_delete => true);

-- --- stages ---

create table atlvs.pipeline_stages (
    organization_id   uuid         not null,
    id                uuid         not null default atlvs.uuid_v7(),
    pipeline_id       uuid         not null,
    name              text         not null,
    stage_order       integer      not null,
    probability       numeric(5,2) not null default 0,
    forecast_category text         not null default 'pipeline',
    color             text,
    is_won            boolean      not null default false,
    is_lost           boolean      not null default false,
    description       text,
    created_at        timestamptz  not null,
    created_by        uuid,
    updated_at        timestamptz  not null,
    updated_by        uuid,
    version           bigint       not null,
    constraint pipeline_stages_pkey primary key (organization_id, id),
    constraint pipeline_stages_of_pipeline_key unique (organization_id, pipeline_id, id),
    constraint pipeline_stages_order_unique unique (organization_id, pipeline_id, stage_order),
    constraint pipeline_stages_pipeline_fkey foreign key (organization_id, pipeline_id)
        references atlvs.pipelines (organization_id, id) on delete cascade,
    constraint pipeline_stages_name_check check (length(btrim(name)) between 1 and 100),
    constraint pipeline_stages_stage_order_check check (stage_order between 1 and 1000),
    constraint pipeline_stages_probability_check check (probability between 0 and 100),
    constraint pipeline_stages_forecast_category_check
        check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    constraint pipeline_stages_color_check check (color ~ '^#[0-9A-Fa-f]{6}$'),
    constraint pipeline_stages_description_check check (length(description) <= 2000),
    constraint pipeline_stages_outcome_check check (not (is_won and is_lost)),
    constraint pipeline_stages_outcome_values check (
        (not is_won or (probability = 100 and forecast_category = 'closed'))
        and (not is_lost or (probability = 0 and forecast_category = 'omitted'))
        and (is_won or is_lost or forecast_category not in ('closed', 'omitted')))
);

comment on table atlvs.pipeline_stages is
    'The ordered stages of a sales pipeline (lead, qualified, proposal, negotiation, won, lost by default), each with '
    'the default probability and forecast category of the deals in it.';
comment on column atlvs.pipeline_stages.forecast_category is
    'Where the stage''s deals count in a forecast: pipeline, best_case, commit (open stages), closed (the won stage), '
    'omitted (the lost stage). Deals in best_case or commit stages, and won deals, are the pipeline_deals view.';

create unique index pipeline_stages_one_won on atlvs.pipeline_stages (organization_id, pipeline_id) where is_won;
create unique index pipeline_stages_one_lost on atlvs.pipeline_stages (organization_id, pipeline_id) where is_lost;
select atlvs.register_tenant_table('atlvs.pipeline_stages');

-- At commit, each pipeline has exactly one won and one lost stage (at most one is held at once by the unique indexes).
create function atlvs.check_pipeline_outcomes() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    organization uuid;
    pipeline uuid;
    won integer;
    lost integer;
begin
    if tg_nargs > 0 then
        organization := new.organization_id;
        pipeline := new.id;
    elsif tg_op = 'DELETE' then
        organization := old.organization_id;
        pipeline := old.pipeline_id;
    else
        organization := new.organization_id;
        pipeline := new.pipeline_id;
    end if;
    if not exists (select 1 from atlvs.pipelines p where p.organization_id = organization and p.id = pipeline) then
        return null;
    end if;
    perform atlvs.serialize_decision(organization, 'pipeline_stages_won_and_lost', pipeline);
    select count(*) filter (where s.is_won), count(*) filter (where s.is_lost) into won, lost
      from atlvs.pipeline_stages s
     where s.organization_id = organization and s.pipeline_id = pipeline;
    if won <> 1 or lost <> 1 then
        raise exception 'a pipeline has exactly one won stage and one lost stage (constraint "pipeline_stages_won_and_lost")'
            using errcode = 'check_violation', constraint = 'pipeline_stages_won_and_lost', table = 'pipeline_stages',
                  column = 'is_won';
    end if;
    return null;
end
$$;

create constraint trigger pipeline_stages_won_and_lost
    after insert or update or delete on atlvs.pipeline_stages
    deferrable initially deferred
    for each row execute function atlvs.check_pipeline_outcomes();

create constraint trigger pipelines_won_and_lost
    after insert on atlvs.pipelines
    deferrable initially deferred
    for each row execute function atlvs.check_pipeline_outcomes('pipeline');

-- --- deals (pipeline_opportunities) ---

create table atlvs.pipeline_opportunities (
    organization_id      uuid          not null,
    id                   uuid          not null default atlvs.uuid_v7(),
    pipeline_id          uuid          not null,
    stage_id             uuid          not null,
    title                text          not null,
    description          text,
    company_id           uuid,
    owner_user_id        uuid,
    value                numeric(19,4),
    currency             char(3),
    probability          numeric(5,2)  not null default 0,
    probability_override numeric(5,2),
    forecast_category    text          not null default 'pipeline',
    expected_close_date  date,
    actual_close_date    date,
    status               text          not null default 'active',
    deal_size            text,
    source               text,
    lost_reason          text,
    starts_on            date,
    ends_on              date,
    project_id           uuid,
    stage_entered_at     timestamptz,
    stage_name           text,
    company_name         text,
    tags                 text[]        not null default '{}',
    custom_fields        jsonb         not null default '{}',
    created_at           timestamptz   not null,
    created_by           uuid,
    updated_at           timestamptz   not null,
    updated_by           uuid,
    version              bigint        not null,
    deleted_at           timestamptz,
    constraint pipeline_opportunities_pkey primary key (organization_id, id),
    constraint pipeline_opportunities_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint pipeline_opportunities_pipeline_fkey foreign key (organization_id, pipeline_id)
        references atlvs.pipelines (organization_id, id),
    constraint pipeline_opportunities_stage_fkey foreign key (organization_id, pipeline_id, stage_id)
        references atlvs.pipeline_stages (organization_id, pipeline_id, id),
    constraint pipeline_opportunities_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id),
    constraint pipeline_opportunities_owner_fkey foreign key (organization_id, owner_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (owner_user_id),
    constraint pipeline_opportunities_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint pipeline_opportunities_title_check check (length(btrim(title)) between 1 and 300),
    constraint pipeline_opportunities_description_check check (length(description) <= 10000),
    constraint pipeline_opportunities_value_check check (value >= 0),
    constraint pipeline_opportunities_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint pipeline_opportunities_value_currency_check check (value is null or currency is not null),
    constraint pipeline_opportunities_probability_check check (probability between 0 and 100),
    constraint pipeline_opportunities_probability_override_check check (probability_override between 0 and 100),
    constraint pipeline_opportunities_forecast_category_check
        check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    constraint pipeline_opportunities_status_check check (status in ('active', 'won', 'lost', 'on_hold')),
    constraint pipeline_opportunities_deal_size_check check (deal_size in ('small', 'medium', 'large', 'enterprise')),
    constraint pipeline_opportunities_source_check check (length(source) <= 100),
    constraint pipeline_opportunities_lost_reason_check check (length(lost_reason) <= 2000),
    constraint pipeline_opportunities_lost_reason check (status <> 'lost' or lost_reason is not null),
    constraint pipeline_opportunities_show_dates_check check (ends_on >= starts_on),
    constraint pipeline_opportunities_custom_fields_check check (jsonb_typeof(custom_fields) = 'object')
);

comment on table atlvs.pipeline_opportunities is
    'Deals: potential sales (a production contract for a festival, a client''s tour) moving through the stages of a '
    'pipeline. Won exactly in the won stage, lost exactly in the lost stage (with a reason). Called deals in Java.';
comment on column atlvs.pipeline_opportunities.probability is
    'The chance of winning, in percent: the override where one is set, else the stage''s; 100 when won, 0 when lost. '
    'Derived by the database.';
comment on column atlvs.pipeline_opportunities.probability_override is
    'A probability set on the deal itself; cleared when the deal changes stage.';
comment on column atlvs.pipeline_opportunities.forecast_category is 'The stage''s forecast category. Derived.';
comment on column atlvs.pipeline_opportunities.deal_size is
    'The value band: small below 25,000, medium below 100,000, large below 500,000, enterprise above (in the deal''s '
    'currency). Derived.';
comment on column atlvs.pipeline_opportunities.starts_on is 'The first day of the show or engagement being sold.';
comment on column atlvs.pipeline_opportunities.project_id is 'The project the deal became when it was won.';
comment on column atlvs.pipeline_opportunities.stage_name is
    'The name of the deal''s stage, kept by the database (also when the stage is renamed): the subtitle of a deal found by '
    'search.';
comment on column atlvs.pipeline_opportunities.company_name is
    'The name of the client company when the deal was last written, kept by the database: the subtitle of a deal found by '
    'search, so that a deal is found by its client''s name.';
comment on column atlvs.pipeline_opportunities.stage_entered_at is
    'When the deal entered its current stage: the time of the move, or an earlier time given with the move (a move '
    'logged late), never in the future nor before the previous move (pipeline_opportunities_stage_entered_at). A move '
    'that leaves the column unchanged (or sets it to the previous move''s time) is dated now.';

create index pipeline_opportunities_stage_idx on atlvs.pipeline_opportunities (organization_id, pipeline_id, stage_id)
    where deleted_at is null;
create index pipeline_opportunities_status_close_idx
    on atlvs.pipeline_opportunities (organization_id, status, expected_close_date) where deleted_at is null;
-- One live deal per project.
create unique index pipeline_opportunities_project_unique on atlvs.pipeline_opportunities (organization_id, project_id)
    where deleted_at is null;
create index pipeline_opportunities_project_idx on atlvs.pipeline_opportunities (organization_id, project_id)
    where project_id is not null;
create index pipeline_opportunities_company_idx on atlvs.pipeline_opportunities (organization_id, company_id)
    where company_id is not null;
create index pipeline_opportunities_owner_idx on atlvs.pipeline_opportunities (organization_id, owner_user_id)
    where owner_user_id is not null;
select atlvs.register_tenant_table('atlvs.pipeline_opportunities', soft_delete => true);
select atlvs.null_on_delete('atlvs.pipeline_opportunities', 'pipeline_opportunities_owner_fkey');
select atlvs.null_on_delete('atlvs.pipeline_opportunities', 'pipeline_opportunities_project_fkey');

-- The moves a deal's status may make: active and on hold move between each other and to won or lost; won and lost are
-- final.
create function atlvs.deal_transition_allowed(from_status text, to_status text) returns boolean
    language sql immutable
    set search_path = pg_catalog, atlvs
as $$
    select from_status = to_status
        or (from_status in ('active', 'on_hold') and to_status in ('active', 'on_hold', 'won', 'lost'))
$$;

-- A deal's status, probability, forecast category, close date and size follow its stage and value.
create function atlvs.derive_deal() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    stage record;
    moved boolean := tg_op = 'INSERT' or new.stage_id is distinct from old.stage_id;
    outcome text;
    today date;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'pipeline_opportunities');
    if atlvs.restoring() then
        return new;
    end if;
    select s.name, s.probability, s.forecast_category, s.is_won, s.is_lost into stage
      from atlvs.pipeline_stages s
     where s.organization_id = new.organization_id and s.pipeline_id = new.pipeline_id and s.id = new.stage_id;
    if not found then
        return new;   -- the foreign key reports the missing stage
    end if;
    outcome := case when stage.is_won then 'won' when stage.is_lost then 'lost' else 'open' end;
    new.stage_name := stage.name;
    new.company_name := null;
    if new.company_id is not null then
        select c.name into new.company_name
          from atlvs.companies c where c.organization_id = new.organization_id and c.id = new.company_id;
    end if;
    if not moved and tg_op = 'UPDATE' then
        new.stage_entered_at := old.stage_entered_at;
    end if;
    if tg_op = 'UPDATE' and old.status in ('won', 'lost')
       and (moved or new.status is distinct from old.status) then
        raise exception 'a % deal moves no further (constraint "pipeline_opportunities_status_transition")', old.status
            using errcode = 'check_violation', constraint = 'pipeline_opportunities_status_transition',
                  table = 'pipeline_opportunities', column = case when moved then 'stage_id' else 'status' end;
    end if;
    if moved then
        if new.stage_entered_at is null
           or (tg_op = 'UPDATE' and new.stage_entered_at is not distinct from old.stage_entered_at) then
            new.stage_entered_at := now();
        elsif new.stage_entered_at > now()
              or (tg_op = 'UPDATE' and old.stage_entered_at is not null and new.stage_entered_at < old.stage_entered_at) then
            raise exception 'a move is dated neither in the future nor before the previous move (constraint "pipeline_opportunities_stage_entered_at")'
                using errcode = 'check_violation', constraint = 'pipeline_opportunities_stage_entered_at',
                      table = 'pipeline_opportunities', column = 'stage_entered_at';
        end if;
        if tg_op = 'UPDATE' then
            new.probability_override := null;
        end if;
        if outcome = 'open' then
            new.status := case when tg_op = 'UPDATE' and old.status = 'on_hold' and new.status = 'on_hold'
                                    then 'on_hold' else 'active' end;
        else
            new.status := outcome;
        end if;
    end if;
    if (outcome = 'open' and new.status not in ('active', 'on_hold')) or (outcome <> 'open' and new.status <> outcome) then
        raise exception 'a deal is won exactly in the won stage and lost exactly in the lost stage (constraint "pipeline_opportunities_status_of_stage")'
            using errcode = 'check_violation', constraint = 'pipeline_opportunities_status_of_stage',
                  table = 'pipeline_opportunities', column = 'status';
    end if;
    if outcome = 'won' then
        new.probability := 100;
        new.forecast_category := 'closed';
    elsif outcome = 'lost' then
        new.probability := 0;
        new.forecast_category := 'omitted';
    else
        -- an override out of bounds is left to its own check (pipeline_opportunities_probability_override_check)
        new.probability := coalesce(case when new.probability_override between 0 and 100 then new.probability_override end,
                                    stage.probability);
        new.forecast_category := stage.forecast_category;
        new.actual_close_date := null;
    end if;
    if outcome <> 'open' and new.actual_close_date is null then
        select (now() at time zone coalesce(o.timezone, 'UTC'))::date into today
          from atlvs.organizations o where o.id = new.organization_id;
        new.actual_close_date := coalesce(today, current_date);
    end if;
    new.deal_size := case
        when new.value is null then null
        when new.value < 25000 then 'small'
        when new.value < 100000 then 'medium'
        when new.value < 500000 then 'large'
        else 'enterprise' end;
    return new;
end
$$;

create trigger derive_deal
    before insert or update on atlvs.pipeline_opportunities
    for each row execute function atlvs.derive_deal();

-- A renamed stage renames itself on its deals.
create function atlvs.rename_deal_stage() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return null;
    end if;
    update atlvs.pipeline_opportunities o set stage_name = new.name
     where o.organization_id = new.organization_id and o.stage_id = new.id and o.stage_name is distinct from new.name;
    return null;
end
$$;

create trigger rename_deal_stage
    after update of name on atlvs.pipeline_stages
    for each row when (old.name is distinct from new.name)
    execute function atlvs.rename_deal_stage();

-- --- activities ---

create table atlvs.pipeline_activities (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    opportunity_id  uuid        not null,
    type            text        not null default 'note',
    title           text        not null,
    description     text,
    due_at          timestamptz,
    completed       boolean     not null default false,
    completed_at    timestamptz,
    user_id         uuid,
    from_stage_id   uuid,
    to_stage_id     uuid,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint pipeline_activities_pkey primary key (organization_id, id),
    constraint pipeline_activities_opportunity_fkey foreign key (organization_id, opportunity_id)
        references atlvs.pipeline_opportunities (organization_id, id) on delete cascade,
    constraint pipeline_activities_user_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (user_id),
    constraint pipeline_activities_from_stage_fkey foreign key (organization_id, from_stage_id)
        references atlvs.pipeline_stages (organization_id, id),
    constraint pipeline_activities_to_stage_fkey foreign key (organization_id, to_stage_id)
        references atlvs.pipeline_stages (organization_id, id),
    constraint pipeline_activities_type_check check (type in ('note', 'call', 'email', 'meeting', 'task', 'stage_change')),
    constraint pipeline_activities_title_check check (length(btrim(title)) between 1 and 300),
    constraint pipeline_activities_description_check check (length(description) <= 10000),
    constraint pipeline_activities_completed_check check (completed = (completed_at is not null)),
    constraint pipeline_activities_stage_change_check check ((type = 'stage_change') = (to_stage_id is not null)
        and (type = 'stage_change' or from_stage_id is null))
);

comment on table atlvs.pipeline_activities is
    'Sales touchpoints of a deal: notes, calls, emails, meetings, tasks, and the stage changes the database records on '
    'each move.';
comment on column atlvs.pipeline_activities.due_at is
    'When a call, meeting or task is due; an open activity due in the future keeps a deal from being stale.';

create index pipeline_activities_opportunity_idx on atlvs.pipeline_activities (organization_id, opportunity_id, due_at);
create index pipeline_activities_open_idx on atlvs.pipeline_activities (organization_id, due_at)
    where not completed and type <> 'stage_change';
create index pipeline_activities_user_idx on atlvs.pipeline_activities (organization_id, user_id) where user_id is not null;
create index pipeline_activities_from_stage_idx on atlvs.pipeline_activities (organization_id, from_stage_id)
    where from_stage_id is not null;
create index pipeline_activities_to_stage_idx on atlvs.pipeline_activities (organization_id, to_stage_id)
    where to_stage_id is not null;
select atlvs.register_tenant_table('atlvs.pipeline_activities');
select atlvs.null_on_delete('atlvs.pipeline_activities', 'pipeline_activities_user_fkey');

-- Stage-change activities are the database's record of a move: never written, retyped or edited by hand. (A trigger
-- depth of 1 is a statement of a client; the database's own writes run inside the deal's trigger.)
create function atlvs.check_pipeline_activity() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() or pg_trigger_depth() > 1 then
        return new;
    end if;
    if (tg_op = 'INSERT' and new.type = 'stage_change')
       or (tg_op = 'UPDATE' and (old.type = 'stage_change' or new.type = 'stage_change')
           and (new.type, new.from_stage_id, new.to_stage_id, new.opportunity_id, new.completed_at)
               is distinct from (old.type, old.from_stage_id, old.to_stage_id, old.opportunity_id, old.completed_at)) then
        raise exception 'stage changes are recorded by the database when a deal moves (constraint "pipeline_activities_stage_change_by_system")'
            using errcode = 'check_violation', constraint = 'pipeline_activities_stage_change_by_system',
                  table = 'pipeline_activities', column = 'type';
    end if;
    return new;
end
$$;

create trigger check_pipeline_activity
    before insert or update on atlvs.pipeline_activities
    for each row execute function atlvs.check_pipeline_activity();

-- --- conversions ---

create table atlvs.pipeline_conversions (
    organization_id    uuid          not null,
    id                 uuid          not null default atlvs.uuid_v7(),
    opportunity_id     uuid          not null,
    pipeline_id        uuid          not null,
    from_stage_id      uuid,
    to_stage_id        uuid          not null,
    moved_at           timestamptz   not null,
    moved_by           uuid,
    days_in_from_stage numeric(10,2),
    value_at_move      numeric(19,4),
    currency           char(3),
    probability        numeric(5,2)  not null,
    constraint pipeline_conversions_pkey primary key (organization_id, id),
    constraint pipeline_conversions_opportunity_fkey foreign key (organization_id, opportunity_id)
        references atlvs.pipeline_opportunities (organization_id, id) on delete cascade,
    constraint pipeline_conversions_pipeline_fkey foreign key (organization_id, pipeline_id)
        references atlvs.pipelines (organization_id, id) on delete cascade,
    constraint pipeline_conversions_from_stage_fkey foreign key (organization_id, from_stage_id)
        references atlvs.pipeline_stages (organization_id, id),
    constraint pipeline_conversions_to_stage_fkey foreign key (organization_id, to_stage_id)
        references atlvs.pipeline_stages (organization_id, id),
    constraint pipeline_conversions_days_check check (days_in_from_stage >= 0)
);

comment on table atlvs.pipeline_conversions is
    'Stage-transition facts for funnel and velocity analytics: one per stage a deal enters (from_stage_id is null for '
    'its first stage). Appended by the database on each move, never entered by hand, never changed.';

create index pipeline_conversions_opportunity_idx on atlvs.pipeline_conversions (organization_id, opportunity_id, moved_at);
create index pipeline_conversions_pipeline_idx on atlvs.pipeline_conversions (organization_id, pipeline_id, moved_at);
create index pipeline_conversions_from_stage_idx on atlvs.pipeline_conversions (organization_id, from_stage_id)
    where from_stage_id is not null;
create index pipeline_conversions_to_stage_idx on atlvs.pipeline_conversions (organization_id, to_stage_id);
select atlvs.register_log_table('atlvs.pipeline_conversions');

create function atlvs.check_pipeline_conversion() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'INSERT' then
        if pg_trigger_depth() < 2 then
            raise exception 'conversion facts are written by the database when a deal moves (constraint "pipeline_conversions_stage_move_only")'
                using errcode = 'check_violation', constraint = 'pipeline_conversions_stage_move_only',
                      table = 'pipeline_conversions', column = 'to_stage_id';
        end if;
        return new;
    end if;
    -- a delete cascading from its deal or pipeline runs inside the foreign key's trigger
    if tg_op = 'UPDATE' or pg_trigger_depth() < 2 then
        raise exception 'conversion facts are never changed or removed (constraint "pipeline_conversions_append_only")'
            using errcode = 'check_violation', constraint = 'pipeline_conversions_append_only',
                  table = 'pipeline_conversions', column = 'to_stage_id';
    end if;
    return old;
end
$$;

create trigger check_pipeline_conversion
    before insert or update or delete on atlvs.pipeline_conversions
    for each row execute function atlvs.check_pipeline_conversion();

-- Each stage a deal enters appends its conversion fact; each move also records a stage-change activity. Values are read
-- first and inserted as values, which a distributed database runs on the deal's shard.
create function atlvs.record_deal_move() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    actor uuid := atlvs.current_actor();
    from_stage uuid;
    days numeric;
    from_name text;
    to_name text;
    mover uuid;
begin
    if tg_op = 'UPDATE' then
        if new.stage_id is not distinct from old.stage_id then
            return null;
        end if;
        from_stage := old.stage_id;
        days := round((extract(epoch from (new.stage_entered_at - old.stage_entered_at)) / 86400)::numeric, 2);
        if days < 0 then
            days := 0;
        end if;
    end if;
    insert into atlvs.pipeline_conversions (organization_id, opportunity_id, pipeline_id, from_stage_id, to_stage_id,
                                            moved_at, moved_by, days_in_from_stage, value_at_move, currency, probability)
    values (new.organization_id, new.id, new.pipeline_id, from_stage, new.stage_id, new.stage_entered_at, actor, days,
            new.value, new.currency, new.probability);
    if tg_op = 'UPDATE' then
        select s.name into from_name from atlvs.pipeline_stages s
         where s.organization_id = new.organization_id and s.id = from_stage;
        select s.name into to_name from atlvs.pipeline_stages s
         where s.organization_id = new.organization_id and s.id = new.stage_id;
        -- the member who moved the deal owns its stage change (an actor outside the organization owns none)
        select m.user_id into mover from atlvs.organization_members m
         where m.organization_id = new.organization_id and m.user_id = actor;
        insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, completed, completed_at,
                                               user_id, from_stage_id, to_stage_id)
        values (new.organization_id, new.id, 'stage_change', left(format('Moved from %s to %s', from_name, to_name), 300),
                true, new.stage_entered_at, mover, from_stage, new.stage_id);
    end if;
    return null;
end
$$;

create trigger record_deal_move
    after insert or update of stage_id on atlvs.pipeline_opportunities
    for each row execute function atlvs.record_deal_move();

-- --- consolidated names ---

-- Deals at or past the proposal stage (stages whose forecast category is best case or commit), and won deals, with
-- the value they booked.
create view atlvs.pipeline_deals with (security_invoker = true) as
select o.organization_id, o.id, o.pipeline_id, o.stage_id, s.name as stage_name, o.title, o.company_id,
       o.owner_user_id, o.value, o.currency, o.probability, o.forecast_category, o.expected_close_date,
       o.actual_close_date, o.status, o.project_id,
       case when o.status = 'won' then o.value end as booked_value
  from atlvs.pipeline_opportunities o
  join atlvs.pipeline_stages s on s.organization_id = o.organization_id and s.id = o.stage_id
 where o.deleted_at is null
   and (o.status = 'won' or (o.status <> 'lost' and s.forecast_category in ('best_case', 'commit')));

comment on view atlvs.pipeline_deals is
    'The audit''s pipeline_deals: deals at or past the proposal stage (forecast category best case or commit) and won '
    'deals, with the booked value of the won ones. A view over pipeline_opportunities.';

-- --- entity types, search, events ---

select atlvs.register_entity_type('pipeline', 'atlvs.pipelines');
select atlvs.register_entity_type('deal', 'atlvs.pipeline_opportunities');
select atlvs.register_search_source('atlvs.pipeline_opportunities', 'deal', array['title'], array['stage_name', 'company_name'],
                                    array['description'], 'deleted_at');

select atlvs.register_event_type('deal.created', 'deal', 'a deal was opened in a pipeline');
select atlvs.register_event_type('deal.stage_changed', 'deal', 'a deal moved to another stage of its pipeline');
select atlvs.register_event_type('deal.value_changed', 'deal', 'the value or currency of a deal changed');
select atlvs.register_event_type('deal.held', 'deal', 'a deal was put on hold');
select atlvs.register_event_type('deal.resumed', 'deal', 'a deal on hold was resumed');
select atlvs.register_event_type('deal.won', 'deal', 'a deal was won');
select atlvs.register_event_type('deal.lost', 'deal', 'a deal was lost, with its reason');
select atlvs.register_event_type('deal.project_created', 'deal', 'a won deal became a project');
select atlvs.register_event_type('deal.activity_logged', 'deal', 'a note, call, email, meeting or task was logged on a deal');
select atlvs.register_event_type('deal.activity_completed', 'deal', 'an activity of a deal was completed');
