/**
 * Tenancy: the key that makes a transaction's tenant and actor unforgeable by SQL. A transaction acts as
 * a tenant, an actor or the platform only once the database accepted a proof made with the
 * {@link dev.atlvs.core.tenancy.ContextKey}; every statement then checks that the context was not
 * written by hand. Without a configured key, the SDK reads the database's own key through the schema
 * owner's pool. {@link dev.atlvs.core.tenancy.ContextProofs} opens the same contexts on plain JDBC
 * connections, for host code outside the SDK's transactions.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(appDataSource).migrateAs(ownerDataSource, "atlvs_app")
 *         .contextKey(ContextKey.of("2026-01", secretFromStore)).build();
 * atlvs.migrate(); // installs the key
 * }</pre>
 */
package dev.atlvs.core.tenancy;
