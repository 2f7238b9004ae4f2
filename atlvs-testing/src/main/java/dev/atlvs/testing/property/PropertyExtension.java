package dev.atlvs.testing.property;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit 5 extension behind {@link PropertyTest}: one invocation per try, each shown as
 * {@code try 3 of 1000 (seed -7160131451563826290)}, with a {@link Gen} parameter seeded for that try.
 *
 * <h2>Seeds</h2>
 * The first try's seed is {@value #SEED} when that setting is given, otherwise a fresh random one for each
 * property; every following try's seed is derived from the one before it. So a failing try's seed, given as
 * {@value #SEED}, replays that try first and then the tries that followed it, and with {@value #TRIES}
 * set to 1 that try only. The first failing try ends the property, and its error is a
 * {@link PropertyFailure} that names the try, its seed and the replay settings, with the original error as
 * its cause. A try aborted by an assumption is not a failure.
 *
 * <h2>Settings</h2>
 * Both are read as JUnit configuration parameters, that is from a system property (with Maven:
 * {@code ./mvnw test -Datlvs.seed=...}) or from {@code junit-platform.properties}:
 * <ul>
 *   <li>{@value #SEED}: the seed of the first try of every property, a decimal {@code long};</li>
 *   <li>{@value #TRIES}: how many tries every property runs, instead of {@link PropertyTest#tries()}.</li>
 * </ul>
 */
public final class PropertyExtension implements TestTemplateInvocationContextProvider {

    /** The setting that fixes the first try's seed of every property. */
    public static final String SEED = "atlvs.seed";

    /** The setting that fixes the number of tries of every property. */
    public static final String TRIES = "atlvs.tries";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), PropertyTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        PropertyTest property = AnnotationSupport.findAnnotation(method, PropertyTest.class).orElseThrow();
        int tries = context.getConfigurationParameter(TRIES).map(PropertyExtension::parseTries).orElse(property.tries());
        if (tries < 1) {
            throw new ExtensionConfigurationException(method.getName() + ": a property needs at least one try, not " + tries);
        }
        long firstSeed = context.getConfigurationParameter(SEED).map(PropertyExtension::parseSeed)
                .orElseGet(() -> ThreadLocalRandom.current().nextLong());
        String className = context.getRequiredTestClass().getName();
        Run run = new Run(className.substring(className.lastIndexOf('.') + 1) + "#" + method.getName(), tries);
        // Lazy: as JUnit runs the tries one after the other, the next try is made only when the previous one
        // has run, and none after a failure.
        return Stream.iterate(new Try(run, 1, firstSeed), Try::next)
                .limit(tries)
                .takeWhile(attempt -> !run.failed)
                .map(TestTemplateInvocationContext.class::cast);
    }

    /** The seed of the try after the one seeded with {@code seed} (a SplitMix64 step). */
    static long nextSeed(long seed) {
        long z = seed + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The message of the error a failing try ends its property with. */
    static String failureMessage(String property, int tryNumber, int tries, long seed, Throwable cause) {
        return "Property " + property + " failed on try " + tryNumber + " of " + tries + " with seed " + seed + ".\n"
                + "Replay it with -Dtest='" + property + "' -D" + SEED + "=" + seed + " -D" + TRIES + "=1"
                + " (without -D" + TRIES + " that try runs first, then the tries that followed it).\n"
                + cause;
    }

    private static int parseTries(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(TRIES + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(SEED + " must be a decimal long, not '" + value + "'", e);
        }
    }

    /** One run of a property: its name for the replay hint, its number of tries, and whether a try failed. */
    private static final class Run {
        final String property;
        final int tries;
        volatile boolean failed;

        Run(String property, int tries) {
            this.property = property;
            this.tries = tries;
        }
    }

    /** One try: its invocation context and the extension that gives it its {@link Gen} and wraps its failure. */
    private static final class Try implements TestTemplateInvocationContext, ParameterResolver, TestExecutionExceptionHandler {
        private final Run run;
        private final int number;
        private final long seed;
        private Gen gen;

        Try(Run run, int number, long seed) {
            this.run = run;
            this.number = number;
            this.seed = seed;
        }

        Try next() {
            return new Try(run, number + 1, nextSeed(seed));
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "try " + number + " of " + run.tries + " (seed " + seed + ")";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Gen.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (gen == null) {
                gen = new Gen(seed);
            }
            return gen;
        }

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
            if (throwable instanceof TestAbortedException) {
                throw throwable;
            }
            run.failed = true;
            throw new PropertyFailure(failureMessage(run.property, number, run.tries, seed, throwable), throwable, number, seed);
        }
    }
}
