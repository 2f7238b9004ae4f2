package dev.atlvs.core.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Conditions compare numbers as decimals and dates as dates, whatever their written form. */
class ConditionsPropertyTest {

    private static boolean holds(Object actual, String op, Object expected) {
        Map<String, Object> condition = Map.of("field", "x", "op", op, "value", expected);
        Conditions.validate("conditions", condition);
        return Conditions.evaluate(condition, AutomationEvent.of("test.changed", "deal", Ids.newId(), Map.of("x", actual))).holds();
    }

    @PropertyTest(tries = 300)
    void numbersCompareAsDecimalsWhateverTheirScaleOrJavaType(Gen gen) {
        BigDecimal a = gen.decimalBetween(new BigDecimal("-100000"), new BigDecimal("100000"), gen.intBetween(0, 4));
        BigDecimal b = gen.chance(0.3) ? a.setScale(a.scale() + gen.intBetween(0, 3))
                : gen.decimalBetween(new BigDecimal("-100000"), new BigDecimal("100000"), gen.intBetween(0, 4));
        Object actual = a.stripTrailingZeros().scale() <= 0 && gen.chance(0.5) ? (Object) a.longValueExact() : a;
        int order = a.compareTo(b);

        assertThat(holds(actual, "eq", b)).isEqualTo(order == 0);
        assertThat(holds(actual, "ne", b)).isEqualTo(order != 0);
        assertThat(holds(actual, "gt", b)).isEqualTo(order > 0);
        assertThat(holds(actual, "gte", b)).isEqualTo(order >= 0);
        assertThat(holds(actual, "lt", b)).isEqualTo(order < 0);
        assertThat(holds(actual, "lte", b)).isEqualTo(order <= 0);
        assertThat(holds(actual, "in", List.of(new BigDecimal("0.5"), b))).isEqualTo(order == 0 || a.compareTo(new BigDecimal("0.5")) == 0);
    }

    @PropertyTest(tries = 300)
    void datesCompareAsDatesWhetherGivenAsDatesOrText(Gen gen) {
        LocalDate a = LocalDate.of(2026, 1, 1).plusDays(gen.intBetween(0, 1000));
        LocalDate b = LocalDate.of(2026, 1, 1).plusDays(gen.intBetween(0, 1000));
        Object actual = gen.chance(0.5) ? a : a.toString();
        int order = a.compareTo(b);

        assertThat(holds(actual, "lt", b.toString())).isEqualTo(order < 0);
        assertThat(holds(actual, "gte", b.toString())).isEqualTo(order >= 0);
        assertThat(holds(actual, "eq", b.toString())).isEqualTo(order == 0);
    }
}
