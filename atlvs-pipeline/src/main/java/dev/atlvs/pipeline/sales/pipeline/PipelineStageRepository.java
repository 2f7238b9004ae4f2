package dev.atlvs.pipeline.sales.pipeline;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The stages of the current organization's pipelines. */
public interface PipelineStageRepository extends Repository<PipelineStage> {

    /** The stages of a pipeline in their order. */
    @SqlQuery("""
            select * from atlvs.pipeline_stages
             where organization_id = :organizationId and pipeline_id = :pipelineId
             order by stage_order, id
            """)
    List<PipelineStage> ofPipeline(UUID pipelineId);
}
