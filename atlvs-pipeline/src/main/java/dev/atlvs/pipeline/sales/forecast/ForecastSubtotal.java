package dev.atlvs.pipeline.sales.forecast;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The forecast figures of one currency of the deals, before conversion to the base currency: what
 * {@link ForecastReads#subtotals} returns, one per currency (empty for deals without a value).
 *
 * @param currency       the deals' currency, empty for deals without a value
 * @param pipelineValue  the value of the open deals expected to close in the period
 * @param weightedValue  Σ value × probability / 100 over them, unrounded
 * @param commitValue    the value of those in commit stages
 * @param bestCaseValue  the value of those in commit or best-case stages
 * @param closedWonValue the value of the deals won in the period
 * @param dealCount      the open deals expected to close in the period
 * @param wonCount       the deals won in the period
 */
public record ForecastSubtotal(Optional<String> currency, BigDecimal pipelineValue, BigDecimal weightedValue,
        BigDecimal commitValue, BigDecimal bestCaseValue, BigDecimal closedWonValue, int dealCount, int wonCount) {}
