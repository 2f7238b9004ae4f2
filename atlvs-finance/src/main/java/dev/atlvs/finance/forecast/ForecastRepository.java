package dev.atlvs.finance.forecast;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Forecasts of the current organization. */
public interface ForecastRepository extends Repository<Forecast> {

    /** The forecasts of the same project (organization-wide when null) and scenario meeting {@code from} to {@code to}, other than {@code excludedId}. */
    @SqlQuery("""
            select * from atlvs.forecasts
             where organization_id = :organizationId and project_id is not distinct from cast(:projectId as uuid)
               and scenario = :scenario and id <> :excludedId and period_start <= :to and period_end >= :from
             order by period_start
            """)
    List<Forecast> overlapping(UUID projectId, String scenario, LocalDate from, LocalDate to, UUID excludedId);
}
