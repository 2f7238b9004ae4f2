/**
 * The task operations of the benchmarks through Hibernate ORM, the persistence layer applications would otherwise
 * pick, on the same schema and under the same tenant context as the SDK and plain JDBC: {@link
 * dev.atlvs.benchmarks.orm.ProjectTask} maps {@code atlvs.project_tasks} (its key, soft deletion, the version check
 * and the columns the database stamps), and {@link dev.atlvs.benchmarks.orm.HibernateTasks} runs get by id, the
 * keyset page, the dashboard, insert and update, each in a transaction that opens the tenant context first:
 *
 * <pre>{@code
 * try (HibernateTasks tasks = new HibernateTasks(pool, (connection, tenant, actor) ->
 *         operations.openTenantContext(connection, tenant, actor, false))) {
 *     ProjectTask task = tasks.get(organizationId, actorId, taskId);
 *     tasks.update(organizationId, actorId, taskId, t -> t.title("Rig the stage"));
 * }
 * }</pre>
 */
package dev.atlvs.benchmarks.orm;
