package dev.atlvs.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs sample properties through the JUnit engine and looks at their tries, seeds and failures. */
class PropertyExtensionTest {
    /** What the samples drew, one entry per try. */
    private static final List<Draw> DRAWS = new ArrayList<>();

    record Draw(long seed, long number, String text, int digit) {
        static Draw from(Gen gen) {
            return new Draw(gen.seed(), gen.longBetween(0, 1_000_000_000L), gen.string("xyz", 0, 5), gen.intBetween(0, 9));
        }
    }

    @ExtendWith(OnlyInTestKit.class)
    static class Passing {
        @PropertyTest(tries = 7)
        void recordsItsDraws(Gen gen) {
            DRAWS.add(Draw.from(gen));
        }
    }

    @ExtendWith(OnlyInTestKit.class)
    static class FailingOnSeven {
        @PropertyTest(tries = 200)
        void aDigitOfSevenFails(Gen gen) {
            Draw draw = Draw.from(gen);
            DRAWS.add(draw);
            assertThat(draw.digit()).as("the digit").isNotEqualTo(7);
        }
    }

    @ExtendWith(OnlyInTestKit.class)
    static class Assuming {
        @PropertyTest(tries = 20)
        void skipsOddDigits(Gen gen) {
            Draw draw = Draw.from(gen);
            DRAWS.add(draw);
            assumeThat(draw.digit() % 2).isZero();
        }
    }

    @BeforeEach
    void forgetDraws() {
        DRAWS.clear();
    }

    @Test
    void aPropertyRunsAsManyTriesAsItAsksFor() {
        run(Passing.class, Map.of()).testEvents().assertStatistics(stats -> stats.started(7).succeeded(7).failed(0));

        assertThat(DRAWS).extracting(Draw::seed).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void theTriesSettingOverridesTheAnnotation() {
        run(Passing.class, Map.of(PropertyExtension.TRIES, "3")).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void theFirstTryTakesTheGivenSeedAndEachFollowingTryDerivesItsOwnFromThePrevious() {
        run(Passing.class, Map.of(PropertyExtension.SEED, "42", PropertyExtension.TRIES, "3"));

        long second = PropertyExtension.nextSeed(42);
        assertThat(DRAWS).extracting(Draw::seed).containsExactly(42L, second, PropertyExtension.nextSeed(second));
    }

    @Test
    void eachTryIsNamedByItsNumberAndSeed() {
        EngineExecutionResults results = run(Passing.class, Map.of(PropertyExtension.SEED, "42", PropertyExtension.TRIES, "2"));

        assertThat(results.testEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
                .containsExactly("try 1 of 2 (seed 42)", "try 2 of 2 (seed " + PropertyExtension.nextSeed(42) + ")");
    }

    @Test
    void theSameSeedYieldsTheSameValues() {
        run(Passing.class, Map.of(PropertyExtension.SEED, "42"));
        List<Draw> first = List.copyOf(DRAWS);
        DRAWS.clear();
        run(Passing.class, Map.of(PropertyExtension.SEED, "42"));
        List<Draw> second = List.copyOf(DRAWS);
        DRAWS.clear();
        run(Passing.class, Map.of(PropertyExtension.SEED, "43"));

        assertThat(second).isEqualTo(first);
        assertThat(DRAWS).extracting(Draw::number).doesNotContainAnyElementsOf(first.stream().map(Draw::number).toList());
    }

    @Test
    void aFailingTryEndsThePropertyWithAnErrorNamingTheTryItsSeedAndHowToReplayIt() {
        EngineExecutionResults results = run(FailingOnSeven.class, Map.of(PropertyExtension.SEED, "1"));

        Throwable thrown = onlyFailure(results);
        Draw failing = DRAWS.get(DRAWS.size() - 1);
        assertThat(failing.digit()).isEqualTo(7);
        results.testEvents().assertStatistics(stats -> stats.started(DRAWS.size()).failed(1).succeeded(DRAWS.size() - 1));
        assertThat(thrown).isInstanceOfSatisfying(PropertyFailure.class, failure -> {
            assertThat(failure.tryNumber()).isEqualTo(DRAWS.size());
            assertThat(failure.seed()).isEqualTo(failing.seed());
        });
        assertThat(thrown.getMessage())
                .startsWith("Property PropertyExtensionTest$FailingOnSeven#aDigitOfSevenFails failed on try " + DRAWS.size()
                        + " of 200 with seed " + failing.seed() + ".")
                .contains("-Datlvs.seed=" + failing.seed() + " -Datlvs.tries=1")
                .contains("[the digit]");
        assertThat(thrown.getCause()).isInstanceOf(AssertionError.class).isNotInstanceOf(PropertyFailure.class)
                .hasMessageContaining("[the digit]");
        assertThat(thrown.getStackTrace()).isEqualTo(thrown.getCause().getStackTrace());
    }

    @Test
    void replayingTheSeedOfAFailingTryDrawsItsValuesAgainAndFailsAlike() {
        run(FailingOnSeven.class, Map.of(PropertyExtension.SEED, "1"));
        Draw failing = DRAWS.get(DRAWS.size() - 1);
        DRAWS.clear();

        EngineExecutionResults replay = run(FailingOnSeven.class,
                Map.of(PropertyExtension.SEED, Long.toString(failing.seed()), PropertyExtension.TRIES, "1"));

        assertThat(DRAWS).containsExactly(failing);
        assertThat(onlyFailure(replay)).isInstanceOfSatisfying(PropertyFailure.class, failure -> {
            assertThat(failure.tryNumber()).isEqualTo(1);
            assertThat(failure.seed()).isEqualTo(failing.seed());
            assertThat(failure).hasMessageContaining("failed on try 1 of 1 with seed " + failing.seed() + ".");
        });
    }

    @Test
    void aTryThatAnAssumptionAbortsIsNoFailure() {
        EngineExecutionResults results = run(Assuming.class, Map.of(PropertyExtension.SEED, "5"));

        long odd = DRAWS.stream().filter(draw -> draw.digit() % 2 != 0).count();
        assertThat(odd).isPositive();
        results.testEvents().assertStatistics(stats -> stats.started(20).aborted(odd).succeeded(20 - odd).failed(0));
    }

    @Test
    void anUnreadableSeedFailsThePropertyNamingTheSetting() {
        EngineExecutionResults results = run(Passing.class, Map.of(PropertyExtension.SEED, "0x2A"));

        assertThat(DRAWS).isEmpty();
        assertThat(results.containerEvents().failed().stream().map(PropertyExtensionTest::throwable))
                .singleElement().satisfies(thrown -> assertThat(thrown).hasMessageContaining("atlvs.seed must be a decimal long, not '0x2A'"));
    }

    private static EngineExecutionResults run(Class<?> sample, Map<String, String> settings) {
        return EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(OnlyInTestKit.KEY, "true")
                .configurationParameters(settings)
                .selectors(selectClass(sample))
                .execute();
    }

    private static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = results.testEvents().failed().stream().map(PropertyExtensionTest::throwable).toList();
        assertThat(failures).hasSize(1);
        return failures.get(0);
    }

    private static Throwable throwable(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }
}
