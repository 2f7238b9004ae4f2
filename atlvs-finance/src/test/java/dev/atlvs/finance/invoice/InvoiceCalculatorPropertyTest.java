package dev.atlvs.finance.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.currency.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invoice calculator's totals are always the sums of its rounded lines, in any currency. */
class InvoiceCalculatorPropertyTest {

    @Provide
    Arbitrary<List<InvoiceDraft.Line>> lines() {
        Arbitrary<InvoiceDraft.Line> line = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10000")).ofScale(4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2))
                .as((quantity, price, discount, tax) -> InvoiceDraft.Line.of("Line", quantity, price).withDiscountRate(discount).withTaxRate(tax));
        return line.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void totalsAreTheSumsOfTheRoundedLines(@ForAll("lines") List<InvoiceDraft.Line> lines, @ForAll("currencies") String currency) {
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

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "GBP");
    }

    @Example
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

    @Example
    void aNegativeQuantityIsRefusedNamingTheFieldAndRule() {
        assertThatThrownBy(() -> InvoiceCalculator.calculate("EUR", List.of(InvoiceDraft.Line.of("Refund", new BigDecimal("-1"), BigDecimal.TEN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.INVOICE_INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "invoice_line_items_quantity_check"));
                });
    }

    @Example
    void anUnknownCurrencyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> InvoiceCalculator.calculate("EUX", List.of(InvoiceDraft.Line.of("Fee", BigDecimal.ONE, BigDecimal.TEN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(FinanceErrorCode.UNKNOWN_CURRENCY);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("currency");
                });
    }
}
