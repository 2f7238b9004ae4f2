package dev.atlvs.pipeline.sales.forecast;

import dev.atlvs.finance.currency.Money;
import java.time.LocalDate;

/**
 * The forecast of a period, computed now: every figure in the organization's base currency, each currency's subtotal
 * converted at the rates of {@code ratesOn} (see {@link ForecastService}).
 *
 * @param period     the period
 * @param scope      whose deals
 * @param pipeline   the value of the open deals (active or on hold) expected to close in the period
 * @param weighted   Σ value × probability / 100 over them
 * @param commit     the value of those in commit stages
 * @param bestCase   the value of those in commit or best-case stages
 * @param closedWon  the value of the deals won in the period so far
 * @param dealCount  the open deals expected to close in the period
 * @param wonCount   the deals won in the period so far
 * @param ratesOn    the date of the exchange rates
 */
public record Forecast(ForecastPeriod period, ForecastScope scope, Money pipeline, Money weighted, Money commit, Money bestCase,
        Money closedWon, int dealCount, int wonCount, LocalDate ratesOn) {}
