package dev.atlvs.core.apikey;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.internal.SystemTransactions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates presented API keys, before any tenant is known ({@link dev.atlvs.core.Atlvs#apiKeys()}):
 *
 * <pre>{@code
 * ApiKeyPrincipal principal = atlvs.apiKeys().authenticate(request.header("Authorization").substring("Bearer ".length()));
 * atlvs.inTenant(principal, tx -> { tx.require("projects.projects.read"); ... });
 * }</pre>
 *
 * <p>The key's prefix names its organization through a narrow security-definer lookup; the key's row is
 * then read under that organization's row-level security, and the SHA-256 of the presented key is
 * compared with the stored one in constant time. An unknown prefix costs the same hash and comparison.
 * Only a key whose secret matched learns that it is revoked or expired.
 */
public final class ApiKeys {
    /** How often at most {@link ApiKey#lastUsedAt()} is written, so busy keys do not write on every request. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final byte[] DECOY = new byte[32];

    private final SystemTransactions system;

    public ApiKeys(SystemTransactions system) {
        this.system = requireNonNull(system, "system is null");
    }

    /**
     * The principal of {@code presentedKey}.
     *
     * @throws dev.atlvs.core.error.ValidationException ({@link CoreErrorCode#MALFORMED_API_KEY}, field {@code apiKey},
     *         rule {@code Format}) when it is not shaped like a key
     * @throws AccessDeniedException {@link CoreErrorCode#INVALID_API_KEY} when no such key exists,
     *         {@link CoreErrorCode#REVOKED_API_KEY} when it was revoked, {@link CoreErrorCode#EXPIRED_API_KEY} when it expired
     */
    public ApiKeyPrincipal authenticate(String presentedKey) {
        String prefix = ApiKeyFormat.prefixOf(presentedKey);
        byte[] presented = ApiKeyFormat.digest(presentedKey);
        UUID organization = system.withoutTenant(handle -> handle
                .createQuery("select atlvs.api_key_organization(:prefix)")
                .bind("prefix", prefix)
                .mapTo(UUID.class)
                .findOne()
                .orElse(null));
        if (organization == null) {
            MessageDigest.isEqual(presented, DECOY);
            throw invalid();
        }
        Instant now = system.clock().instant();
        return system.inOrganization(organization, handle -> {
            Optional<ApiKey> found = handle.createQuery("select * from atlvs.api_keys where organization_id = :organizationId and key_prefix = :prefix")
                    .bind("organizationId", organization)
                    .bind("prefix", prefix)
                    .mapTo(ApiKey.class)
                    .findOne();
            byte[] stored = found.map(key -> HexFormat.of().parseHex(key.keyHash())).orElse(DECOY);
            if (!MessageDigest.isEqual(presented, stored) || found.isEmpty()) {
                throw invalid();
            }
            ApiKey key = found.get();
            if (key.revokedAt().isPresent()) {
                throw new AccessDeniedException(CoreErrorCode.REVOKED_API_KEY, null, "the API key was revoked");
            }
            if (!key.isUsableAt(now)) {
                throw new AccessDeniedException(CoreErrorCode.EXPIRED_API_KEY, null, "the API key has expired");
            }
            if (key.lastUsedAt().map(last -> last.plus(LAST_USED_RESOLUTION).isBefore(now)).orElse(true)) {
                handle.createUpdate("update atlvs.api_keys set last_used_at = :now where organization_id = :organizationId and id = :id")
                        .bind("now", now)
                        .bind("organizationId", organization)
                        .bind("id", key.id())
                        .execute();
            }
            return new ApiKeyPrincipal(organization, key.userId(), key.id(), key.keyPrefix(), new HashSet<>(key.scopes()));
        });
    }

    private static AccessDeniedException invalid() {
        return new AccessDeniedException(CoreErrorCode.INVALID_API_KEY, null, "the API key is not valid");
    }
}
