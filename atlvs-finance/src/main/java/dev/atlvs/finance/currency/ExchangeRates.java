package dev.atlvs.finance.currency;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.TransactionKey;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dated exchange rates and conversions, inside the caller's tenant transaction. A rate applies from its
 * date until the next rate of the same pair. A pair is found as entered, inverted, or through the
 * organization's base currency (EUR→GBP as EUR→USD→GBP when the base is USD). Converted amounts are
 * rounded half up to the minor unit of the target currency.
 *
 * <pre>{@code
 * ExchangeRates rates = new ExchangeRates(tx);
 * rates.record("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2026, 7, 1), "ECB");
 * Money base = rates.toBase(Money.of("1000.00", "EUR"), LocalDate.of(2026, 7, 20));   // 1086.96 USD
 * }</pre>
 *
 * <p>Permissions: {@link FinancePermissions#EXCHANGE_RATES_MANAGE} to record rates; reading and converting need none beyond membership.
 */
public final class ExchangeRates {

    /** Precision of rates derived by inversion or through the base currency. */
    private static final MathContext RATE_PRECISION = new MathContext(20);

    /** The base currency, kept for the transaction. */
    private static final TransactionKey<String> BASE_CURRENCY = TransactionKey.of("finance.base_currency", String.class);

    private final TenantTransaction tx;
    private final ExchangeRateRepository rates;

    public ExchangeRates(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.rates = tx.repository(ExchangeRateRepository.class);
    }

    /**
     * The organization's base currency: the currency its books are kept and reported in. Read once per
     * transaction (the database refuses to change it once the books have postings).
     */
    public String baseCurrency() {
        return tx.attribute(BASE_CURRENCY, ExchangeRates::readBaseCurrency);
    }

    private static String readBaseCurrency(TenantTransaction tx) {
        return tx.handle().createQuery("select base_currency from atlvs.organizations where id = :id")
                .bind("id", tx.organizationId())
                .mapTo(String.class)
                .one();
    }

    /**
     * Records that one {@code base} buys {@code rate} {@code quote} from {@code asOf} on, replacing the rate the
     * pair had on that very day.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@link FinanceErrorCode#UNKNOWN_CURRENCY}) for an unknown
     *         currency, or when the rate is not positive or the pair is one currency twice
     */
    public ExchangeRate record(String base, String quote, BigDecimal rate, LocalDate asOf, String source) {
        tx.require(FinancePermissions.EXCHANGE_RATES_MANAGE);
        Currencies.require(base, "ExchangeRate", "baseCurrency");
        Currencies.require(quote, "ExchangeRate", "quoteCurrency");
        ExchangeRate wanted = ExchangeRate.builder().organizationId(tx.organizationId()).baseCurrency(base).quoteCurrency(quote)
                .rate(requireNonNull(rate, "rate is null")).asOf(requireNonNull(asOf, "asOf is null")).source(Optional.ofNullable(source))
                .build();
        tx.validate("ExchangeRate", wanted);
        Optional<ExchangeRate> existing = rates.dated(base, quote, asOf);
        return existing.isPresent()
                ? rates.update(ExchangeRate.builder().from(existing.get()).rate(rate).source(Optional.ofNullable(source)).build())
                : rates.insert(wanted);
    }

    /**
     * Units of {@code to} one unit of {@code from} buys on {@code date}.
     *
     * @throws ConflictException ({@link FinanceErrorCode#EXCHANGE_RATE_MISSING}, field {@code currency}) when no rate
     *         of the pair, its inverse or its legs through the base currency applies on that date
     */
    public BigDecimal rate(String from, String to, LocalDate date) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(date, "date is null");
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        Optional<BigDecimal> rate = pair(from, to, date);
        if (rate.isEmpty()) {
            String base = baseCurrency();
            if (!base.equals(from) && !base.equals(to)) {
                Optional<BigDecimal> toBase = pair(from, base, date);
                Optional<BigDecimal> fromBase = pair(base, to, date);
                if (toBase.isPresent() && fromBase.isPresent()) {
                    rate = Optional.of(toBase.get().multiply(fromBase.get(), RATE_PRECISION));
                }
            }
        }
        return rate.orElseThrow(() -> new ConflictException(FinanceErrorCode.EXCHANGE_RATE_MISSING, "currency",
                "no exchange rate from " + from + " to " + to + " applies on " + date + "; record one first"));
    }

    /** {@code money} in {@code to} at the rate of {@code date}, rounded to the minor unit of {@code to}. */
    public Money convert(Money money, String to, LocalDate date) {
        requireNonNull(money, "money is null");
        Currencies.require(money.currency(), "Money", "currency");
        Currencies.require(to, "Money", "currency");
        return new Money(Currencies.round(money.amount().multiply(rate(money.currency(), to, date)), to), to);
    }

    /** {@code money} in the organization's base currency at the rate of {@code date}. */
    public Money toBase(Money money, LocalDate date) {
        return convert(money, baseCurrency(), date);
    }

    private Optional<BigDecimal> pair(String from, String to, LocalDate date) {
        Optional<BigDecimal> direct = rates.applicable(from, to, date).map(ExchangeRate::rate);
        if (direct.isPresent()) {
            return direct;
        }
        return rates.applicable(to, from, date).map(inverse -> BigDecimal.ONE.divide(inverse.rate(), RATE_PRECISION));
    }
}
