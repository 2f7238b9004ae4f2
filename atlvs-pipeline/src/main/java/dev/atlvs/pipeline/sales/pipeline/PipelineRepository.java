package dev.atlvs.pipeline.sales.pipeline;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The sales pipelines of the current organization. */
public interface PipelineRepository extends SoftDeleteRepository<Pipeline> {

    /** The live pipelines, the default first, then by name. */
    @SqlQuery("""
            select * from atlvs.pipelines
             where organization_id = :organizationId and deleted_at is null
             order by is_default desc, lower(name), id
            """)
    List<Pipeline> live();

    /** The organization's live default pipeline, if it has one. */
    @SqlQuery("""
            select * from atlvs.pipelines
             where organization_id = :organizationId and is_default and deleted_at is null
            """)
    Optional<Pipeline> defaultPipeline();
}
