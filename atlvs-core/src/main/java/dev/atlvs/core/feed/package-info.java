/**
 * The real-time change feed: committed changes of registered tables, per organization and actor, woken by
 * PostgreSQL notifications and read from the audit trail below a transaction watermark, so that a
 * subscriber misses nothing across reconnects and late commits, and sees only the tables its actor (a member
 * or an API key) may read.
 *
 * <pre>{@code
 * try (ChangeFeed feed = ChangeFeed.start(atlvs, Duration.ofMillis(500))) {
 *     feed.subscribe(org, userId, Set.of("project_tasks"), changes -> changes.forEach(c -> refresh(c.recordId())));
 * }
 * }</pre>
 */
package dev.atlvs.core.feed;
