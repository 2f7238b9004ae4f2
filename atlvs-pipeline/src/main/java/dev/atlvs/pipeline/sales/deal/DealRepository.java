package dev.atlvs.pipeline.sales.deal;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The deals of the current organization. */
public interface DealRepository extends SoftDeleteRepository<Deal> {

    /**
     * The live deal {@code id}, its row locked until the transaction ends ({@code for update}): two transactions that
     * decide on one deal (winning it, creating its project) take their turns.
     */
    @SqlQuery("""
            select * from atlvs.pipeline_opportunities
             where organization_id = :organizationId and id = :id and deleted_at is null
             for update
            """)
    Optional<Deal> lock(UUID id);

    /** The live deals of a pipeline, by stage entry. */
    @SqlQuery("""
            select * from atlvs.pipeline_opportunities
             where organization_id = :organizationId and pipeline_id = :pipelineId and deleted_at is null
             order by stage_entered_at, id
            """)
    List<Deal> ofPipeline(UUID pipelineId);

    /** The live deals of a stage, by stage entry. */
    @SqlQuery("""
            select * from atlvs.pipeline_opportunities
             where organization_id = :organizationId and pipeline_id = :pipelineId and stage_id = :stageId
               and deleted_at is null
             order by stage_entered_at, id
            """)
    List<Deal> inStage(UUID pipelineId, UUID stageId);

    /** The live deals of a client company, newest first. */
    @SqlQuery("""
            select * from atlvs.pipeline_opportunities
             where organization_id = :organizationId and company_id = :companyId and deleted_at is null
             order by created_at desc, id
            """)
    List<Deal> ofCompany(UUID companyId);

    /** The deal that became project {@code projectId}, if one did. */
    @SqlQuery("""
            select * from atlvs.pipeline_opportunities
             where organization_id = :organizationId and project_id = :projectId
            """)
    Optional<Deal> ofProject(UUID projectId);
}
