package dev.atlvs.pipeline.sales.forecast;

import dev.atlvs.pipeline.sales.forecast.internal.ForecastMappers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the deals of the current organization that forecasts are computed from. */
@RegisterRowMapper(ForecastMappers.Subtotals.class)
public interface ForecastReads {

    /**
     * The forecast figures of a period per currency of the deals: open deals (active or on hold) whose expected close
     * falls from {@code from} through {@code to}, and deals won in it; of one pipeline and one owner when given (null for
     * all). Deleted deals do not count.
     */
    @SqlQuery("""
            select coalesce(o.currency::text, '') as currency,
                   sum(o.value) filter (where o.status in ('active', 'on_hold')) as pipeline_value,
                   sum(o.value * o.probability / 100) filter (where o.status in ('active', 'on_hold')) as weighted_value,
                   sum(o.value) filter (where o.status in ('active', 'on_hold') and o.forecast_category = 'commit') as commit_value,
                   sum(o.value) filter (where o.status in ('active', 'on_hold')
                                          and o.forecast_category in ('commit', 'best_case')) as best_case_value,
                   sum(o.value) filter (where o.status = 'won') as closed_won_value,
                   count(*) filter (where o.status in ('active', 'on_hold')) as deal_count,
                   count(*) filter (where o.status = 'won') as won_count
              from atlvs.pipeline_opportunities o
             where o.organization_id = :organizationId and o.deleted_at is null
               and (cast(:pipelineId as uuid) is null or o.pipeline_id = :pipelineId)
               and (cast(:ownerUserId as uuid) is null or o.owner_user_id = :ownerUserId)
               and ((o.status in ('active', 'on_hold') and o.expected_close_date between :from and :to)
                    or (o.status = 'won' and o.actual_close_date between :from and :to))
             group by coalesce(o.currency::text, '')
             order by 1
            """)
    List<ForecastSubtotal> subtotals(LocalDate from, LocalDate to, UUID pipelineId, UUID ownerUserId);
}
