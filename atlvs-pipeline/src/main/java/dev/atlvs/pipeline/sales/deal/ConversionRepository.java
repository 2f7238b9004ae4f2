package dev.atlvs.pipeline.sales.deal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The conversion facts of the current organization: read only, the database writes them. */
@RegisterConstructorMapper(Conversion.class)
public interface ConversionRepository {

    /** The facts of a deal, in the order of its moves. */
    @SqlQuery("""
            select * from atlvs.pipeline_conversions
             where organization_id = :organizationId and opportunity_id = :opportunityId
             order by moved_at, id
            """)
    List<Conversion> ofDeal(UUID opportunityId);

    /** The facts of a pipeline with a move from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    @SqlQuery("""
            select * from atlvs.pipeline_conversions
             where organization_id = :organizationId and pipeline_id = :pipelineId
               and moved_at >= :from and moved_at < :to
             order by moved_at, id
            """)
    List<Conversion> ofPipeline(UUID pipelineId, Instant from, Instant to);
}
