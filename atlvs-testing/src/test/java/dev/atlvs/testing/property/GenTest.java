package dev.atlvs.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenTest {
    private static final int DRAWS = 10_000;

    private final Gen gen = new Gen(20260701);

    @Test
    void theSameSeedYieldsTheSameValues() {
        Gen one = new Gen(-3);
        Gen other = new Gen(-3);

        assertThat(sample(one)).isEqualTo(sample(other));
        assertThat(sample(new Gen(-2))).isNotEqualTo(sample(new Gen(-3)));
    }

    @Test
    void intsStayWithinTheirBoundsAndReachBoth() {
        assertThat(drawn(() -> gen.intBetween(-3, 5))).isEqualTo(Set.copyOf(IntStream.rangeClosed(-3, 5).boxed().toList()));
        assertThat(gen.intBetween(4, 4)).isEqualTo(4);
        assertThat(drawn(() -> gen.intBetween(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)))
                .containsExactlyInAnyOrder(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
    }

    @Test
    void longsStayWithinTheirBoundsUpToTheWholeRange() {
        assertThat(drawn(() -> gen.longBetween(1, 3))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(drawn(() -> gen.longBetween(Long.MAX_VALUE - 1, Long.MAX_VALUE))).containsExactlyInAnyOrder(Long.MAX_VALUE - 1, Long.MAX_VALUE);
        assertThat(drawn(() -> gen.longBetween(Long.MIN_VALUE, Long.MAX_VALUE))).hasSizeGreaterThan(DRAWS - 10);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> gen.intBetween(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gen.decimalBetween(new BigDecimal("0.001"), new BigDecimal("0.009"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalsHaveTheGivenScaleAndStayWithinTheirBounds() {
        BigDecimal min = new BigDecimal("0.0001");
        BigDecimal max = new BigDecimal("10000");
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            values.add(gen.decimalBetween(min, max, 4));
        }

        assertThat(values).allSatisfy(value -> {
            assertThat(value.scale()).isEqualTo(4);
            assertThat(value).isBetween(min, max);
        });
        assertThat(drawn(() -> gen.decimalBetween(BigDecimal.ZERO, new BigDecimal("0.03"), 2)))
                .containsExactlyInAnyOrder(new BigDecimal("0.00"), new BigDecimal("0.01"), new BigDecimal("0.02"), new BigDecimal("0.03"));
        assertThat(gen.decimalBetween(new BigDecimal("-1E+30"), new BigDecimal("1E+30"), 2)).isBetween(new BigDecimal("-1E+30"), new BigDecimal("1E+30"));
    }

    @Test
    void oneOfWeighsEachPositionEqually() {
        long trues = IntStream.range(0, DRAWS).filter(i -> gen.oneOf(false, false, true)).count();

        assertThat((double) trues / DRAWS).isBetween(0.30, 0.37);
    }

    @Test
    void oneOfAnEnumDrawsEveryConstant() {
        assertThat(drawn(() -> gen.oneOf(DayOfWeek.class))).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    }

    @Test
    void orNullGivesNullWithTheGivenProbability() {
        long nulls = IntStream.range(0, DRAWS).filter(i -> gen.orNull(0.8, () -> 1) == null).count();

        assertThat((double) nulls / DRAWS).isBetween(0.77, 0.83);
    }

    @Test
    void listsHaveEverySizeOfTheirRange() {
        assertThat(drawn(() -> gen.listOf(0, 3, () -> gen.intBetween(0, 1)).size())).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(gen.listOf(30, 30, () -> gen.intBetween(0, 200))).hasSize(30).allSatisfy(value -> assertThat(value).isBetween(0, 200));
    }

    @Test
    void setsHaveEverySizeOfTheirRangeInDistinctElements() {
        assertThat(drawn(() -> gen.setOf(1, 7, () -> gen.oneOf(DayOfWeek.class)).size())).isEqualTo(Set.of(1, 2, 3, 4, 5, 6, 7));
        assertThat(drawn(() -> gen.setOf(0, 15, () -> gen.intBetween(0, 150)).size())).hasSize(16);
    }

    @Test
    void aSetLargerThanItsElementsAllowIsRefused() {
        assertThatThrownBy(() -> gen.setOf(3, 3, () -> gen.oneOf(1, 2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drew 2 distinct elements but 3 were asked for");
    }

    @Test
    void stringsTakeTheirCharactersFromTheAlphabet() {
        Set<String> strings = drawn(() -> gen.string("ab_", 0, 2));

        assertThat(strings).hasSize(1 + 3 + 9).allSatisfy(text -> assertThat(text).matches("[ab_]{0,2}"));
    }

    @Test
    void shuffledReordersTheElementsOnly() {
        List<Integer> values = IntStream.range(0, 14).boxed().toList();

        List<Integer> shuffled = gen.shuffled(values);

        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(values).isNotEqualTo(values);
        assertThat(drawn(() -> gen.shuffled(List.of(1, 2, 3)))).hasSize(6);
    }

    private static List<Object> sample(Gen gen) {
        return List.of(gen.intBetween(0, 100), gen.longBetween(-5, 5), gen.decimalBetween(BigDecimal.ZERO, BigDecimal.TEN, 3),
                gen.oneOf("EUR", "USD"), gen.oneOf(DayOfWeek.class), gen.chance(0.5), gen.listOf(0, 5, () -> gen.intBetween(0, 9)),
                gen.setOf(0, 5, () -> gen.intBetween(0, 9)), gen.shuffled(List.of(1, 2, 3, 4)), gen.string("abc", 0, 8));
    }

    private static <T> Set<T> drawn(Supplier<T> draw) {
        Set<T> values = new HashSet<>();
        for (int i = 0; i < DRAWS; i++) {
            values.add(draw.get());
        }
        return values;
    }
}
