/**
 * Sales forecasts: the weighted pipeline by close period, commit and best-case categories, closed won, all in the
 * organization's base currency; immutable forecast snapshots ({@code pipeline_forecasts}) and their accuracy against
 * the deals actually won.
 *
 * <pre>{@code
 * ForecastService forecasts = new ForecastService(tx);
 * List<Forecast> months = forecasts.forecasts(ForecastPeriod.quarter(2026, 3), ForecastPeriod.Granularity.MONTH,
 *         ForecastScope.organization(), forecasts.today());
 * PipelineForecast q3 = forecasts.snapshot(ForecastPeriod.quarter(2026, 3), ForecastScope.organization(),
 *         Optional.empty(), Optional.of("Before the board meeting"));
 * ForecastAccuracy accuracy = forecasts.accuracy(q3.id());   // once the quarter is over
 * }</pre>
 */
package dev.atlvs.pipeline.sales.forecast;
