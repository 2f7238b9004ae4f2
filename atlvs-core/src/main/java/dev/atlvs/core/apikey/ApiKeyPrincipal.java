package dev.atlvs.core.apikey;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.UUID;

/**
 * Who an authenticated API key acts for: its organization, its member and its scopes. Open the
 * request's transaction with {@link dev.atlvs.core.Atlvs#inTenant(ApiKeyPrincipal, dev.atlvs.core.TenantWork)}.
 */
public record ApiKeyPrincipal(UUID organizationId, UUID userId, UUID apiKeyId, String keyPrefix, Set<String> scopes) {
    public ApiKeyPrincipal {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(apiKeyId, "apiKeyId is null");
        requireNonNull(keyPrefix, "keyPrefix is null");
        scopes = Set.copyOf(scopes);
    }
}
