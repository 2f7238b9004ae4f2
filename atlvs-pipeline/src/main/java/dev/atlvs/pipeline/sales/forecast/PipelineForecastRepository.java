package dev.atlvs.pipeline.sales.forecast;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The forecast snapshots of the current organization. */
public interface PipelineForecastRepository extends Repository<PipelineForecast> {

    /** The snapshots of periods that overlap {@code from} through {@code to}, newest snapshot first. */
    @SqlQuery("""
            select * from atlvs.pipeline_forecasts
             where organization_id = :organizationId and period_start <= :to and period_end >= :from
             order by period_start, snapshot_at desc, id
            """)
    List<PipelineForecast> overlapping(LocalDate from, LocalDate to);
}
