package dev.atlvs.pipeline.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.pipeline.sales.forecast.ForecastService;
import dev.atlvs.pipeline.sales.forecast.ImmutablePipelineForecast;
import dev.atlvs.pipeline.sales.forecast.PipelineForecast;
import dev.atlvs.pipeline.sales.forecast.PipelineForecastRepository;
import java.math.BigDecimal;
import java.util.Optional;

/** Samples, mutations, rule probes and the definer functions of forecast snapshots and funnel analytics. */
final class ForecastGuardrails {

    private ForecastGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("pipeline_forecasts", org -> ForecastFixtures.snapshot(org).id(),
                (org, id) -> org.asOwner(tx -> new ForecastService(tx).annotate(id, Optional.of("Reviewed at the Monday pipeline call"))));
        builder
                .rule("pipeline_forecasts_period_check",
                        (tx, id) -> snapshots(tx).update(ImmutablePipelineForecast.copyOf(snapshots(tx).get(id))
                                .withPeriodEnd(snapshots(tx).get(id).periodStart().minusDays(1))),
                        // the figures and the period never change after the insert (pipeline_forecasts_immutable): a
                        // snapshot written by hand with its period reversed breaks the check
                        (tx, id) -> tx.handle().createUpdate("""
                                insert into atlvs.pipeline_forecasts (organization_id, period_start, period_end, currency, pipeline_value,
                                    weighted_value, commit_value, best_case_value, closed_won_value, deal_count, rates_on, snapshot_at)
                                values (:org, :start, :end, 'USD', 0, 0, 0, 0, 0, 0, :start, :at)
                                """).bind("org", tx.organizationId()).bind("start", snapshots(tx).get(id).periodStart())
                                .bind("end", snapshots(tx).get(id).periodStart().minusDays(1)).bind("at", snapshots(tx).get(id).snapshotAt())
                                .execute())
                .rule("pipeline_forecasts_immutable",
                        (tx, id) -> new ForecastService(tx).revise(ImmutablePipelineForecast.copyOf(snapshots(tx).get(id))
                                .withWeightedValue(new BigDecimal("999999.0000"))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.pipeline_forecasts set weighted_value = :value where id = :id")
                                .bind("value", new BigDecimal("999999.0000")).bind("id", id).execute());
        builder
                .definerFunction("atlvs.pipeline_reporting_state()",
                        "tells whether the funnel is materialized and when it was last refreshed; returns no tenant's rows")
                .definerFunction("atlvs.pipeline_funnel_materialized(uuid,date,date)",
                        "reads the materialized funnel, which has no row-level security, returning only the rows of the "
                                + "verified tenant (atlvs.current_tenant()); nothing without one")
                .definerFunction("atlvs.pipeline_metrics_of_tenant()",
                        "the pipeline_metrics view's rows from the materialized funnel, only those of the verified tenant "
                                + "(atlvs.current_tenant()); nothing without one");
    }

    private static PipelineForecastRepository snapshots(TenantTransaction tx) {
        return tx.repository(PipelineForecastRepository.class);
    }
}
