package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks specification (symmetric scheme): the secret is {@code whsec_}
 * followed by base64 of random bytes; the signature is {@code v1,} followed by base64 of the
 * HMAC-SHA256, keyed with the decoded secret, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
public final class WebhookSignature {
    /** The prefix of a signing secret. */
    public static final String SECRET_PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret of 256 random bits. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header of a message. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        requireNonNull(secret, "secret is null");
        requireNonNull(messageId, "messageId is null");
        requireNonNull(body, "body is null");
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + SECRET_PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", failure);
        }
    }
}
