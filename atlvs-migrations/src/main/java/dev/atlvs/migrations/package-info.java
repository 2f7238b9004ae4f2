/**
 * The ATLVS schema migrations and their migrator.
 *
 * <pre>{@code
 * int applied = AtlvsMigrations.on(ownerDataSource).runtimeRole("atlvs_app").migrate();
 * }</pre>
 */
package dev.atlvs.migrations;
