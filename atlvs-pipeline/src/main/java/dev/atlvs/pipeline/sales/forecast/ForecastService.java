package dev.atlvs.pipeline.sales.forecast;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sales forecasts: the weighted pipeline (Σ value × probability / 100 over the open deals whose expected close falls in
 * the period), the commit and best-case categories and the value closed won, per period and per pipeline or owner; the
 * immutable snapshots of them; and how a snapshot compares with the deals actually won.
 *
 * <p>Every figure is in the organization's base currency: the deals' values are summed per currency, and each currency's
 * subtotal is converted with the finance module's {@link ExchangeRates} at the rates of one stated date (today unless
 * given; a snapshot records it). A currency without a rate on that date is refused
 * ({@code EXCHANGE_RATE_MISSING}). Open deals are those active or on hold; deleted deals never count.
 *
 * <pre>{@code
 * ForecastService forecasts = new ForecastService(tx);
 * Forecast q3 = forecasts.forecast(ForecastPeriod.quarter(2026, 3), ForecastScope.pipeline(festivals.id()));
 * PipelineForecast snapshot = forecasts.snapshot(ForecastPeriod.quarter(2026, 3), ForecastScope.organization(),
 *         Optional.of(new BigDecimal("1500000")), Optional.empty());
 * // ... after the quarter
 * ForecastAccuracy accuracy = forecasts.accuracy(snapshot.id());
 * }</pre>
 *
 * <p>Permissions: {@link PipelinePermissions#FORECASTS_READ} to compute and read; {@link PipelinePermissions#FORECASTS_CREATE}
 * to take and annotate snapshots.
 */
public final class ForecastService {
    private final TenantTransaction tx;

    public ForecastService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    private PipelineForecastRepository snapshots() {
        return tx.repository(PipelineForecastRepository.class);
    }

    /** Today in UTC, by the SDK's clock: the default date of the exchange rates. */
    public LocalDate today() {
        return LocalDate.ofInstant(tx.now(), ZoneOffset.UTC);
    }

    /** The forecast of {@code period} for {@code scope}, at today's exchange rates. */
    public Forecast forecast(ForecastPeriod period, ForecastScope scope) {
        return forecast(period, scope, today());
    }

    /** The forecast of {@code period} for {@code scope}, each currency converted at the rates of {@code ratesOn}. */
    public Forecast forecast(ForecastPeriod period, ForecastScope scope, LocalDate ratesOn) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        return compute(period, scope, ratesOn);
    }

    /** The forecasts of each month or quarter of {@code range} (cut to the range), at the rates of {@code ratesOn}. */
    public List<Forecast> forecasts(ForecastPeriod range, ForecastPeriod.Granularity granularity, ForecastScope scope,
            LocalDate ratesOn) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        return ForecastPeriod.split(range, granularity).stream().map(period -> compute(period, scope, ratesOn)).toList();
    }

    private Forecast compute(ForecastPeriod period, ForecastScope scope, LocalDate ratesOn) {
        requireNonNull(period, "period is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(ratesOn, "ratesOn is null");
        List<ForecastSubtotal> subtotals = tx.repository(ForecastReads.class).subtotals(period.start(), period.end(),
                scope.pipelineId().orElse(null), scope.ownerUserId().orElse(null));
        Rates rates = new Rates(new ExchangeRates(tx), ratesOn);
        return new Forecast(period, scope,
                rates.inBase(subtotals, ForecastSubtotal::pipelineValue),
                rates.inBase(subtotals, ForecastSubtotal::weightedValue),
                rates.inBase(subtotals, ForecastSubtotal::commitValue),
                rates.inBase(subtotals, ForecastSubtotal::bestCaseValue),
                rates.inBase(subtotals, ForecastSubtotal::closedWonValue),
                subtotals.stream().mapToInt(ForecastSubtotal::dealCount).sum(),
                subtotals.stream().mapToInt(ForecastSubtotal::wonCount).sum(), ratesOn);
    }

    /**
     * Converts subtotals to the base currency at the rates of one date, looking each currency's rate up once: the same
     * as {@link ExchangeRates#toBase} per subtotal (the amount times the rate, rounded half up to the base currency's
     * minor unit).
     */
    private static final class Rates {
        private final ExchangeRates rates;
        private final LocalDate on;
        private final String base;
        private final java.util.Map<String, BigDecimal> byCurrency = new java.util.HashMap<>();

        Rates(ExchangeRates rates, LocalDate on) {
            this.rates = rates;
            this.on = on;
            this.base = rates.baseCurrency();
        }

        Money inBase(List<ForecastSubtotal> subtotals, Function<ForecastSubtotal, BigDecimal> figure) {
            Money total = Money.zero(base);
            for (ForecastSubtotal subtotal : subtotals) {
                BigDecimal amount = figure.apply(subtotal);
                if (subtotal.currency().isEmpty() || amount.signum() == 0) {
                    continue;
                }
                BigDecimal rate = byCurrency.computeIfAbsent(subtotal.currency().get(), currency -> rates.rate(currency, base, on));
                total = total.plus(new Money(amount.multiply(rate), base).rounded());
            }
            return total;
        }
    }

    /**
     * Takes a snapshot of the forecast of {@code period} for {@code scope} at today's rates, with an optional quota (in
     * the base currency) and notes. The snapshot's figures never change afterwards.
     */
    public PipelineForecast snapshot(ForecastPeriod period, ForecastScope scope, Optional<BigDecimal> quota, Optional<String> notes) {
        tx.require(PipelinePermissions.FORECASTS_CREATE);
        requireNonNull(quota, "quota is null");
        requireNonNull(notes, "notes is null");
        Forecast forecast = compute(period, scope, today());
        return snapshots().insert(PipelineForecast.builder().organizationId(tx.organizationId())
                .periodStart(period.start()).periodEnd(period.end()).pipelineId(scope.pipelineId())
                .ownerUserId(scope.ownerUserId()).team(scope.team()).currency(forecast.pipeline().currency())
                .pipelineValue(forecast.pipeline().amount()).weightedValue(forecast.weighted().amount())
                .commitValue(forecast.commit().amount()).bestCaseValue(forecast.bestCase().amount())
                .closedWonValue(forecast.closedWon().amount()).quota(quota).dealCount(forecast.dealCount())
                .ratesOn(forecast.ratesOn()).snapshotAt(tx.now()).notes(notes).build());
    }

    /** Replaces the notes of a snapshot: the only change a snapshot takes. */
    public PipelineForecast annotate(UUID snapshotId, Optional<String> notes) {
        tx.require(PipelinePermissions.FORECASTS_CREATE);
        requireNonNull(notes, "notes is null");
        PipelineForecast snapshot = snapshots().get(snapshotId);
        return snapshots().update(ImmutablePipelineForecast.copyOf(snapshot).withNotes(notes));
    }

    /**
     * Writes a changed snapshot: only its notes may differ from the stored one. Any other change is refused with
     * {@code pipeline_forecasts_immutable} before anything is sent (the database refuses it too).
     */
    public PipelineForecast revise(PipelineForecast changed) {
        tx.require(PipelinePermissions.FORECASTS_CREATE);
        PipelineForecast stored = snapshots().get(changed.id());
        if (!figures(stored).equals(figures(changed))) {
            throw PipelineRules.PIPELINE_FORECASTS_IMMUTABLE.exception();
        }
        return snapshots().update(changed);
    }

    /** What a snapshot may never change. */
    private static List<Object> figures(PipelineForecast snapshot) {
        return java.util.Arrays.asList(snapshot.periodStart(), snapshot.periodEnd(), snapshot.pipelineId(), snapshot.ownerUserId(),
                snapshot.team(), snapshot.currency(), snapshot.pipelineValue().stripTrailingZeros(),
                snapshot.weightedValue().stripTrailingZeros(), snapshot.commitValue().stripTrailingZeros(),
                snapshot.bestCaseValue().stripTrailingZeros(), snapshot.closedWonValue().stripTrailingZeros(),
                snapshot.quota().map(BigDecimal::stripTrailingZeros), snapshot.dealCount(), snapshot.ratesOn(), snapshot.snapshotAt());
    }

    /** A snapshot. */
    public PipelineForecast get(UUID snapshotId) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        return snapshots().get(snapshotId);
    }

    /** The snapshots of periods overlapping {@code range}. */
    public List<PipelineForecast> snapshots(ForecastPeriod range) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        return snapshots().overlapping(range.start(), range.end());
    }

    /**
     * Compares a snapshot with the deals won in its period and scope, at the snapshot's own exchange rates (so that rate
     * moves do not count as forecast error).
     *
     * @throws ConflictException ({@link PipelineErrorCode#FORECAST_PERIOD_NOT_OVER}) until the period's last day has passed
     */
    public ForecastAccuracy accuracy(UUID snapshotId) {
        tx.require(PipelinePermissions.FORECASTS_READ);
        PipelineForecast snapshot = snapshots().get(snapshotId);
        if (!today().isAfter(snapshot.periodEnd())) {
            throw new ConflictException(PipelineErrorCode.FORECAST_PERIOD_NOT_OVER, "periodEnd",
                    "the accuracy of a forecast is known once its period is over");
        }
        ForecastScope scope = new ForecastScope(snapshot.pipelineId(), snapshot.ownerUserId(), snapshot.team());
        Forecast actual = compute(new ForecastPeriod(snapshot.periodStart(), snapshot.periodEnd()), scope, snapshot.ratesOn());
        String currency = snapshot.currency();
        Money won = new ExchangeRates(tx).convert(actual.closedWon(), currency, snapshot.ratesOn());
        Money weightedError = new Money(snapshot.weightedValue(), currency).minus(won).rounded();
        Money commitError = new Money(snapshot.commitValue(), currency).minus(won).rounded();
        return new ForecastAccuracy(snapshot.id(), won.rounded(), weightedError, percentage(weightedError, won), commitError,
                percentage(commitError, won), actual.wonCount());
    }

    private static Optional<BigDecimal> percentage(Money error, Money actual) {
        if (actual.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(error.amount().abs().multiply(BigDecimal.valueOf(100)).divide(actual.amount(), 2, RoundingMode.HALF_UP));
    }
}
