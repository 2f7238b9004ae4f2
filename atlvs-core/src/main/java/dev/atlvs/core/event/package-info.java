/**
 * Domain events: an append-only store with a gap-free sequence per aggregate, a closed registry of
 * published event types, and an outbox relay that delivers each event at least once to in-process
 * listeners and webhooks.
 *
 * <pre>{@code
 * atlvs.useTenant(org, maya, tx -> {
 *     Invoice issued = ...;
 *     new DomainEvents(tx).append("invoice", issued.id(), "invoice.issued", Map.of("number", issued.number()));
 * });
 * try (EventRelay relay = EventRelay.builder(atlvs).listener(event -> log(event.id())).build()) {
 *     relay.runOnce();
 * }
 * }</pre>
 *
 * <p>A module declares the event types it publishes in
 * {@link dev.atlvs.core.module.AtlvsModule#eventTypes()} and registers them in its migrations with
 * {@code atlvs.register_event_type}; a guardrail test keeps the two equal.
 */
package dev.atlvs.core.event;
