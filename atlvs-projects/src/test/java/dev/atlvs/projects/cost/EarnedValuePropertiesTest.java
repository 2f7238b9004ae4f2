package dev.atlvs.projects.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.projects.cost.EarnedValue.EstimateMethod;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Every figure of {@link EarnedValue} against exact rational arithmetic written out independently: each
 * formula as one numerator over one denominator of the inputs (products and sums of decimals are exact),
 * divided once with the display rounding. Figures are drawn with 0 to 4 decimals up to 100,000,000, with
 * zeros and the edge cases EV = BAC and AC = BAC drawn often.
 */
class EarnedValuePropertiesTest {

    /** A value n / d, rounded half-up to 4 decimals only when compared; absent when d = 0. */
    private record Quotient(BigDecimal numerator, BigDecimal denominator) {
        Optional<BigDecimal> rounded() {
            return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, 4, RoundingMode.HALF_UP));
        }
    }

    private record Figures(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, Optional<BigDecimal> bottomUpEtc) {}

    private static Figures figures(Gen gen) {
        BigDecimal bac = amount(gen);
        BigDecimal ev = gen.chance(0.15) ? bac : amount(gen);
        BigDecimal ac = gen.chance(0.15) ? bac : amount(gen);
        return new Figures(bac, amount(gen), ev, ac, Optional.ofNullable(gen.orNull(0.5, () -> amount(gen))));
    }

    private static BigDecimal amount(Gen gen) {
        if (gen.chance(0.1)) {
            return BigDecimal.ZERO;
        }
        int scale = gen.intBetween(0, 4);
        return gen.decimalBetween(BigDecimal.ZERO, gen.oneOf(new BigDecimal("10"), new BigDecimal("10000"), new BigDecimal("100000000")), scale);
    }

    @PropertyTest(tries = 500)
    void everyForecastEqualsTheExactRationalValueRoundedOnce(Gen gen) {
        // given
        Figures f = figures(gen);
        BigDecimal bac = f.bac();
        BigDecimal pv = f.pv();
        BigDecimal ev = f.ev();
        BigDecimal ac = f.ac();

        // when
        EarnedValue.Result result = EarnedValue.of(bac, pv, ev, ac, f.bottomUpEtc());

        // then
        assertThat(result.cpi()).isEqualTo(new Quotient(ev, ac).rounded());
        assertThat(result.spi()).isEqualTo(new Quotient(ev, pv).rounded());
        assertThat(result.tcpiToBac()).isEqualTo(new Quotient(bac.subtract(ev), bac.subtract(ac)).rounded());

        // BAC / CPI = BAC × AC / EV, defined when AC > 0 and EV > 0
        Optional<Quotient> byCpi = ac.signum() > 0 && ev.signum() > 0 ? Optional.of(new Quotient(bac.multiply(ac), ev)) : Optional.empty();
        assertForecast(result, EstimateMethod.CPI, byCpi, f);
        assertForecast(result, EstimateMethod.ATYPICAL, Optional.of(new Quotient(ac.add(bac).subtract(ev), BigDecimal.ONE)), f);
        // AC + (BAC − EV) / (EV / AC × EV / PV) = (AC × EV² + (BAC − EV) × AC × PV) / EV²
        Optional<Quotient> byCpiSpi = ac.signum() > 0 && pv.signum() > 0 && ev.signum() > 0
                ? Optional.of(new Quotient(ac.multiply(ev).multiply(ev).add(bac.subtract(ev).multiply(ac).multiply(pv)), ev.multiply(ev)))
                : Optional.empty();
        assertForecast(result, EstimateMethod.CPI_TIMES_SPI, byCpiSpi, f);
        assertForecast(result, EstimateMethod.BOTTOM_UP, f.bottomUpEtc().map(etc -> new Quotient(ac.add(etc), BigDecimal.ONE)), f);

        Quotient headline = byCpi.orElse(new Quotient(ac.add(bac).subtract(ev), BigDecimal.ONE));
        assertThat(result.eac()).isEqualByComparingTo(headline.rounded().orElseThrow());
    }

    private static void assertForecast(EarnedValue.Result result, EstimateMethod method, Optional<Quotient> eac, Figures f) {
        if (eac.isEmpty()) {
            assertThat(result.forecast(method)).as(method.label()).isEmpty();
            return;
        }
        BigDecimal n = eac.get().numerator();
        BigDecimal d = eac.get().denominator();
        EarnedValue.Forecast forecast = result.forecast(method).orElseThrow(() -> new AssertionError(method.label() + " is missing"));
        assertThat(forecast.eac()).as(method.label()).isEqualByComparingTo(eac.get().rounded().orElseThrow());
        assertThat(forecast.etc()).as(method.label()).isEqualByComparingTo(new Quotient(n.subtract(f.ac().multiply(d)), d).rounded().orElseThrow());
        assertThat(forecast.vac()).as(method.label()).isEqualByComparingTo(new Quotient(f.bac().multiply(d).subtract(n), d).rounded().orElseThrow());
        // TCPI against EAC = (BAC − EV) / (n / d − AC) = (BAC − EV) × d / (n − AC × d)
        assertThat(forecast.tcpiToEac()).as(method.label())
                .isEqualTo(new Quotient(f.bac().subtract(f.ev()).multiply(d), n.subtract(f.ac().multiply(d))).rounded());
    }
}
