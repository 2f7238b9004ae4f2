package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.pipeline.sales.automation.internal.DealStateMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The reads and writes of deals that pipeline automations make: the state of a deal, the deals a time-based trigger
 * finds due, and the changes the actions make (the database derives the rest of a deal on each: status, probability,
 * the conversion fact and stage-change activity of a move).
 */
@RegisterRowMapper(DealStateMapper.class)
public interface DealAutomationRepository {

    /** The columns of a {@link DealState}, over {@code o} (the deal) and {@code s} (its stage). */
    String STATE = """
            o.id, o.pipeline_id, o.stage_id, s.name as stage_name, o.title, o.status, o.value, o.currency, o.probability,
            o.forecast_category, o.deal_size, o.expected_close_date, o.owner_user_id, o.company_id, o.source, o.tags,
            o.stage_entered_at,
            greatest(o.created_at, o.stage_entered_at,
                     (select max(greatest(a.created_at, a.completed_at)) from atlvs.pipeline_activities a
                       where a.organization_id = o.organization_id and a.opportunity_id = o.id)) as last_activity_at
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

    /** Sets the deal's own probability (the database derives its probability from it while the deal is open). */
    @SqlUpdate("""
            update atlvs.pipeline_opportunities set probability_override = :probability
             where organization_id = :organizationId and id = :id and deleted_at is null
            """)
    int overrideProbability(UUID id, BigDecimal probability);

    /** Moves the deal to {@code stageId} of its pipeline (the database records the move). */
    @SqlUpdate("""
            update atlvs.pipeline_opportunities set stage_id = :stageId
             where organization_id = :organizationId and id = :id and deleted_at is null
            """)
    int moveStage(UUID id, UUID stageId);

    /** Adds an open task to the deal, due at {@code dueAt} and assigned to {@code userId}; returns its id. */
    @SqlQuery("""
            insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, description, due_at, user_id)
            values (:organizationId, :dealId, 'task', :title, :description, :dueAt, :userId)
            returning id
            """)
    UUID addTask(UUID dealId, String title, String description, Instant dueAt, UUID userId);
}
