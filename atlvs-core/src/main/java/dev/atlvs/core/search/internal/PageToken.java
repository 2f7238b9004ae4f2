package dev.atlvs.core.search.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The position after the last hit of a page (its score, entity type and id: the keyset of the search order) and a
 * fingerprint of the query it belongs to, as an opaque URL-safe text. Public only for the search API.
 *
 * @param score the hit's score, in millionths
 * @param entityType the hit's entity type
 * @param id the hit's id
 * @param fingerprint the fingerprint of the query ({@link #fingerprint})
 */
public record PageToken(long score, String entityType, UUID id, String fingerprint) {

    private static final String VERSION = "s1";

    /** The token as text. */
    public String encode() {
        String plain = VERSION + '|' + score + '|' + entityType + '|' + id + '|' + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token {@code text} encodes, or empty when it is not one. */
    public static Optional<PageToken> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !parts[2].matches("[a-z][a-z_]{0,62}")) {
                return Optional.empty();
            }
            return Optional.of(new PageToken(Long.parseLong(parts[1]), parts[2], UUID.fromString(parts[3]), parts[4]));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    /** The fingerprint of a query: its text and its entity types (the page size may change from page to page). */
    public static String fingerprint(String text, Iterable<String> types) {
        StringBuilder input = new StringBuilder(text.strip()).append('\0');
        types.forEach(type -> input.append(type).append(','));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing", impossible);
        }
    }
}
