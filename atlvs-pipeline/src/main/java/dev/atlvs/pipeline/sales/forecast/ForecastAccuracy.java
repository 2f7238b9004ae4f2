package dev.atlvs.pipeline.sales.forecast;

import dev.atlvs.finance.currency.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * How a forecast snapshot compares with the deals actually won in its period, once the period is over. Errors are
 * forecast minus actual (positive: the forecast was too high); percentage errors are the absolute error as a percentage
 * of the actual, empty when nothing was won.
 *
 * @param snapshotId              the snapshot
 * @param actualWon               the value won in the period, in the snapshot's currency at the snapshot's rates
 * @param weightedError           weighted forecast minus actual
 * @param weightedPercentageError |weighted error| / actual × 100, rounded to two decimals
 * @param commitError             commit forecast minus actual
 * @param commitPercentageError   |commit error| / actual × 100, rounded to two decimals
 * @param wonCount                the deals won in the period
 */
public record ForecastAccuracy(UUID snapshotId, Money actualWon, Money weightedError, Optional<BigDecimal> weightedPercentageError,
        Money commitError, Optional<BigDecimal> commitPercentageError, int wonCount) {}
