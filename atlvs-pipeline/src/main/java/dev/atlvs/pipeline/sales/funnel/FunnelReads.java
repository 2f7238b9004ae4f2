package dev.atlvs.pipeline.sales.funnel;

import dev.atlvs.pipeline.sales.funnel.internal.FunnelMappers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the funnel of the current organization: live, materialized, and the stale deals. */
@RegisterRowMapper(FunnelMappers.Rows.class)
@RegisterRowMapper(FunnelMappers.Stages.class)
@RegisterRowMapper(FunnelMappers.States.class)
@RegisterRowMapper(FunnelMappers.StaleDeals.class)
public interface FunnelReads {

    /** The funnel rows of a pipeline, months {@code fromMonth} through {@code toMonth} (first days), from the tables. */
    @SqlQuery("""
            select l.stage_id, l.month, l.currency, l.entered, l.moved_on, l.lost, l.won, l.still_there, l.days_in_stage_sum,
                   l.days_in_stage_count, l.value_sum, l.cycle_days_sum, l.cycle_count
              from atlvs.pipeline_funnel_monthly_live l
             where l.organization_id = :organizationId and l.pipeline_id = :pipelineId
               and l.month between :fromMonth and :toMonth
            """)
    List<FunnelRow> live(UUID pipelineId, LocalDate fromMonth, LocalDate toMonth);

    /**
     * The same rows from the materialized view, as of its last refresh, through the tenant-filtered function (the
     * organization is the transaction's verified tenant).
     */
    @SqlQuery("""
            select m.stage_id, m.month, m.currency, m.entered, m.moved_on, m.lost, m.won, m.still_there, m.days_in_stage_sum,
                   m.days_in_stage_count, m.value_sum, m.cycle_days_sum, m.cycle_count
              from atlvs.pipeline_funnel_materialized(:pipelineId, :fromMonth, :toMonth) m
            """)
    List<FunnelRow> materialized(UUID pipelineId, LocalDate fromMonth, LocalDate toMonth);

    /** Whether the funnel is materialized here, and its last refresh. */
    @SqlQuery("select s.materialized, s.refreshed_at, s.duration_ms from atlvs.pipeline_reporting_state() s")
    ReportingState state();

    /** The stages of a pipeline in order. */
    @SqlQuery("""
            select s.id, s.name, s.stage_order, s.is_won, s.is_lost
              from atlvs.pipeline_stages s
             where s.organization_id = :organizationId and s.pipeline_id = :pipelineId
             order by s.stage_order
            """)
    List<StageRow> stages(UUID pipelineId);

    /**
     * The active deals of a pipeline with no open activity due after {@code now} and no move or activity within the
     * pipeline's {@code stale_after_days} before it, least recently touched first.
     */
    @SqlQuery("""
            with touches as (
                select a.opportunity_id, max(coalesce(a.completed_at, a.created_at)) as touched,
                       bool_or(not a.completed and a.due_at > cast(:now as timestamptz)) as planned
                  from atlvs.pipeline_activities a
                  join atlvs.pipeline_opportunities d on d.organization_id = :organizationId and d.id = a.opportunity_id
                 where a.organization_id = :organizationId and d.pipeline_id = :pipelineId and d.status = 'active'
                   and d.deleted_at is null
                 group by a.opportunity_id)
            select o.id, o.title, o.stage_id, o.owner_user_id, o.value, o.currency,
                   greatest(o.stage_entered_at, t.touched) as last_touch,
                   floor(extract(epoch from (cast(:now as timestamptz) - greatest(o.stage_entered_at, t.touched))) / 86400)::integer
                       as idle_days
              from atlvs.pipeline_opportunities o
              join atlvs.pipelines p on p.organization_id = :organizationId and p.id = o.pipeline_id
              left join touches t on t.opportunity_id = o.id
             where o.organization_id = :organizationId and o.pipeline_id = :pipelineId and o.deleted_at is null
               and o.status = 'active' and not coalesce(t.planned, false)
               and greatest(o.stage_entered_at, t.touched) < cast(:now as timestamptz) - make_interval(days => p.stale_after_days)
             order by 7, o.id
            """)
    List<StaleDeal> staleDeals(UUID pipelineId, Instant now);
}
