/**
 * Checks that every table keeps the schema's conventions, usable from any test suite: schema lint
 * ({@link dev.atlvs.testing.guardrails.SchemaLint}), the Java ↔ database contract
 * ({@link dev.atlvs.testing.guardrails.ContractCheck}) and tenant isolation
 * ({@link dev.atlvs.testing.guardrails.TenantIsolationCheck}, fed by each module's
 * {@link dev.atlvs.core.module.Guardrails}), the repository queries prepared against the schema
 * ({@link dev.atlvs.testing.guardrails.QueryCheck}) and the repositories a module holds
 * ({@link dev.atlvs.testing.guardrails.RepositoryScan}); {@link dev.atlvs.testing.guardrails.ModuleGuardrailSuite}
 * runs all of them, and the audit suite, over every table and repository of one module.
 *
 * <pre>{@code
 * try (Connection connection = database.ownerDataSource().getConnection()) {
 *     assertThat(SchemaLint.check(connection)).isEmpty();
 *     assertThat(ContractCheck.check(connection, Location.TABLE)).isEmpty();
 * }
 * assertThat(QueryCheck.check(database.appDataSource(), database.contextKey(), LocationRepository.class)).isEmpty();
 * }</pre>
 */
package dev.atlvs.testing.guardrails;
