package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.budget.Budget;
import dev.atlvs.finance.budget.BudgetRepository;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.payment.Payment;
import dev.atlvs.finance.payment.PaymentDirection;
import dev.atlvs.finance.payment.PaymentMethod;
import dev.atlvs.finance.payment.PaymentService;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.projects.budget.BudgetCategory;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every amount that carries its currency on its row has no more decimals than the currency's minor unit: Java refuses
 * it before any SQL, the database refuses it whatever code writes, and both name the same rule and field.
 */
@AtlvsTest
class MoneyMinorUnitTest {

    private static void refusedAs(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::rule).containsExactly(tuple(field, rule)));
    }

    private static Budget storedBudget(OrganizationFixture org) {
        return FinanceFixtures.budget(org, FinanceFixtures.project(org, "Minor Units Festival"));
    }

    private static int setBudget(OrganizationFixture org, UUID budget, String currency, String amount) {
        return org.asOwner(tx -> tx.handle().createUpdate("update atlvs.budgets set currency = :currency, amount = cast(:amount as numeric) where id = :id")
                .bind("currency", currency).bind("amount", amount).bind("id", budget).execute());
    }

    @Test
    void theDatabaseGivesEveryCurrencyTheSdkKnowsTheMinorUnitsJavaGivesIt(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Currency Table Hall");
        Map<String, Integer> java = new TreeMap<>();
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).filter(Currencies::isKnown)
                .forEach(code -> java.put(code, Currencies.minorUnits(code)));

        Map<String, Integer> database = new TreeMap<>();
        org.asOwner(tx -> tx.handle().createQuery("select code, atlvs.currency_minor_units(code) as units from unnest(:codes) code")
                .bind("codes", java.keySet().toArray(new String[0]))
                .map((row, context) -> database.put(row.getString("code"), row.getInt("units")))
                .list());

        assertThat(java).containsEntry("EUR", 2).containsEntry("JPY", 0).containsEntry("KWD", 3).containsEntry("CLF", 4).hasSizeGreaterThan(150);
        assertThat(database).isEqualTo(java);
    }

    @Test
    void aCodeThatIsNoCurrencyHasNoMinorUnitInTheDatabase(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Currency Codes Hall");

        List<Integer> units = org.asOwner(tx -> tx.handle().createQuery(
                        "select atlvs.currency_minor_units(code) from unnest(array['eur', 'EURO', '', 'E1R']) code")
                .mapTo(Integer.class).list());

        assertThat(units).containsOnlyNulls().hasSize(4);
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefusedBeforeAnySql() {
        var budget = Budget.builder().organizationId(UUID.randomUUID()).projectId(UUID.randomUUID()).name("Lighting")
                .category(BudgetCategory.EQUIPMENT).periodStart(LocalDate.of(2026, 7, 1)).periodEnd(LocalDate.of(2026, 9, 30));

        refusedAs(() -> budget.amount(new BigDecimal("20000.005")).currency("EUR").build(), "amount", "budgets_amount_minor_unit");
        refusedAs(() -> budget.amount(new BigDecimal("150000.5")).currency("JPY").build(), "amount", "budgets_amount_minor_unit");
        refusedAs(() -> budget.amount(new BigDecimal("12.3456")).currency("KWD").build(), "amount", "budgets_amount_minor_unit");
        assertThat(budget.amount(new BigDecimal("12.3450")).currency("KWD").build().amount()).isEqualByComparingTo("12.345");
        assertThat(budget.amount(new BigDecimal("150000.0000")).currency("JPY").build().amount()).isEqualByComparingTo("150000");
    }

    @Test
    void theDatabaseRefusesTheSameAmountUnderTheSameRuleAndField(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Raw Minor Units Hall");
        Budget budget = storedBudget(org);

        refusedAs(() -> setBudget(org, budget.id(), "EUR", "20000.005"), "amount", "budgets_amount_minor_unit");
        refusedAs(() -> setBudget(org, budget.id(), "JPY", "150000.5"), "amount", "budgets_amount_minor_unit");
        assertThat(org.asOwner(tx -> tx.repository(BudgetRepository.class).get(budget.id())).amount()).isEqualByComparingTo("20000.00");
    }

    @Test
    void amountsAtTheirCurrencysMinorUnitAreStoredWhateverTheUnit(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Whole Yen Hall");
        Budget budget = storedBudget(org);

        assertThat(setBudget(org, budget.id(), "JPY", "150000")).isEqualTo(1);
        assertThat(setBudget(org, budget.id(), "KWD", "12.345")).isEqualTo(1);
        assertThat(setBudget(org, budget.id(), "CLF", "1.2345")).isEqualTo(1);
    }

    @Test
    void aPaymentOfAFractionOfACentIsRefusedNamingTheAmountAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        OrganizationFixture org = fixtures.organization("Fraction Payment Hall");
        long before = Rows.count(database, "payments");

        assertThatThrownBy(() -> org.asOwner(tx -> new PaymentService(tx).record(Payment.builder().organizationId(org.id())
                        .direction(PaymentDirection.RECEIPT).amount(new BigDecimal("100.005")).currency("USD").method(PaymentMethod.CASH)
                        .paidOn(LocalDate.of(2026, 8, 14)).build(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.PAYMENT_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("amount", "payments_amount_minor_unit"));
                });
        assertThat(Rows.count(database, "payments")).isEqualTo(before);
    }

    @Test
    void everyBrokenMinorUnitOfAForecastIsReportedAtOnce(Fixtures fixtures) {
        OrganizationFixture org = fixtures.organization("Forecast Units Hall");
        var forecast = FinanceFixtures.forecast(org, FinanceFixtures.project(org, "Forecast Units Festival"));

        assertThatThrownBy(() -> dev.atlvs.finance.forecast.ImmutableForecast.builder().from(forecast)
                        .projectedSpend(new BigDecimal("100.001")).projectedRevenue(new BigDecimal("200.002")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                            tuple("projectedSpend", "forecasts_projected_spend_minor_unit"),
                            tuple("projectedRevenue", "forecasts_projected_revenue_minor_unit"));
                });
    }
}
