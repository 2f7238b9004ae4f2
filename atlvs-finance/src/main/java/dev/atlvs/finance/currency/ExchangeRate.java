package dev.atlvs.finance.currency;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("exchange_rates")
public interface ExchangeRate extends TenantEntity {

    Table<ExchangeRate, ImmutableExchangeRate.Builder> TABLE = ExchangeRateTable.TABLE;

    static ImmutableExchangeRate.Builder builder() {
        return ImmutableExchangeRate.builder();
    }

    @Db.Sortable
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String baseCurrency();

    @Db.Sortable
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String quoteCurrency();

    /** Units of the quote currency one unit of the base currency buys. */
    @Db.Numeric(precision = 20, scale = 10)
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 10, fraction = 10)
    BigDecimal rate();

    /** The first day the rate applies. */
    @Db.Sortable
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
