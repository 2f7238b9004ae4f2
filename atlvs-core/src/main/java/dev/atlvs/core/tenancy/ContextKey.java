package dev.atlvs.core.tenancy;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The secret that transaction contexts are proved with: an id and 32 to 64 random bytes, shared by the
 * host and the database ({@code atlvs.context_keys}, readable by the schema owner only). Opening a
 * tenant or platform transaction proves knowledge of it, so SQL running as the run-time role, which
 * cannot read it, cannot make itself a tenant or an actor.
 *
 * <p>A host that keeps the key in its own secret store configures it and installs it with the
 * migrations:
 *
 * <pre>{@code
 * ContextKey key = ContextKey.of("2026-01", secretStore.bytes("atlvs-context-key"));
 * Atlvs atlvs = Atlvs.builder(appDataSource).migrateAs(ownerDataSource, "atlvs_app").contextKey(key).build();
 * atlvs.migrate(); // installs the key
 * }</pre>
 *
 * <p>Ids are never reused: to rotate, generate a key under a new id, install it, move every instance to
 * it, then retire the old id ({@code select atlvs.retire_context_key('2026-01')} as the owner).
 * {@link #toString()} never shows the secret.
 */
public final class ContextKey {

    /** The shortest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    /** The longest secret accepted, in bytes (one HMAC-SHA256 block). */
    public static final int MAX_SECRET_BYTES = 64;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final byte[] secret;

    private ContextKey(String id, byte[] secret) {
        this.id = id;
        this.secret = secret;
    }

    /**
     * The key {@code id} with {@code secret} (copied).
     *
     * @param id lower-case letters, digits, {@code _} and {@code -}, 1 to 63 characters, starting with a letter or digit
     * @param secret 32 to 64 bytes from a strong random source
     * @return the key
     * @throws IllegalArgumentException when the id or the secret's length is not accepted
     */
    public static ContextKey of(String id, byte[] secret) {
        requireNonNull(id, "id is null");
        requireNonNull(secret, "secret is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a context key id is 1 to 63 lower-case letters, digits, '_' or '-'");
        }
        if (secret.length < MIN_SECRET_BYTES || secret.length > MAX_SECRET_BYTES) {
            throw new IllegalArgumentException("a context key secret has " + MIN_SECRET_BYTES + " to " + MAX_SECRET_BYTES + " bytes");
        }
        return new ContextKey(id, secret.clone());
    }

    /**
     * A new key with id {@code id} and 32 bytes from {@link SecureRandom}.
     *
     * @param id the new key's id (see {@link #of})
     * @return the key
     */
    public static ContextKey generate(String id) {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return of(id, secret);
    }

    /**
     * A new key with a random id ({@code k} and 12 hexadecimal digits) and 32 bytes from {@link SecureRandom}.
     *
     * @return the key
     */
    public static ContextKey generate() {
        return generate(String.format("k%012x", RANDOM.nextLong() & 0xffff_ffff_ffffL));
    }

    /**
     * The key's id, stored with every context made with it.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * A copy of the secret, for the host to store. Never log it.
     *
     * @return the secret's bytes
     */
    public byte[] secret() {
        return secret.clone();
    }

    /** Equal when id and secret are equal (the secrets are compared in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContextKey key && key.id.equals(id) && MessageDigest.isEqual(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id only: {@code ContextKey[id=default]}. */
    @Override
    public String toString() {
        return "ContextKey[id=" + id + ']';
    }
}
