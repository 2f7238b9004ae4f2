-- Forecast snapshots and funnel analytics of the sales pipeline.
--
-- What the database holds, whatever code writes the rows:
--   * a forecast snapshot covers a period that ends on or after its start (pipeline_forecasts_period_check) and its
--     figures never change once written: only its notes may, and its owner may be detached when the member leaves
--     (pipeline_forecasts_immutable);
--   * the funnel aggregates (entries per organization, pipeline, stage, month of entry and currency, with what became of
--     them) are a materialized view in the schema atlvs_reporting, on which the run-time role has no privilege at all.
--     A materialized view has no row-level security, so the run-time role reads it only through functions that run
--     with the owner's rights and return the rows of the transaction's verified tenant (atlvs.current_tenant(), the
--     function the tenant policies use): a tenant setting written by hand leaves no tenant, and so no rows.
--
-- Why a replica: every tenant table forces row-level security on its owner too, so a refresh run by the schema owner
-- would read no tenant's rows. Conversion facts are append-only, so a trigger copies each one (with the outcome of the
-- stage it enters) into atlvs_reporting.pipeline_conversion_facts, a table without tenant rows' policies that only the
-- owner reads; the materialized view aggregates that copy. Cost: one more insert per stage move.
--
-- Staleness: atlvs_reporting.refresh_pipeline_funnel() refreshes the view concurrently (readers are not blocked) and
-- records when it ran and how long it took; every funnel read carries that time. The live alternative is the view
-- atlvs.pipeline_funnel_monthly_live: the same aggregate over the tables, under row-level security, for one tenant.
--
-- Distributed with Citus, shards cannot write the coordinator's tables: there the replica, its triggers and the
-- materialized view are not created, atlvs.pipeline_reporting_state() answers "not materialized", and the reads are
-- live.

-- --- forecast snapshots ---

create table atlvs.pipeline_forecasts (
    organization_id  uuid          not null,
    id               uuid          not null default atlvs.uuid_v7(),
    period_start     date          not null,
    period_end       date          not null,
    pipeline_id      uuid,
    owner_user_id    uuid,
    team             text,
    currency         char(3)       not null,
    pipeline_value   numeric(19,4) not null,
    weighted_value   numeric(19,4) not null,
    commit_value     numeric(19,4) not null,
    best_case_value  numeric(19,4) not null,
    closed_won_value numeric(19,4) not null,
    quota            numeric(19,4),
    deal_count       integer       not null,
    rates_on         date          not null,
    snapshot_at      timestamptz   not null,
    notes            text,
    created_at       timestamptz   not null,
    created_by       uuid,
    updated_at       timestamptz   not null,
    updated_by       uuid,
    version          bigint        not null,
    constraint pipeline_forecasts_pkey primary key (organization_id, id),
    constraint pipeline_forecasts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint pipeline_forecasts_pipeline_fkey foreign key (organization_id, pipeline_id)
        references atlvs.pipelines (organization_id, id),
    constraint pipeline_forecasts_owner_fkey foreign key (organization_id, owner_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (owner_user_id),
    constraint pipeline_forecasts_team_check check (length(btrim(team)) between 1 and 100),
    constraint pipeline_forecasts_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint pipeline_forecasts_pipeline_value_check check (pipeline_value >= 0),
    constraint pipeline_forecasts_weighted_value_check check (weighted_value >= 0),
    constraint pipeline_forecasts_commit_value_check check (commit_value >= 0),
    constraint pipeline_forecasts_best_case_value_check check (best_case_value >= 0),
    constraint pipeline_forecasts_closed_won_value_check check (closed_won_value >= 0),
    constraint pipeline_forecasts_quota_check check (quota >= 0),
    constraint pipeline_forecasts_deal_count_check check (deal_count >= 0),
    constraint pipeline_forecasts_notes_check check (length(notes) <= 4000),
    constraint pipeline_forecasts_period_check check (period_end >= period_start)
);

comment on table atlvs.pipeline_forecasts is
    'Forecast snapshots: the weighted pipeline, commit, best case and closed-won figures of a period (all days from '
    'period_start through period_end) for the organization, a pipeline or an owner, in the base currency at the rates '
    'of rates_on. Immutable once written (only notes change); compared with actual wins to measure forecast accuracy.';
comment on column atlvs.pipeline_forecasts.weighted_value is
    'Sum of value x probability / 100 over the open deals whose expected close falls in the period.';
comment on column atlvs.pipeline_forecasts.commit_value is 'Value of the open deals in commit stages.';
comment on column atlvs.pipeline_forecasts.best_case_value is 'Value of the open deals in commit or best-case stages.';
comment on column atlvs.pipeline_forecasts.closed_won_value is 'Value of the deals won in the period when the snapshot was taken.';
comment on column atlvs.pipeline_forecasts.deal_count is 'The open deals expected to close in the period.';

create index pipeline_forecasts_period_idx on atlvs.pipeline_forecasts (organization_id, period_start, period_end);
create index pipeline_forecasts_pipeline_idx on atlvs.pipeline_forecasts (organization_id, pipeline_id)
    where pipeline_id is not null;
create index pipeline_forecasts_owner_idx on atlvs.pipeline_forecasts (organization_id, owner_user_id)
    where owner_user_id is not null;
select atlvs.register_tenant_table('atlvs.pipeline_forecasts');
select atlvs.null_on_delete('atlvs.pipeline_forecasts', 'pipeline_forecasts_owner_fkey');

create function atlvs.check_pipeline_forecast() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if atlvs.restoring() then
        return new;
    end if;
    if (new.period_start, new.period_end, new.pipeline_id, new.team, new.currency, new.pipeline_value, new.weighted_value,
        new.commit_value, new.best_case_value, new.closed_won_value, new.quota, new.deal_count, new.rates_on, new.snapshot_at)
       is distinct from
       (old.period_start, old.period_end, old.pipeline_id, old.team, old.currency, old.pipeline_value, old.weighted_value,
        old.commit_value, old.best_case_value, old.closed_won_value, old.quota, old.deal_count, old.rates_on, old.snapshot_at)
       or (new.owner_user_id is distinct from old.owner_user_id and new.owner_user_id is not null) then
        raise exception 'a forecast snapshot''s figures never change once written; only its notes may (constraint "pipeline_forecasts_immutable")'
            using errcode = 'check_violation', constraint = 'pipeline_forecasts_immutable', table = 'pipeline_forecasts',
                  column = 'weighted_value';
    end if;
    return new;
end
$$;

create trigger check_pipeline_forecast
    before update on atlvs.pipeline_forecasts
    for each row execute function atlvs.check_pipeline_forecast();

-- --- funnel: one row per stage a live deal entered, with what became of the entry ---

-- outcome: won or lost for entries of the won or lost stage; for an open stage, lost when the deal's next move was to
-- the lost stage, moved_on for any other next move, still_there without one. days_in_stage: the days until the next
-- move. cycle_days (entries of the won or lost stage): days from the deal's first entry to its close.
create view atlvs.pipeline_funnel_entries with (security_invoker = true) as
select e.organization_id, e.pipeline_id, e.stage_id, e.opportunity_id, e.entered_at, e.value, e.currency,
       case when e.outcome <> 'open' then e.outcome
            when e.next_outcome is null then 'still_there'
            when e.next_outcome = 'lost' then 'lost'
            else 'moved_on' end as outcome,
       e.next_days as days_in_stage,
       case when e.outcome <> 'open'
            then round((extract(epoch from (e.entered_at - e.first_at)) / 86400)::numeric, 2) end as cycle_days
  from (select c.organization_id, c.pipeline_id, c.to_stage_id as stage_id, c.opportunity_id, c.moved_at as entered_at,
               c.value_at_move as value, c.currency::text as currency,
               case when s.is_won then 'won' when s.is_lost then 'lost' else 'open' end as outcome,
               lead(case when s.is_won then 'won' when s.is_lost then 'lost' else 'open' end) over w as next_outcome,
               lead(c.days_in_from_stage) over w as next_days,
               min(c.moved_at) over (partition by c.organization_id, c.opportunity_id) as first_at
          from atlvs.pipeline_conversions c
          join atlvs.pipeline_stages s on s.organization_id = c.organization_id and s.id = c.to_stage_id
          join atlvs.pipeline_opportunities o on o.organization_id = c.organization_id and o.id = c.opportunity_id
         where o.deleted_at is null
        window w as (partition by c.organization_id, c.opportunity_id order by c.moved_at, c.id)) e;

comment on view atlvs.pipeline_funnel_entries is
    'Funnel facts: each stage a live deal entered, with the outcome of the entry (moved_on, lost, won, still_there), '
    'the days the deal stayed, and for a close the days since its first entry. Computed from pipeline_conversions.';

-- The funnel aggregate per pipeline, stage, month of entry (UTC) and currency of the deal's value at entry ('' when the
-- deal had no value), live: entered = moved_on + lost + won + still_there on every row.
create view atlvs.pipeline_funnel_monthly_live with (security_invoker = true) as
select e.organization_id, e.pipeline_id, e.stage_id, date_trunc('month', e.entered_at at time zone 'UTC')::date as month,
       coalesce(e.currency, '') as currency,
       count(*) as entered,
       count(*) filter (where e.outcome = 'moved_on') as moved_on,
       count(*) filter (where e.outcome = 'lost') as lost,
       count(*) filter (where e.outcome = 'won') as won,
       count(*) filter (where e.outcome = 'still_there') as still_there,
       coalesce(sum(e.days_in_stage), 0)::numeric as days_in_stage_sum,
       count(e.days_in_stage) as days_in_stage_count,
       coalesce(sum(e.value), 0)::numeric as value_sum,
       coalesce(sum(e.cycle_days), 0)::numeric as cycle_days_sum,
       count(e.cycle_days) as cycle_count
  from atlvs.pipeline_funnel_entries e
 group by e.organization_id, e.pipeline_id, e.stage_id, date_trunc('month', e.entered_at at time zone 'UTC')::date,
          coalesce(e.currency, '');

comment on view atlvs.pipeline_funnel_monthly_live is
    'The funnel per pipeline, stage, month of entry (UTC) and currency, computed from the tables at the time of the '
    'query: the live alternative to the materialized atlvs_reporting.pipeline_funnel_monthly.';

-- --- the reporting schema: the replica, the materialized view and its refresh log ---

create schema if not exists atlvs_reporting;
revoke all on schema atlvs_reporting from public;

create table atlvs_reporting.refreshes (
    view_name    text        not null,
    refreshed_at timestamptz not null,
    duration_ms  numeric     not null,
    row_count    bigint      not null,
    constraint refreshes_pkey primary key (view_name)
);
revoke all on atlvs_reporting.refreshes from public;

do $migration$
begin
    if atlvs.citus_installed() then
        return;
    end if;

    execute $ddl$
        create table atlvs_reporting.pipeline_conversion_facts (
            organization_id    uuid          not null,
            id                 uuid          not null,
            opportunity_id     uuid          not null,
            pipeline_id        uuid          not null,
            to_stage_id        uuid          not null,
            outcome            text          not null,
            moved_at           timestamptz   not null,
            days_in_from_stage numeric(10,2),
            value_at_move      numeric(19,4),
            currency           text,
            deal_deleted       boolean       not null default false,
            constraint pipeline_conversion_facts_pkey primary key (organization_id, id)
        )
    $ddl$;
    execute 'create index pipeline_conversion_facts_deal_idx on atlvs_reporting.pipeline_conversion_facts '
            '(organization_id, opportunity_id, moved_at, id)';
    execute 'revoke all on atlvs_reporting.pipeline_conversion_facts from public';

    -- Copies each conversion fact with the outcome of the stage it enters; removes it with its deal.
    execute $ddl$
        create function atlvs_reporting.copy_pipeline_conversion() returns trigger
            language plpgsql security definer
            set search_path = pg_catalog, atlvs
        as $fn$
        begin
            if tg_op = 'DELETE' then
                delete from atlvs_reporting.pipeline_conversion_facts f
                 where f.organization_id = old.organization_id and f.id = old.id;
                return old;
            end if;
            insert into atlvs_reporting.pipeline_conversion_facts (organization_id, id, opportunity_id, pipeline_id, to_stage_id,
                                                                   outcome, moved_at, days_in_from_stage, value_at_move, currency)
            select new.organization_id, new.id, new.opportunity_id, new.pipeline_id, new.to_stage_id,
                   case when s.is_won then 'won' when s.is_lost then 'lost' else 'open' end,
                   new.moved_at, new.days_in_from_stage, new.value_at_move, new.currency
              from atlvs.pipeline_stages s
             where s.organization_id = new.organization_id and s.id = new.to_stage_id
            on conflict on constraint pipeline_conversion_facts_pkey do nothing;
            return new;
        end
        $fn$
    $ddl$;
    execute 'revoke execute on function atlvs_reporting.copy_pipeline_conversion() from public';
    execute 'create trigger copy_pipeline_conversion after insert or delete on atlvs.pipeline_conversions '
            'for each row execute function atlvs_reporting.copy_pipeline_conversion()';

    -- A deal deleted (softly) leaves the funnel, and comes back when restored.
    execute $ddl$
        create function atlvs_reporting.mark_deleted_deal() returns trigger
            language plpgsql security definer
            set search_path = pg_catalog, atlvs
        as $fn$
        begin
            if (new.deleted_at is null) is distinct from (old.deleted_at is null) then
                update atlvs_reporting.pipeline_conversion_facts f set deal_deleted = new.deleted_at is not null
                 where f.organization_id = new.organization_id and f.opportunity_id = new.id;
            end if;
            return null;
        end
        $fn$
    $ddl$;
    execute 'revoke execute on function atlvs_reporting.mark_deleted_deal() from public';
    execute 'create trigger mark_deleted_deal after update of deleted_at on atlvs.pipeline_opportunities '
            'for each row execute function atlvs_reporting.mark_deleted_deal()';

    -- The same aggregate as atlvs.pipeline_funnel_monthly_live, over the replica, for every organization.
    execute $ddl$
        create materialized view atlvs_reporting.pipeline_funnel_monthly as
        select e.organization_id, e.pipeline_id, e.stage_id, date_trunc('month', e.entered_at at time zone 'UTC')::date as month,
               coalesce(e.currency, '') as currency,
               count(*) as entered,
               count(*) filter (where e.final = 'moved_on') as moved_on,
               count(*) filter (where e.final = 'lost') as lost,
               count(*) filter (where e.final = 'won') as won,
               count(*) filter (where e.final = 'still_there') as still_there,
               coalesce(sum(e.next_days), 0)::numeric as days_in_stage_sum,
               count(e.next_days) as days_in_stage_count,
               coalesce(sum(e.value), 0)::numeric as value_sum,
               coalesce(sum(e.cycle_days), 0)::numeric as cycle_days_sum,
               count(e.cycle_days) as cycle_count
          from (select f.organization_id, f.pipeline_id, f.to_stage_id as stage_id, f.moved_at as entered_at,
                       f.value_at_move as value, f.currency,
                       case when f.outcome <> 'open' then f.outcome
                            when lead(f.outcome) over w is null then 'still_there'
                            when lead(f.outcome) over w = 'lost' then 'lost'
                            else 'moved_on' end as final,
                       lead(f.days_in_from_stage) over w as next_days,
                       case when f.outcome <> 'open'
                            then round((extract(epoch from (f.moved_at - min(f.moved_at) over (partition by f.organization_id, f.opportunity_id)))
                                        / 86400)::numeric, 2) end as cycle_days
                  from atlvs_reporting.pipeline_conversion_facts f
                 where not f.deal_deleted
                window w as (partition by f.organization_id, f.opportunity_id order by f.moved_at, f.id)) e
         group by e.organization_id, e.pipeline_id, e.stage_id, date_trunc('month', e.entered_at at time zone 'UTC')::date,
                  coalesce(e.currency, '')
    $ddl$;
    execute 'create unique index pipeline_funnel_monthly_key on atlvs_reporting.pipeline_funnel_monthly '
            '(organization_id, pipeline_id, stage_id, month, currency)';
    execute 'revoke all on atlvs_reporting.pipeline_funnel_monthly from public';
    insert into atlvs_reporting.refreshes (view_name, refreshed_at, duration_ms, row_count)
    values ('pipeline_funnel_monthly', now(), 0, 0);

    -- The refresh: concurrent (readers keep the previous contents meanwhile), recorded with its time and duration.
    -- Run by the schema owner as a platform operation (PipelineReporting.refresh), never by the run-time role.
    execute $ddl$
        create function atlvs_reporting.refresh_pipeline_funnel(out refreshed_at timestamptz, out duration_ms numeric,
                                                                out row_count bigint)
            language plpgsql
            set search_path = pg_catalog, atlvs
        as $fn$
        declare
            started timestamptz := clock_timestamp();
        begin
            refresh materialized view concurrently atlvs_reporting.pipeline_funnel_monthly;
            refreshed_at := started;
            duration_ms := round((extract(epoch from (clock_timestamp() - started)) * 1000)::numeric, 3);
            select count(*) into row_count from atlvs_reporting.pipeline_funnel_monthly;
            insert into atlvs_reporting.refreshes as r (view_name, refreshed_at, duration_ms, row_count)
            values ('pipeline_funnel_monthly', refreshed_at, duration_ms, row_count)
            on conflict on constraint refreshes_pkey
            do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms, row_count = excluded.row_count;
        end
        $fn$
    $ddl$;
    execute 'revoke execute on function atlvs_reporting.refresh_pipeline_funnel() from public';
end
$migration$;

-- --- tenant-filtered access for the run-time role ---

-- Whether the funnel is materialized here, and when the materialized view was last refreshed and how long that took.
-- No tenant's rows.
create function atlvs.pipeline_reporting_state(out materialized boolean, out refreshed_at timestamptz,
                                               out duration_ms numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    materialized := to_regclass('atlvs_reporting.pipeline_funnel_monthly') is not null;
    select r.refreshed_at, r.duration_ms into refreshed_at, duration_ms
      from atlvs_reporting.refreshes r
     where r.view_name = 'pipeline_funnel_monthly' and materialized;
end
$$;

-- The materialized funnel rows of one pipeline of the transaction's verified tenant, months from_month through
-- to_month (first days of months). Nothing without a verified tenant.
create function atlvs.pipeline_funnel_materialized(pipeline uuid, from_month date, to_month date)
    returns table (stage_id uuid, month date, currency text, entered bigint, moved_on bigint, lost bigint, won bigint,
                   still_there bigint, days_in_stage_sum numeric, days_in_stage_count bigint, value_sum numeric,
                   cycle_days_sum numeric, cycle_count bigint)
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
begin
    if to_regclass('atlvs_reporting.pipeline_funnel_monthly') is null then
        raise exception 'the funnel is not materialized in this database: read atlvs.pipeline_funnel_monthly_live'
            using errcode = 'feature_not_supported';
    end if;
    if tenant is null then
        return;
    end if;
    return query
    select m.stage_id, m.month, m.currency, m.entered, m.moved_on, m.lost, m.won, m.still_there, m.days_in_stage_sum,
           m.days_in_stage_count, m.value_sum, m.cycle_days_sum, m.cycle_count
      from atlvs_reporting.pipeline_funnel_monthly m
     where m.organization_id = tenant and m.pipeline_id = pipeline and m.month between from_month and to_month;
end
$$;

-- pipeline_metrics, the catalog's derived rows: per pipeline and month (UTC) of the transaction's verified tenant, the
-- win rate (won / (won + lost) closes of the month, percent), the average won deal size per currency, the average
-- sales cycle of the deals won (days from first entry to close), and per stage id the conversion rate of its entries
-- (moved on or won, percent) and the number of entries. From the materialized view where there is one, else live.
create function atlvs.pipeline_metrics_of_tenant()
    returns table (organization_id uuid, pipeline_id uuid, month date, won_count bigint, lost_count bigint,
                   win_rate numeric, avg_deal_size jsonb, avg_sales_cycle_days numeric, stage_conversion jsonb,
                   stage_distribution jsonb)
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    source text := case when to_regclass('atlvs_reporting.pipeline_funnel_monthly') is not null
                        then 'atlvs_reporting.pipeline_funnel_monthly' else 'atlvs.pipeline_funnel_monthly_live' end;
begin
    if tenant is null then
        return;
    end if;
    return query execute format($sql$
        with rows as (
            select m.organization_id, m.pipeline_id, m.stage_id, m.month, m.currency, m.entered, m.moved_on, m.lost,
                   m.won, m.value_sum, m.cycle_days_sum
              from %s m
             where m.organization_id = $1),
        months as (
            select r.organization_id, r.pipeline_id, r.month,
                   sum(r.won)::bigint as won_count, sum(r.lost) filter (where s.is_lost)::bigint as lost_count,
                   sum(r.cycle_days_sum) filter (where s.is_won) as cycle_days
              from rows r
              join atlvs.pipeline_stages s on s.organization_id = r.organization_id and s.id = r.stage_id
             group by r.organization_id, r.pipeline_id, r.month),
        sizes as (
            select r.pipeline_id, r.month, jsonb_object_agg(r.currency, round(sum_value / won, 4)) as avg_deal_size
              from (select r.pipeline_id, r.month, r.currency, sum(r.value_sum) as sum_value, sum(r.won) as won
                      from rows r
                     where r.won > 0 and r.currency <> ''
                     group by r.pipeline_id, r.month, r.currency) r
             group by r.pipeline_id, r.month),
        stages as (
            select r.pipeline_id, r.month,
                   jsonb_object_agg(r.stage_id, round(100.0 * (r.moved_on + r.won) / r.entered, 2)) as conversion,
                   jsonb_object_agg(r.stage_id, r.entered) as distribution
              from (select r.pipeline_id, r.month, r.stage_id, sum(r.entered) as entered, sum(r.moved_on) as moved_on,
                           sum(r.won) as won
                      from rows r
                     group by r.pipeline_id, r.month, r.stage_id) r
             group by r.pipeline_id, r.month)
        select m.organization_id, m.pipeline_id, m.month, m.won_count, coalesce(m.lost_count, 0)::bigint,
               case when m.won_count + coalesce(m.lost_count, 0) > 0
                    then round(100.0 * m.won_count / (m.won_count + coalesce(m.lost_count, 0)), 2) end,
               coalesce(z.avg_deal_size, '{}'::jsonb),
               case when m.won_count > 0 then round(m.cycle_days / m.won_count, 2) end,
               g.conversion, g.distribution
          from months m
          join stages g on g.pipeline_id = m.pipeline_id and g.month = m.month
          left join sizes z on z.pipeline_id = m.pipeline_id and z.month = m.month
         order by m.pipeline_id, m.month
        $sql$, source) using tenant;
end
$$;

create view atlvs.pipeline_metrics with (security_invoker = true) as
select m.organization_id, m.pipeline_id, m.month, m.won_count, m.lost_count, m.win_rate, m.avg_deal_size,
       m.avg_sales_cycle_days, m.stage_conversion, m.stage_distribution
  from atlvs.pipeline_metrics_of_tenant() m;

comment on view atlvs.pipeline_metrics is
    'The catalog''s pipeline_metrics, derived: per pipeline and month (UTC) of the current tenant, win_rate (percent of '
    'closes won), avg_deal_size (per currency of the won deals), avg_sales_cycle_days (first entry to win), '
    'stage_conversion (per stage id, percent of its entries that moved on or won) and stage_distribution (entries per '
    'stage id). From the materialized funnel where there is one (see atlvs.pipeline_reporting_state()), else live.';

-- The three functions run with the owner's rights: nobody but the run-time role may call them, whoever migrates.
revoke execute on function atlvs.pipeline_reporting_state() from public;
revoke execute on function atlvs.pipeline_funnel_materialized(uuid, date, date) from public;
revoke execute on function atlvs.pipeline_metrics_of_tenant() from public;

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.pipeline_reporting_state() to %I', '${runtime_role}');
        execute format('grant execute on function atlvs.pipeline_funnel_materialized(uuid, date, date) to %I', '${runtime_role}');
        execute format('grant execute on function atlvs.pipeline_metrics_of_tenant() to %I', '${runtime_role}');
    end if;
end
$$;
