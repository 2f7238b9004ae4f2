package dev.atlvs.core;

/**
 * Work done inside one tenant transaction. It may run more than once: when the transaction collides
 * with a concurrent one it is rolled back and retried, so it must not have effects outside the database
 * that cannot be repeated.
 *
 * @param <R> the result
 */
@FunctionalInterface
public interface TenantWork<R> {
    R run(TenantTransaction tx);
}
