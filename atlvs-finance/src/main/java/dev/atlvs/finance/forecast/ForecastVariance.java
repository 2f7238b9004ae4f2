package dev.atlvs.finance.forecast;

import java.math.BigDecimal;

/**
 * A forecast against what happened, in the forecast's currency: actual spend is the net of posted expense
 * lines, actual revenue the net of posted revenue lines, of the forecast's project (or the whole organization)
 * in its period; each variance is actual minus projected.
 */
public record ForecastVariance(Forecast forecast, BigDecimal actualSpend, BigDecimal actualRevenue) {

    public BigDecimal spendVariance() {
        return actualSpend.subtract(forecast.projectedSpend());
    }

    public BigDecimal revenueVariance() {
        return actualRevenue.subtract(forecast.projectedRevenue());
    }
}
