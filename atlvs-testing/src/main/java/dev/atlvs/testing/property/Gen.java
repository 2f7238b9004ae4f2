package dev.atlvs.testing.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The values of one try of a {@link PropertyTest}: a {@link Random} seeded with the try's seed and a few
 * ways of drawing from it. The same seed yields the same values, in the same order of calls.
 *
 * <p>Every range is inclusive at both ends and every distribution uniform, except where a method says
 * otherwise. Not thread-safe; one try, one thread.
 *
 * <pre>{@code
 * Gen gen = new Gen(42);
 * List<Integer> durations = gen.listOf(1, 14, () -> gen.intBetween(0, 10));
 * Integer constraint = gen.orNull(0.8, () -> gen.intBetween(-5, 40));
 * }</pre>
 */
public final class Gen {
    /** How many draws in a row may repeat an element already in a set before {@link #setOf} gives up. */
    private static final int MAX_DUPLICATE_DRAWS = 1000;

    private final long seed;
    private final Random random;

    /** Values drawn from {@code new Random(seed)}. */
    public Gen(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The seed this generator was created with. */
    public long seed() {
        return seed;
    }

    /** The underlying random source, for values the methods here do not cover. */
    public Random random() {
        return random;
    }

    /** An int from {@code min} to {@code max}, both included. */
    public int intBetween(int min, int max) {
        return (int) longBetween(min, max);
    }

    /** A long from {@code min} to {@code max}, both included. */
    public long longBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        if (max < Long.MAX_VALUE) {
            return min == max ? min : random.nextLong(min, max + 1);
        }
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }

    /**
     * A decimal with exactly {@code scale} digits after the point, from {@code min} to {@code max} (both
     * included, each rounded inwards to that scale).
     */
    public BigDecimal decimalBetween(BigDecimal min, BigDecimal max, int scale) {
        BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
        BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("no decimal of scale " + scale + " lies between " + min + " and " + max);
        }
        BigInteger span = high.subtract(low);
        BigInteger offset;
        if (span.bitLength() < Long.SIZE - 1) {
            offset = BigInteger.valueOf(longBetween(0, span.longValueExact()));
        } else {
            do {
                offset = new BigInteger(span.bitLength(), random);
            } while (offset.compareTo(span) > 0);
        }
        return new BigDecimal(low.add(offset), scale);
    }

    /** True with the given probability, from 0 (never) to 1 (always). */
    public boolean chance(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability " + probability + " is not between 0 and 1");
        }
        return random.nextDouble() < probability;
    }

    /** One of {@code values}, each position equally likely; repeat a value to weigh it more. */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to choose from");
        }
        return values[random.nextInt(values.length)];
    }

    /** One of the constants of {@code type}, each equally likely. */
    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** {@code null} with probability {@code nullProbability}, otherwise a value of {@code value}. */
    public <T> T orNull(double nullProbability, Supplier<? extends T> value) {
        return chance(nullProbability) ? null : value.get();
    }

    /** A list of {@code minSize} to {@code maxSize} elements, each drawn from {@code element}. */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<? extends T> element) {
        int size = size(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /**
     * A set of {@code minSize} to {@code maxSize} distinct elements drawn from {@code element}, in the order
     * first drawn. Fails when {@code element} keeps repeating itself, as when it has fewer distinct values
     * than the size drawn.
     */
    public <T> Set<T> setOf(int minSize, int maxSize, Supplier<? extends T> element) {
        int size = size(minSize, maxSize);
        Set<T> set = new LinkedHashSet<>();
        int duplicates = 0;
        while (set.size() < size) {
            if (set.add(element.get())) {
                duplicates = 0;
            } else if (++duplicates > MAX_DUPLICATE_DRAWS) {
                throw new IllegalStateException("drew " + set.size() + " distinct elements but " + size
                        + " were asked for: the element generator has too few values");
            }
        }
        return set;
    }

    /** The elements of {@code values} in a random order, as a new list. */
    public <T> List<T> shuffled(Collection<? extends T> values) {
        List<T> list = new ArrayList<>(values);
        Collections.shuffle(list, random);
        return list;
    }

    /** A string of {@code minLength} to {@code maxLength} characters, each drawn from {@code alphabet}. */
    public String string(String alphabet, int minLength, int maxLength) {
        Objects.requireNonNull(alphabet, "alphabet");
        if (alphabet.isEmpty() && maxLength > 0) {
            throw new IllegalArgumentException("no characters to draw from");
        }
        int length = size(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private int size(int min, int max) {
        if (min < 0) {
            throw new IllegalArgumentException("negative size " + min);
        }
        return intBetween(min, max);
    }

    @Override
    public String toString() {
        return "Gen[seed " + seed + "]";
    }
}
