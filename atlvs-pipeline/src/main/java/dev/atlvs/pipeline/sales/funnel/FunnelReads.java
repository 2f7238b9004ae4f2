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
            select o.id, o.title, o.stage_id, o.owner_user_id, o.value, o.currency, t.last_touch,
                   floor(extract(epoch from (cast(:now as timestamptz) - t.last_touch)) / 86400)::integer as idle_days
              from atlvs.pipeline_opportunities o
              join atlvs.pipelines p on p.organization_id = :organizationId and p.id = o.pipeline_id
             cross join lateral (
                   select greatest(o.stage_entered_at, max(coalesce(a.completed_at, a.created_at))) as last_touch,
                          coalesce(bool_or(not a.completed and a.due_at > cast(:now as timestamptz)), false) as planned
                     from atlvs.pipeline_activities a
                    where a.organization_id = :organizationId and a.opportunity_id = o.id) t
             where o.organization_id = :organizationId and o.pipeline_id = :pipelineId and o.deleted_at is null
               and o.status = 'active' and not t.planned
               and t.last_touch < cast(:now as timestamptz) - make_interval(days => p.stale_after_days)
             order by t.last_touch, o.id
            """)
    List<StaleDeal> staleDeals(UUID pipelineId, Instant now);
}
