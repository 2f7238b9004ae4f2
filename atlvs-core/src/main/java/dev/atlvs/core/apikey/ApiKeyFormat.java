package dev.atlvs.core.apikey;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of a key: {@code atlvs_<16 base32 characters>_<43 base64url characters>}, the last part
 * being 256 random bits. Such a secret needs no slow password hash: its SHA-256 cannot be reversed or
 * guessed, so the hash is what is stored and compared (in constant time).
 */
final class ApiKeyFormat {
    static final Pattern KEY = Pattern.compile("(atlvs_[a-z2-7]{16})_([A-Za-z0-9_-]{43})");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {}

    /** A new key. */
    static String generate() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        StringBuilder prefix = new StringBuilder("atlvs_");
        for (byte b : id) {
            prefix.append(BASE32[(b & 0xff) % 32]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The prefix of a well-formed key. */
    static String prefixOf(String key) {
        var matcher = key == null ? null : KEY.matcher(key);
        if (matcher == null || !matcher.matches()) {
            throw new ValidationException(CoreErrorCode.MALFORMED_API_KEY, "ApiKey",
                    List.of(new FieldViolation("apiKey", "Format", "must be atlvs_, 16 base32 characters, _ and 43 base64url characters")));
        }
        return matcher.group(1);
    }

    /** The SHA-256 of the key, in hex. */
    static String hash(String key) {
        return HexFormat.of().formatHex(digest(key));
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
