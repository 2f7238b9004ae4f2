package dev.atlvs.docs.snippets.testing;

// tag::testing-property[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;

class RoundingPropertyTest {

    @PropertyTest(tries = 500)
    void anAmountRoundedToItsCurrencyFitsItsMinorUnitAndMovesLessThanHalfOfIt(Gen gen) {
        // given
        String currency = gen.oneOf("EUR", "JPY", "KWD");
        BigDecimal amount = gen.decimalBetween(new BigDecimal("-100000"), new BigDecimal("100000"), 6);

        // when
        BigDecimal rounded = Currencies.round(amount, currency);

        // then
        BigDecimal half = BigDecimal.ONE.movePointLeft(Currencies.minorUnits(currency)).divide(BigDecimal.valueOf(2));
        assertThat(Currencies.fitsMinorUnit(rounded, currency)).isTrue();
        assertThat(rounded.subtract(amount).abs()).isLessThanOrEqualTo(half);
    }
}
// end::testing-property[]
