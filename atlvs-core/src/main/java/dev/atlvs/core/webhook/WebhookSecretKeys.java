package dev.atlvs.core.webhook;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host's keys that encrypt webhook signing secrets (AES-256-GCM, a random 96-bit nonce per
 * secret, the organization and endpoint as associated data so a ciphertext cannot be moved to another
 * row). One key is current and encrypts; older ones still decrypt until
 * {@link WebhookService#reencryptSecrets()} has moved every secret to the current key. The keys come
 * from the host's secret store; the database only ever holds ciphertext and the key id.
 *
 * <pre>{@code
 * WebhookSecretKeys keys = WebhookSecretKeys.of("2026-01", Map.of("2026-01", key2026, "2025-01", key2025));
 * }</pre>
 */
public final class WebhookSecretKeys {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;

    private WebhookSecretKeys(String currentKeyId, Map<String, byte[]> keys) {
        this.currentKeyId = requireNonNull(currentKeyId, "currentKeyId is null");
        Map<String, SecretKeySpec> specs = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("webhook secret keys are 256-bit AES keys");
            }
            if (id.isBlank() || id.length() > 100) {
                throw new IllegalArgumentException("a key id is 1 to 100 characters");
            }
            specs.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!specs.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key must be one of the keys");
        }
        this.keys = Map.copyOf(specs);
    }

    /** Keys by id, {@code currentKeyId} encrypting. */
    public static WebhookSecretKeys of(String currentKeyId, Map<String, byte[]> keys) {
        requireNonNull(keys, "keys is null");
        return new WebhookSecretKeys(currentKeyId, keys);
    }

    /** The id of the key that encrypts. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of every key. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** {@code secret} encrypted with the current key, bound to {@code context}: base64 of nonce and ciphertext. */
    String encrypt(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", failure);
        }
    }

    /** The secret in {@code ciphertext}, encrypted with key {@code keyId} and bound to {@code context}. */
    String decrypt(String keyId, String ciphertext, String context) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING,
                    "a webhook secret is encrypted with a key the host did not supply; add it to WebhookSecretKeys");
        }
        byte[] sealed = Base64.getDecoder().decode(ciphertext);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException failure) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING,
                    "a webhook secret does not decrypt with its key: the key or the ciphertext was changed", failure);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecretKeys[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }
}
