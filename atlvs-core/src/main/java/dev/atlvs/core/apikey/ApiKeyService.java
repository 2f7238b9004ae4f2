package dev.atlvs.core.apikey;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.permission.PermissionSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issuing, listing and revoking API keys inside a tenant transaction. A member issues keys for
 * themselves, with scopes they hold; the key is returned once ({@link IssuedApiKey#secret()}) and only
 * its hash is stored.
 */
public final class ApiKeyService {


    private final TenantTransaction tx;
    private final ApiKeyRepository keys;

    public ApiKeyService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.keys = tx.repository(ApiKeyRepository.class);
    }

    /**
     * Issues a key for the acting member.
     *
     * @param scopes permission patterns, each held by the acting member (and, in a transaction opened with
     *        a key, within that key's scopes)
     * @param expiresAt when the key stops working; must be in the future
     * @throws ValidationException when the name or a scope breaks a rule, or the expiry is past (field {@code expiresAt})
     * @throws AccessDeniedException ({@link CoreErrorCode#SCOPE_NOT_HELD}) when a scope goes beyond the member's permissions
     */
    public IssuedApiKey issue(String name, Set<String> scopes, Optional<Instant> expiresAt) {
        requireNonNull(scopes, "scopes is null");
        requireNonNull(expiresAt, "expiresAt is null");
        tx.require(CorePermissions.API_KEYS_CREATE);
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(tx.now())) {
            throw ValidationException.of("ApiKey", "expiresAt", "Future", "must be in the future");
        }
        String secret = ApiKeyFormat.generate();
        ApiKey key = tx.validate("ApiKey", ApiKey.builder()
                .organizationId(tx.organizationId())
                .userId(tx.actorId())
                .name(name == null ? "" : name)
                .keyPrefix(ApiKeyFormat.prefixOf(secret))
                .keyHash(ApiKeyFormat.hash(secret))
                .scopes(scopes.stream().sorted().toList())
                .expiresAt(expiresAt)
                .build());
        PermissionSet held = tx.permissions();
        for (String scope : key.scopes()) {
            if (!covers(held, scope)) {
                throw new AccessDeniedException(CoreErrorCode.SCOPE_NOT_HELD, scope,
                        "a key's scopes must be permissions its member holds; one scope goes beyond them");
            }
        }
        return new IssuedApiKey(keys.insert(key), secret);
    }

    /** The acting member's keys, newest first. */
    public List<ApiKey> mine() {
        return keys.ofUser(tx.actorId());
    }

    /**
     * Revokes key {@code id} at the current time; revoking it again changes nothing. A member revokes
     * their own keys; another member's requires {@link CorePermissions#API_KEYS_MANAGE}.
     */
    public ApiKey revoke(UUID id) {
        requireNonNull(id, "id is null");
        ApiKey key = keys.find(id).orElseThrow(() -> NotFoundException.of("ApiKey", id));
        if (!key.userId().equals(tx.actorId())) {
            tx.require(CorePermissions.API_KEYS_MANAGE);
        }
        if (key.revokedAt().isPresent()) {
            return key;
        }
        return keys.update(ImmutableApiKey.copyOf(key).withRevokedAt(tx.now()));
    }

    private static boolean covers(PermissionSet held, String scope) {
        boolean granted = held.patterns().stream().anyMatch(pattern -> PermissionSet.matches(pattern, scope));
        boolean withinKey = held.limit().map(limit -> limit.stream().anyMatch(pattern -> PermissionSet.matches(pattern, scope))).orElse(true);
        return granted && withinKey;
    }
}
