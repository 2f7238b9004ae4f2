/**
 * Money and currencies: {@link dev.atlvs.finance.currency.Money} (an amount with its ISO 4217 currency),
 * the known {@link dev.atlvs.finance.currency.Currencies} and their minor units, and dated
 * {@link dev.atlvs.finance.currency.ExchangeRates} converting to the organization's base currency.
 *
 * <pre>{@code
 * ExchangeRates rates = new ExchangeRates(tx);
 * rates.record("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2026, 7, 1), "ECB");
 * Money eur = Money.of("1000.00", "EUR");
 * Money usd = rates.toBase(eur, LocalDate.of(2026, 7, 20));   // 1086.96 USD, rounded half up to cents
 * }</pre>
 */
package dev.atlvs.finance.currency;
