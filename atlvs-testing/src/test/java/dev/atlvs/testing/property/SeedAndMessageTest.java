package dev.atlvs.testing.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedAndMessageTest {

    @Test
    void theFailureMessageNamesThePropertyTheTryItsSeedTheReplaySettingsAndTheOriginalError() {
        String message = PropertyExtension.failureMessage("LedgerPropertyTest#balances", 37, 1000, -4711,
                new AssertionError("expected: true but was: false"));

        assertThat(message).isEqualTo("""
                Property LedgerPropertyTest#balances failed on try 37 of 1000 with seed -4711.
                Replay it with -Dtest='LedgerPropertyTest#balances' -Datlvs.seed=-4711 -Datlvs.tries=1 \
                (without -Datlvs.tries that try runs first, then the tries that followed it).
                java.lang.AssertionError: expected: true but was: false""");
    }

    @Test
    void successiveSeedsDoNotRepeatWithinAHundredThousandTries() {
        Set<Long> seen = new HashSet<>();
        long seed = 0;
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(seed)).as("seed %d of try %d is new", seed, i + 1).isTrue();
            seed = PropertyExtension.nextSeed(seed);
        }
    }
}
