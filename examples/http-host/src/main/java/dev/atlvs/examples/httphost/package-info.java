/**
 * An HTTP host of the SDK: a small REST service with API-key authentication, webhooks and the change feed
 * as server-sent events, to copy into a real service.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource).fieldKeys(keys).build();
 * try (HttpHost host = HttpHost.builder(atlvs).port(8080).adminToken(token).start()) {
 *     // POST /admin/organizations answers an organization's first API key; then, with that key:
 *     // POST /projects, GET /projects, POST /projects/{id}/tasks, PATCH /tasks/{id}, POST /invoices,
 *     // POST /invoices/{id}/issue, POST /webhooks, GET /changes (text/event-stream)
 * }
 * }</pre>
 *
 * <p>{@link dev.atlvs.examples.httphost.HttpHostMain} runs it on an embedded PostgreSQL server, or on the
 * database of a JDBC URL.
 */
package dev.atlvs.examples.httphost;
