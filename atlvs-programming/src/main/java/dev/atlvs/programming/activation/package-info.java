/**
 * Brand activations and experiential installs, with their footfall, leads and samples against target.
 *
 * <pre>{@code
 * Activation booth = new ActivationService(tx).create(Activation.builder().organizationId(tx.organizationId())
 *         .projectId(festival.id()).name("Sponsor sampling booth").startDate(open).endDate(close).build());
 * }</pre>
 */
package dev.atlvs.programming.activation;
