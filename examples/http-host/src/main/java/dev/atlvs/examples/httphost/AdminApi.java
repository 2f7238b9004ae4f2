package dev.atlvs.examples.httphost;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.CoreErrorCode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /admin}: the operator's door, guarded by the host's admin token (not an API key, since no organization
 * exists yet): {@code POST /admin/organizations} creates an organization and answers its first API key.
 */
final class AdminApi {
    private final Atlvs atlvs;
    private final ObjectMapper mapper;
    private final byte[] token;

    AdminApi(Atlvs atlvs, ObjectMapper mapper, String token) {
        this.atlvs = atlvs;
        this.mapper = mapper;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks the request's {@code Authorization: Bearer <admin token>} in constant time.
     *
     * @throws ApiKeyAuthentication.Unauthenticated when it is missing or wrong
     */
    void authenticate(Context ctx) {
        byte[] presented = ApiKeyAuthentication.bearer(ctx).orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, token)) {
            throw new ApiKeyAuthentication.Unauthenticated(new AccessDeniedException(CoreErrorCode.INVALID_API_KEY, null,
                    "the admin paths need the host's admin token as Authorization: Bearer <token>"));
        }
    }

    void createOrganization(Context ctx) {
        Bootstrap.NewOrganization request = JsonBodies.read(mapper, ctx, Bootstrap.NewOrganization.class, "Organization");
        Bootstrap.Created created = Bootstrap.organization(atlvs, request);
        ctx.status(201).json(created);
    }
}
