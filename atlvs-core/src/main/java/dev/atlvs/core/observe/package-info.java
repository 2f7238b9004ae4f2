/**
 * Observability of the SDK's work: {@link dev.atlvs.core.observe.AtlvsObserver} (given to
 * {@code Atlvs.Builder.observer}) sees every transaction and repository method call;
 * {@link dev.atlvs.core.observe.MicrometerObserver} turns them into timers and
 * {@link dev.atlvs.core.observe.OpenTelemetryObserver} into trace spans. Micrometer and OpenTelemetry are optional
 * dependencies: add the one you use.
 */
package dev.atlvs.core.observe;
