package dev.atlvs.examples.httphost;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.apikey.ApiKeyPrincipal;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Authenticates each API request by its {@code Authorization: Bearer <key>} header through
 * {@link Atlvs#apiKeys()}, and keeps the key's principal on the request: every handler then opens its
 * transaction with {@link Atlvs#inTenant(ApiKeyPrincipal, dev.atlvs.core.TenantWork)}, so the key's organization,
 * member and scopes bound what it does.
 */
final class ApiKeyAuthentication {
    private static final String PRINCIPAL = "atlvs.principal";
    private static final String BEARER = "Bearer ";

    private final Atlvs atlvs;

    ApiKeyAuthentication(Atlvs atlvs) {
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
    }

    /**
     * Authenticates the request's key and keeps its principal.
     *
     * @throws Unauthenticated when the header is missing or the key is malformed, unknown, revoked or expired
     */
    void authenticate(Context ctx) {
        String key = bearer(ctx).orElseThrow(() -> new Unauthenticated(new AccessDeniedException(CoreErrorCode.INVALID_API_KEY, null,
                "the request carries no API key; send it as Authorization: Bearer <key>")));
        try {
            ctx.attribute(PRINCIPAL, atlvs.apiKeys().authenticate(key));
        } catch (AtlvsException refused) {
            throw new Unauthenticated(refused);
        }
    }

    /** The credential of the request's {@code Authorization: Bearer <credential>} header, if it has one. */
    static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim()).filter(credential -> !credential.isEmpty());
    }

    /** The principal of an authenticated request. */
    static ApiKeyPrincipal principal(Context ctx) {
        ApiKeyPrincipal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("the request was not authenticated");
        }
        return principal;
    }

    /** A request that could not be authenticated; answered 401 with the SDK's reason. */
    static final class Unauthenticated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unauthenticated(AtlvsException reason) {
            super(reason.getMessage(), reason, false, false);
        }

        AtlvsException reason() {
            return (AtlvsException) getCause();
        }
    }
}
