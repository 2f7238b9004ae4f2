package dev.atlvs.finance.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice calculator's totals are always the sums of its rounded lines, in any currency. */
class InvoiceCalculatorPropertyTest {

    /** 1 to 12 lines with a quantity of 0.0001 to 10000, a unit price up to 100000, and discount and tax rates up to 100 %. */
    private static List<InvoiceDraft.Line> lines(Gen gen) {
        return gen.listOf(1, 12, () -> {
            BigDecimal quantity = gen.decimalBetween(new BigDecimal("0.0001"), new BigDecimal("10000"), 4);
            BigDecimal price = gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("100000"), 4);
            BigDecimal discount = gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("100"), 2);
            BigDecimal tax = gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("100"), 2);
            return InvoiceDraft.Line.of("Line", quantity, price).withDiscountRate(discount).withTaxRate(tax);
        });
    }

    @PropertyTest(tries = 300)
    void totalsAreTheSumsOfTheRoundedLines(Gen gen) {
        List<InvoiceDraft.Line> lines = lines(gen);
        String currency = gen.oneOf("EUR", "USD", "JPY", "KWD", "GBP");

        InvoiceCalculator.Totals totals = InvoiceCalculator.calculate(currency, lines);

        int scale = Currencies.minorUnits(currency);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            InvoiceCalculator.LineAmounts amounts = totals.lines().get(i);
            InvoiceDraft.Line line = lines.get(i);
            assertThat(amounts.subtotal()).isEqualByComparingTo(line.quantity().multiply(line.unitPrice()).setScale(scale, RoundingMode.HALF_UP));
            assertThat(amounts.subtotal().scale()).isEqualTo(scale);
            assertThat(amounts.discount().scale()).isEqualTo(scale);
            assertThat(amounts.tax().scale()).isEqualTo(scale);
            assertThat(amounts.total()).isEqualByComparingTo(amounts.subtotal().subtract(amounts.discount()).add(amounts.tax()));
            total = total.add(amounts.total());
        }
        assertThat(totals.total()).isEqualByComparingTo(total);
        assertThat(totals.total()).isEqualByComparingTo(totals.subtotal().subtract(totals.discount()).add(totals.tax()));
        assertThat(totals.discount()).isLessThanOrEqualTo(totals.subtotal());
    }

    @Test
    void discountComesBeforeTaxAndEachLineIsRoundedHalfUp() {
        InvoiceCalculator.Totals totals = InvoiceCalculator.calculate("EUR", List.of(
                InvoiceDraft.Line.of("Crew", new BigDecimal("3"), new BigDecimal("850.00")).withDiscountRate(new BigDecimal("10"))
                        .withTaxRate(new BigDecimal("19")),
                InvoiceDraft.Line.of("Cable ties", new BigDecimal("3"), new BigDecimal("0.335")).withTaxRate(new BigDecimal("19"))));

        assertThat(totals.lines().get(0)).isEqualTo(new InvoiceCalculator.LineAmounts(new BigDecimal("2550.00"), new BigDecimal("255.00"),
                new BigDecimal("436.05"), new BigDecimal("2731.05")));
        // 3 × 0.335 = 1.005 → 1.01; tax 19% of 1.01 = 0.1919 → 0.19
        assertThat(totals.lines().get(1)).isEqualTo(new InvoiceCalculator.LineAmounts(new BigDecimal("1.01"), new BigDecimal("0.00"),
                new BigDecimal("0.19"), new BigDecimal("1.20")));
        assertThat(totals.total()).isEqualByComparingTo("2732.25");
    }

    @Test
    void aNegativeQuantityIsRefusedNamingTheFieldAndRule() {
        assertThatThrownBy(() -> InvoiceCalculator.calculate("EUR", List.of(InvoiceDraft.Line.of("Refund", new BigDecimal("-1"), BigDecimal.TEN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.INVOICE_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "invoice_line_items_quantity_check"));
                });
    }

    @Test
    void anUnknownCurrencyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> InvoiceCalculator.calculate("EUX", List.of(InvoiceDraft.Line.of("Fee", BigDecimal.ONE, BigDecimal.TEN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.UNKNOWN_CURRENCY);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currency");
                });
    }
}
