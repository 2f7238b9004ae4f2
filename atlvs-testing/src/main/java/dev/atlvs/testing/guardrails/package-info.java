/**
 * Checks that every table keeps the schema's conventions, usable from any test suite: schema lint
 * ({@link dev.atlvs.testing.guardrails.SchemaLint}), the Java ↔ database contract
 * ({@link dev.atlvs.testing.guardrails.ContractCheck}) and tenant isolation
 * ({@link dev.atlvs.testing.guardrails.TenantIsolationCheck}, fed by
 * {@link dev.atlvs.testing.guardrails.TableSamples}).
 *
 * <pre>{@code
 * try (Connection connection = database.ownerDataSource().getConnection()) {
 *     assertThat(SchemaLint.check(connection)).isEmpty();
 *     assertThat(ContractCheck.check(connection, Location.TABLE)).isEmpty();
 * }
 * }</pre>
 */
package dev.atlvs.testing.guardrails;
