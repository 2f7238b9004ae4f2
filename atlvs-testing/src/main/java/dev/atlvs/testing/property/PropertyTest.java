package dev.atlvs.testing.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a method as a property: JUnit runs it {@link #tries()} times, each try with a {@link Gen} of its
 * own, seeded from the previous try's seed, from which the method draws its values.
 *
 * <pre>{@code
 * @PropertyTest(tries = 500)
 * void aSplitSumsToTheTotal(Gen gen) {
 *     long cents = gen.longBetween(0, 100_000_000);
 *     int months = gen.intBetween(1, 24);
 *     assertThat(sum(split(cents, months))).isEqualTo(cents);
 * }
 * }</pre>
 *
 * <p>The method may declare other parameters that registered extensions resolve (for example the
 * {@code Fixtures} of {@link dev.atlvs.testing.junit.AtlvsTest}); {@code @BeforeEach} and
 * {@code @AfterEach} methods run around every try. The first failing try ends the property; its error,
 * a {@link PropertyFailure}, names the try's seed and how to replay it. See {@link PropertyExtension} for
 * the settings {@value PropertyExtension#SEED} and {@value PropertyExtension#TRIES}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(PropertyExtension.class)
public @interface PropertyTest {

    /** How many tries to run, unless {@value PropertyExtension#TRIES} overrides it; at least 1. */
    int tries() default 1000;
}
