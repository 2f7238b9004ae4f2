/**
 * Forecasts of spend and revenue per project or organization, period and scenario, with their variance
 * against the ledger always computed.
 *
 * <pre>{@code
 * ForecastVariance variance = new ForecastService(tx).variance(forecastId);
 * variance.spendVariance();   // actual - projected
 * }</pre>
 */
package dev.atlvs.finance.forecast;
