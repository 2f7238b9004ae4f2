package dev.atlvs.finance.currency;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.core.error.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ISO 4217 currencies money may be kept in (the JDK's table, without the fund, precious-metal and
 * testing codes), and their minor units.
 */
public final class Currencies {
    /** Codes that are not money an organization invoices or pays in. */
    private static final Set<String> EXCLUDED = Set.of("XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU",
            "XTS", "XUA", "XXX");
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(code -> !EXCLUDED.contains(code))
            .filter(code -> Currency.getInstance(code).getDefaultFractionDigits() >= 0)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {}

    /** Whether {@code code} is a known currency. */
    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * {@code code}, checked.
     *
     * @param subject the object being validated, for the error
     * @param field the field holding the code, for the error
     * @throws ValidationException ({@link FinanceErrorCode#UNKNOWN_CURRENCY}, rule {@code currency_known}) when the code
     *         is not an ISO 4217 currency
     */
    public static String require(String code, String subject, String field) {
        if (!isKnown(code)) {
            throw new ValidationException(FinanceErrorCode.UNKNOWN_CURRENCY, subject,
                    List.of(new FieldViolation(field, "currency_known", "is an ISO 4217 currency code such as EUR")));
        }
        return code;
    }

    /** The number of decimals of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD. */
    public static int minorUnits(String code) {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /**
     * Whether {@code amount} has no more decimals than the minor unit of {@code code} (12.34 EUR, 1234 JPY, never
     * 12.345 EUR); true for an absent amount and for a code that is not a known currency, which {@link #require}
     * refuses on its own. The database holds the same rule for every amount that carries its currency on its row
     * ({@code atlvs.currency_minor_units}).
     */
    public static boolean fitsMinorUnit(BigDecimal amount, String code) {
        return amount == null || !isKnown(code) || amount.stripTrailingZeros().scale() <= minorUnits(code);
    }

    /** {@code amount} rounded half up to the minor unit of {@code code}. */
    public static BigDecimal round(BigDecimal amount, String code) {
        return amount.setScale(minorUnits(code), RoundingMode.HALF_UP);
    }
}
