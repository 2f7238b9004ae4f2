package dev.atlvs.pipeline.sales.deal;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A typed read of the {@code pipeline_deals} view of the current organization. */
@RegisterConstructorMapper(PipelineDeal.class)
public interface PipelineDealRepository {

    /** The rows of a pipeline, by expected close date. */
    @SqlQuery("""
            select id, pipeline_id, stage_id, stage_name, title, company_id, owner_user_id, value, currency, probability,
                   forecast_category, expected_close_date, actual_close_date, status, project_id, booked_value
              from atlvs.pipeline_deals
             where organization_id = :organizationId and pipeline_id = :pipelineId
             order by expected_close_date nulls last, id
            """)
    List<PipelineDeal> ofPipeline(UUID pipelineId);

    /** Every row of the organization, by expected close date. */
    @SqlQuery("""
            select id, pipeline_id, stage_id, stage_name, title, company_id, owner_user_id, value, currency, probability,
                   forecast_category, expected_close_date, actual_close_date, status, project_id, booked_value
              from atlvs.pipeline_deals
             where organization_id = :organizationId
             order by expected_close_date nulls last, id
            """)
    List<PipelineDeal> all();
}
