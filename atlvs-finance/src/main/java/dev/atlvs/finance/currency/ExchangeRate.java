package dev.atlvs.finance.currency;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of {@link #baseCurrency()} is worth {@link #rate()} units of {@link #quoteCurrency()} from
 * {@link #asOf()} on, until a later rate of the same pair. One rate per pair and day.
 */
@Value.Immutable
@AtlvsStyle
public interface ExchangeRate extends TenantEntity {

    Table<ExchangeRate, ImmutableExchangeRate.Builder> TABLE = Table
            .tenant("exchange_rates", ExchangeRate.class, ImmutableExchangeRate::builder, ImmutableExchangeRate.Builder::build)
            .column("base_currency", ColumnType.character(3), ExchangeRate::baseCurrency, ImmutableExchangeRate.Builder::baseCurrency)
            .sortable()
            .column("quote_currency", ColumnType.character(3), ExchangeRate::quoteCurrency, ImmutableExchangeRate.Builder::quoteCurrency)
            .sortable()
            .column("rate", ColumnType.numeric(20, 10), ExchangeRate::rate, ImmutableExchangeRate.Builder::rate)
            .column("as_of", ColumnType.DATE, ExchangeRate::asOf, ImmutableExchangeRate.Builder::asOf).sortable()
            .optional("source", ColumnType.TEXT, ExchangeRate::source, ImmutableExchangeRate.Builder::source)
            .build();

    static ImmutableExchangeRate.Builder builder() {
        return ImmutableExchangeRate.builder();
    }

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String baseCurrency();

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String quoteCurrency();

    /** Units of the quote currency one unit of the base currency buys. */
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 10, fraction = 10)
    BigDecimal rate();

    /** The first day the rate applies. */
    @NotNull
    LocalDate asOf();

    /** Where the rate comes from (a bank, a contract). */
    Optional<@Size(max = 200) String> source();

    @Value.Check
    default void check() {
        if (baseCurrency().equals(quoteCurrency())) {
            throw dev.atlvs.finance.FinanceRules.EXCHANGE_RATES_PAIR_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
