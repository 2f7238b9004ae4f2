package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.pipeline.sales.automation.internal.DealStateMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The reads of deals that pipeline automations make: the state of a deal their conditions see, the deals a time-based
 * trigger finds due, and a deal's latest move. Their actions write through the deal and activity services.
 */
@RegisterRowMapper(DealStateMapper.class)
public interface DealAutomationRepository {

    /**
     * The columns of a {@link DealState}, over {@code o} (the deal) and {@code s} (its stage). The last activity is the
     * deal's last touch as the funnel's stale deals count it ({@code FunnelReads.staleDeals}): its latest move (when it
     * entered its stage, which a move logged late dates earlier) or activity (completed, else written).
     */
    String STATE = """
            o.id, o.pipeline_id, o.stage_id, s.name as stage_name, o.title, o.status, o.value, o.currency, o.probability,
            o.forecast_category, o.deal_size, o.expected_close_date, o.owner_user_id, o.company_id, o.source, o.tags,
            o.stage_entered_at,
            greatest(o.stage_entered_at,
                     (select max(coalesce(a.completed_at, a.created_at)) from atlvs.pipeline_activities a
                       where a.organization_id = :organizationId and a.opportunity_id = o.id)) as last_activity_at
            """;

    /** The live deal {@code id}. */
    @SqlQuery("select " + STATE + """
              from atlvs.pipeline_opportunities o
              join atlvs.pipeline_stages s on s.organization_id = o.organization_id and s.id = o.stage_id
             where o.organization_id = :organizationId and o.id = :id and o.deleted_at is null
            """)
    Optional<DealState> find(UUID id);

    /** The live active deals whose last activity is at or before {@code cutoff}, by id. */
    @SqlQuery("select * from (select " + STATE + """
              from atlvs.pipeline_opportunities o
              join atlvs.pipeline_stages s on s.organization_id = o.organization_id and s.id = o.stage_id
             where o.organization_id = :organizationId and o.status = 'active' and o.deleted_at is null) d
             where d.last_activity_at <= :cutoff
             order by d.id
            """)
    List<DealState> idleSince(Instant cutoff);

    /** The live active deals expected to close before {@code today}, by id. */
    @SqlQuery("select " + STATE + """
              from atlvs.pipeline_opportunities o
              join atlvs.pipeline_stages s on s.organization_id = o.organization_id and s.id = o.stage_id
             where o.organization_id = :organizationId and o.status = 'active' and o.deleted_at is null
               and o.expected_close_date < :today
             order by o.id
            """)
    List<DealState> closeDatePassed(LocalDate today);

    /** The pipeline of the stage {@code stageId}. */
    @SqlQuery("""
            select pipeline_id from atlvs.pipeline_stages where organization_id = :organizationId and id = :stageId
            """)
    Optional<UUID> pipelineOfStage(UUID stageId);

    /** The conversion fact of the deal's latest move (each move appends one), if any. */
    @SqlQuery("""
            select id from atlvs.pipeline_conversions
             where organization_id = :organizationId and opportunity_id = :dealId
             order by moved_at desc, id desc
             limit 1
            """)
    Optional<UUID> latestMove(UUID dealId);
}
