package dev.atlvs.core.repository;

import java.util.UUID;

/**
 * A record that belongs to one organization. The organization is part of its key, and row-level
 * security lets a transaction see and write only the rows of its own tenant.
 */
public interface TenantEntity extends Entity {

    /** The organization (tenant) that owns the record. */
    UUID organizationId();

    /** Builder contract of tenant entities; see {@link Entity.Builder}. */
    interface Builder<B extends Builder<B>> extends Entity.Builder<B> {
        B organizationId(UUID organizationId);
    }
}
