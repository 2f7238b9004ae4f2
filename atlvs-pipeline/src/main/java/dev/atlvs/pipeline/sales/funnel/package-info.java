/**
 * Funnel analytics of the sales pipeline from its conversion facts: stage-to-stage conversion, average days in stage,
 * win rate, average won deal size, sales-cycle length, and stale deals; materialized per organization, pipeline, stage
 * and month in a schema the run-time role cannot read except through tenant-filtered functions, refreshed by a platform
 * operation, or computed live.
 *
 * <pre>{@code
 * new PipelineReporting(ownerDataSource).refreshFunnel();                 // a scheduled platform job
 * Funnel funnel = new FunnelService(tx).funnel(pipeline.id(), YearMonth.of(2026, 1), YearMonth.of(2026, 6),
 *         Freshness.MATERIALIZED);                                        // funnel.asOf(): the refresh
 * List<StaleDeal> stale = new FunnelService(tx).staleDeals(pipeline.id());
 * }</pre>
 */
package dev.atlvs.pipeline.sales.funnel;
