/**
 * Organizations, the tenants. Created with their first owner through the platform API; inside a tenant
 * transaction exactly one is visible.
 *
 * <pre>{@code
 * Organization mine = tx.repository(OrganizationRepository.class).get(tx.organizationId());
 * }</pre>
 */
package dev.atlvs.core.organization;
