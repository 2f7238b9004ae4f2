package dev.atlvs.finance.forecast;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.finance.DatePeriod;
import dev.atlvs.finance.InCurrency;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * Projected spend and revenue of a project (or the whole organization) for a period, in one scenario. The
 * forecasts of one (project, scenario) never overlap in time (rule {@code forecasts_period_overlap}). The
 * actuals and the variance are computed by {@link ForecastService#variance}, never stored or entered.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("forecasts")
public interface Forecast extends TenantEntity, InCurrency, DatePeriod {

    Table<Forecast, ImmutableForecast.Builder> TABLE = ForecastTable.TABLE;

    static ImmutableForecast.Builder builder() {
        return ImmutableForecast.builder();
    }

    /** The project; empty for the whole organization. */
    Optional<UUID> projectId();

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 2000) String> description();

    /** The day the forecast was made. */
    @NotNull
    LocalDate forecastDate();

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal projectedSpend() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal projectedRevenue() {
        return BigDecimal.ZERO;
    }

    @Value.Default
    default ConfidenceLevel confidenceLevel() {
        return ConfidenceLevel.MEDIUM;
    }

    @Value.Default
    default ForecastMethod method() {
        return ForecastMethod.MANUAL;
    }

    /** The scenario ({@code base}, {@code best_case}, {@code worst_case}...): lower-case letters, digits and _. */
    @Db.Sortable
    @Value.Default
    @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be 1 to 40 lower-case letters, digits or _, starting with a letter")
    default String scenario() {
        return "base";
    }

    @Value.Check
    default void check() {
        checkPeriod(dev.atlvs.finance.FinanceRules.FORECASTS_PERIOD_END_CHECK);
        dev.atlvs.core.validation.Violations.of("Forecast")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(projectedSpend(), currency()), dev.atlvs.finance.FinanceRules.FORECASTS_PROJECTED_SPEND_MINOR_UNIT)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(projectedRevenue(), currency()), dev.atlvs.finance.FinanceRules.FORECASTS_PROJECTED_REVENUE_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
