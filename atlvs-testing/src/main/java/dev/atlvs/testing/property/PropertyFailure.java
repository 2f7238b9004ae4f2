package dev.atlvs.testing.property;

/**
 * How a {@link PropertyTest} fails: the error of its first failing try, as the cause, under a message that
 * names the try, its seed and the settings that replay it. It carries the cause's stack trace, so reports
 * point at the failing line of the test.
 */
public final class PropertyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final int tryNumber;
    private final long seed;

    PropertyFailure(String message, Throwable cause, int tryNumber, long seed) {
        super(message, cause);
        this.tryNumber = tryNumber;
        this.seed = seed;
        setStackTrace(cause.getStackTrace());
    }

    /** The number of the failing try, from 1. */
    public int tryNumber() {
        return tryNumber;
    }

    /** The failing try's seed: {@value PropertyExtension#SEED} replays it. */
    public long seed() {
        return seed;
    }
}
