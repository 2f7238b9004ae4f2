package dev.atlvs.finance.forecast;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ScheduleConflictException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.finance.statement.FinancialStatements;
import dev.atlvs.finance.statement.ProfitAndLoss;
import java.util.UUID;

/**
 * Forecasts and their variance, inside the caller's tenant transaction. The variance is always computed
 * from the ledger (the period's profit and loss, converted into the forecast's currency at the period's
 * end), never entered.
 *
 * <pre>{@code
 * ForecastService forecasts = new ForecastService(tx);
 * Forecast q3 = forecasts.create(Forecast.builder().organizationId(tx.organizationId()).projectId(festival.id()).name("Q3 outlook")
 *         .periodStart(july1).periodEnd(sept30).forecastDate(today).projectedSpend(spend).projectedRevenue(revenue).currency("USD").build());
 * forecasts.variance(q3.id()).spendVariance();
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#FORECASTS_CREATE} to create, {@link FinancePermissions#FORECASTS_UPDATE} to change, {@link FinancePermissions#FORECASTS_READ} for variances.
 */
public final class ForecastService {

    private static final UUID NO_ID = new UUID(0, 0);

    private final TenantTransaction tx;
    private final ForecastRepository forecasts;

    public ForecastService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.forecasts = tx.repository(ForecastRepository.class);
    }

    /**
     * Writes {@code forecast}.
     *
     * @throws ScheduleConflictException ({@link FinanceErrorCode#FORECAST_PERIOD_OVERLAP}, field {@code periodStart}) when a
     *         forecast of the same project and scenario overlaps its period
     */
    public Forecast create(Forecast forecast) {
        requireNonNull(forecast, "forecast is null");
        tx.require(FinancePermissions.FORECASTS_CREATE);
        Forecast wanted = ImmutableForecast.copyOf(forecast).withOrganizationId(tx.organizationId());
        checked(wanted, NO_ID);
        return forecasts.insert(wanted);
    }

    /** Changes {@code forecast}, with the same checks as {@link #create}. */
    public Forecast update(Forecast forecast) {
        requireNonNull(forecast, "forecast is null");
        tx.require(FinancePermissions.FORECASTS_UPDATE);
        checked(forecast, forecast.id());
        return forecasts.update(forecast);
    }

    /** The forecast against the ledger's actuals of its project and period. */
    public ForecastVariance variance(UUID forecastId) {
        requireNonNull(forecastId, "forecastId is null");
        tx.require(FinancePermissions.FORECASTS_READ);
        Forecast forecast = forecasts.get(forecastId);
        FinancialStatements statements = new FinancialStatements(tx);
        ProfitAndLoss result = forecast.projectId().isPresent()
                ? statements.profitAndLoss(forecast.projectId().get(), forecast.periodStart(), forecast.periodEnd())
                : statements.profitAndLoss(forecast.periodStart(), forecast.periodEnd());
        ExchangeRates rates = new ExchangeRates(tx);
        Money spend = rates.convert(new Money(result.totalExpenses(), result.currency()), forecast.currency(), forecast.periodEnd());
        Money revenue = rates.convert(new Money(result.totalRevenue(), result.currency()), forecast.currency(), forecast.periodEnd());
        return new ForecastVariance(forecast, spend.amount(), revenue.amount());
    }

    private void checked(Forecast forecast, UUID self) {
        tx.validate("Forecast", forecast);
        Currencies.require(forecast.currency(), "Forecast", "currency");
        if (!forecasts.overlapping(forecast.projectId().orElse(null), forecast.scenario(), forecast.periodStart(), forecast.periodEnd(), self)
                .isEmpty()) {
            throw dev.atlvs.finance.FinanceRules.FORECASTS_PERIOD_OVERLAP.exception();
        }
    }
}
