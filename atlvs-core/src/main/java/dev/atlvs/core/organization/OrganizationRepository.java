package dev.atlvs.core.organization;

import dev.atlvs.core.repository.Repository;

/**
 * The current tenant's organization record. Inside a tenant transaction exactly one organization is
 * visible: the tenant itself.
 */
public interface OrganizationRepository extends Repository<Organization> {
}
