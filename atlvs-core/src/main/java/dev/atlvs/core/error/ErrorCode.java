package dev.atlvs.core.error;

/**
 * A stable, unique identifier of one kind of failure. Each module declares its codes in an enum that
 * implements this interface, inside its own number range (core 1000-1999, projects 2000-2999, ...).
 * Numbers are never reused or renumbered once released.
 */
public interface ErrorCode {

    /** The stable number of this code, unique across all modules. */
    int number();

    /** The category every exception carrying this code belongs to. */
    ErrorCategory category();

    /** A stable symbolic name, e.g. {@code CORE_DUPLICATE}. */
    String name();
}
