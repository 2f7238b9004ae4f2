/**
 * Property tests over JUnit 5: a method annotated {@link dev.atlvs.testing.property.PropertyTest} runs
 * once per try, each try drawing its values from a {@link dev.atlvs.testing.property.Gen} seeded for it.
 *
 * <pre>{@code
 * class ProgressRollupTest {
 *     @PropertyTest(tries = 1000)
 *     void theRollupLiesBetweenTheLeastAndMostProgressedTask(Gen gen) {
 *         List<Integer> progress = gen.listOf(1, 30, () -> gen.intBetween(0, 100));
 *
 *         BigDecimal rollup = ProgressRollup.of(items(progress));
 *
 *         assertThat(rollup).isBetween(min(progress), max(progress));
 *     }
 * }
 * }</pre>
 *
 * <p>A failure names its try's seed; rerun with {@code -Datlvs.seed=<seed> -Datlvs.tries=1} to replay that
 * try alone (see {@link dev.atlvs.testing.property.PropertyExtension}). There is no shrinking: draw small
 * sizes and ranges where a small counterexample helps.
 */
package dev.atlvs.testing.property;
