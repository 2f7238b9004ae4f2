package dev.atlvs.testing;

/**
 * The test PostgreSQL server or one of its databases could not be set up or torn down.
 *
 * <p>The message says what was attempted and, for the embedded server, ends with the tail of the
 * server's log.
 */
public class TestDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message only. */
    public TestDatabaseException(String message) {
        super(message);
    }

    /** An exception with a message and the failure that caused it. */
    public TestDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
