package dev.atlvs.core.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.repository.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions over an entity's state. */
class ConditionsTest {

    private static final Map<String, Object> DEAL = deal();

    private static Map<String, Object> deal() {
        Map<String, Object> deal = new HashMap<>();
        deal.put("value", new BigDecimal("50000.0000"));
        deal.put("probability", 40);
        deal.put("currency", "EUR");
        deal.put("expected_close_date", LocalDate.of(2026, 12, 31));
        deal.put("updated_at", Instant.parse("2026-11-30T10:00:00Z"));
        deal.put("tags", List.of("festival", "repeat client"));
        deal.put("title", "Harbour Festival 2027");
        deal.put("lost_reason", null);
        deal.put("status", Thread.State.RUNNABLE);
        deal.put("client", Map.of("country", "DE"));
        return deal;
    }

    private static boolean holds(String field, String op, Object value) {
        Map<String, Object> condition = new HashMap<>(Map.of("field", field, "op", op));
        if (value != null) {
            condition.put("value", value);
        }
        Conditions.validate("conditions", condition);
        return Conditions.evaluate(condition, AutomationEvent.of("test.changed", "deal", Ids.newId(), DEAL)
                .withPrevious(Map.of("probability", 20, "value", new BigDecimal("50000")))).holds();
    }

    @Test
    void numbersCompareAsDecimalsWhateverTheirScaleOrJavaType() {
        assertThat(holds("value", "eq", new BigDecimal("50000"))).isTrue();
        assertThat(holds("value", "gte", new BigDecimal("50000"))).isTrue();
        assertThat(holds("value", "gt", new BigDecimal("50000"))).isFalse();
        assertThat(holds("probability", "lt", new BigDecimal("40.5"))).isTrue();
        assertThat(holds("probability", "ne", new BigDecimal("40"))).isFalse();
    }

    @Test
    void datesAndInstantsCompareAsDatesAndInstants() {
        assertThat(holds("expected_close_date", "lt", "2027-01-01")).isTrue();
        assertThat(holds("expected_close_date", "eq", "2026-12-31")).isTrue();
        assertThat(holds("updated_at", "gt", "2026-11-30T09:59:59Z")).isTrue();
        assertThat(holds("updated_at", "lte", "2026-11-30T11:00:00+01:00")).isTrue();
    }

    @Test
    void setsTextsListsAndNulls() {
        assertThat(holds("currency", "in", List.of("EUR", "GBP"))).isTrue();
        assertThat(holds("currency", "not_in", List.of("EUR", "GBP"))).isFalse();
        assertThat(holds("title", "contains", "Festival")).isTrue();
        assertThat(holds("tags", "contains", "repeat client")).isTrue();
        assertThat(holds("lost_reason", "is_null", null)).isTrue();
        assertThat(holds("title", "not_null", null)).isTrue();
        assertThat(holds("status", "eq", "runnable")).isTrue();
        assertThat(holds("client.country", "eq", "DE")).isTrue();
        assertThat(holds("currency", "gt", new BigDecimal("1"))).isFalse();
    }

    @Test
    void changedComparesTheStateBeforeWithTheStateNow() {
        assertThat(holds("probability", "changed", null)).isTrue();
        assertThat(holds("value", "changed", null)).isFalse();
    }

    @Test
    void allAnyAndNotCombineConditionsAndTraceEachComparison() {
        // given
        Map<String, Object> conditions = Map.of("all", List.of(
                Map.of("field", "value", "op", "gte", "value", new BigDecimal("10000")),
                Map.of("any", List.of(Map.of("field", "currency", "op", "eq", "value", "USD"),
                        Map.of("not", Map.of("field", "probability", "op", "gt", "value", new BigDecimal("50")))))));

        // when
        Conditions.Result result = Conditions.evaluate(conditions, AutomationEvent.of("test.changed", "deal", Ids.newId(), DEAL));

        // then
        assertThat(result.holds()).isTrue();
        assertThat(result.trace()).containsExactly("value gte 10000: true", "currency eq USD: false", "probability gt 50: false");
    }

    @Test
    void noConditionsAlwaysHold() {
        assertThat(Conditions.evaluate(Map.of(), AutomationEvent.of("test.changed", "deal", Ids.newId(), Map.of())).holds()).isTrue();
    }
}
