package dev.atlvs.finance.currency;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An amount in a currency. Arithmetic refuses to mix currencies; convert first with {@link ExchangeRates}.
 *
 * @param amount the amount, at any scale
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public Money {
        requireNonNull(amount, "amount is null");
        requireNonNull(currency, "currency is null");
    }

    /** {@code amount} in {@code currency}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Zero in {@code currency}, at its minor unit. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(Currencies.minorUnits(currency)), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** The amount rounded half up to the currency's minor unit. */
    public Money rounded() {
        return new Money(Currencies.round(amount, currency), currency);
    }

    public int signum() {
        return amount.signum();
    }

    /** Compares amounts of the same currency by value (2.0 equals 2.00). */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** Whether both are the same amount in the same currency, whatever their scales. */
    public boolean isEqualTo(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    private Money same(Money other) {
        requireNonNull(other, "other is null");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency + "; convert first");
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
