/**
 * The migrator: applies the Flyway migrations of every installed module, in dependency order, each
 * module with a history table of its own.
 *
 * <pre>{@code
 * MigrationReport report = AtlvsMigrations.on(ownerDataSource).runtimeRole("atlvs_app").migrate();
 * report.applied();                  // how many migrations ran, over all modules
 * report.appliedByModule();          // {core=9, projects=2, finance=4} on a new database
 * }</pre>
 */
package dev.atlvs.core.migration;
