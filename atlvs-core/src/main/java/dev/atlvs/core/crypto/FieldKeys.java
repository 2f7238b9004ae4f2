package dev.atlvs.core.crypto;

import static java.util.Objects.requireNonNull;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The host's keys for the encrypted columns ({@code @Db.Encrypted}): a Tink deterministic AEAD keyset
 * (AES-256-SIV) that encrypts each value bound to its table, column, organization and row, and a Tink PRF keyset
 * that computes the blind index of a value for equality look-ups. Encryption is authenticated and, for one row's
 * column, deterministic: rewriting an unchanged value stores the same ciphertext (the audit trail records no
 * false change), while equal values in other rows, columns or organizations encrypt differently. The database holds only ciphertext; each ciphertext carries
 * the id of the key that made it (Tink's output prefix), so a keyset may hold old keys that still decrypt
 * while a new primary key encrypts, and {@link dev.atlvs.core.Platform#reencrypt} moves the rows to it.
 *
 * <pre>{@code
 * KeysetHandle daead = ...;  // from the host's key management (Tink KMS integrations, an encrypted keyset file)
 * KeysetHandle prf = ...;
 * Atlvs atlvs = Atlvs.builder(dataSource).fieldKeys(FieldKeys.of(daead, prf)).build();
 * }</pre>
 *
 * <p>Keys never appear in {@link #toString()}, messages or logs.
 */
public final class FieldKeys {

    /** The first byte of a Tink ciphertext or index carrying the id of its key. */
    private static final byte TINK_PREFIX = 1;
    private static final int INDEX_TAG_BYTES = 16;

    static {
        try {
            DeterministicAeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException failure) {
            throw new ExceptionInInitializerError(failure);
        }
    }

    private final KeysetHandle aeadKeyset;
    private final DeterministicAead aead;
    private final int primaryPrfId;
    private final Map<Integer, Prf> prfs;

    private FieldKeys(KeysetHandle aeadKeyset, KeysetHandle prfKeyset) throws GeneralSecurityException {
        this.aeadKeyset = aeadKeyset;
        this.aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class);
        PrfSet prfSet = prfKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        this.primaryPrfId = prfSet.getPrimaryId();
        this.prfs = Map.copyOf(prfSet.getPrfs());
    }

    /**
     * Keys from the host's keysets: {@code aeadKeyset} of a deterministic AEAD key type ({@code AES256_SIV}),
     * {@code prfKeyset} of a PRF key type (for example {@code HMAC_SHA256_PRF}). To rotate, add a new primary key
     * to a keyset (keeping the old ones), restart with it, and run {@link dev.atlvs.core.Platform#reencrypt}.
     *
     * @throws IllegalArgumentException when a keyset is not of the kind it must be
     */
    public static FieldKeys of(KeysetHandle aeadKeyset, KeysetHandle prfKeyset) {
        requireNonNull(aeadKeyset, "aeadKeyset is null");
        requireNonNull(prfKeyset, "prfKeyset is null");
        try {
            return new FieldKeys(aeadKeyset, prfKeyset);
        } catch (GeneralSecurityException failure) {
            throw new IllegalArgumentException("the keysets must be a deterministic AEAD keyset and a PRF keyset", failure);
        }
    }

    /** Fresh random keys (AES-256-SIV and HMAC-SHA256 PRF), for tests and demonstrations: kept nowhere else. */
    public static FieldKeys generate() {
        try {
            return new FieldKeys(KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV),
                    KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("AES-256-SIV and HMAC-SHA256 are available on every Java runtime", failure);
        }
    }

    /** The id of the AEAD key that encrypts new values. */
    public int primaryKeyId() {
        return aeadKeyset.getPrimary().getId();
    }

    /** The id of the PRF key that makes new blind indexes. */
    public int primaryIndexKeyId() {
        return primaryPrfId;
    }

    /** {@code plaintext} encrypted with the primary key, bound to {@code associatedData}. */
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encryptDeterministically(plaintext, associatedData);
        } catch (GeneralSecurityException failure) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING, "a value could not be encrypted", failure);
        }
    }

    /**
     * The plaintext of {@code ciphertext}, which must have been made by a key of this keyset for the same
     * {@code associatedData}.
     *
     * @throws AtlvsException ({@link CoreErrorCode#ENCRYPTION_KEY_MISSING}) when no key of the keyset decrypts it:
     *         its key was removed, or the ciphertext was changed or moved to another row or column
     */
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decryptDeterministically(ciphertext, associatedData);
        } catch (GeneralSecurityException failure) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING, "an encrypted value does not decrypt with the "
                    + "configured keys (key " + keyIdOf(ciphertext) + "): its key is missing, or the value was changed or moved",
                    failure);
        }
    }

    /** The blind index of {@code data} under the primary PRF key: the key id then a 128-bit tag. */
    public byte[] blindIndex(byte[] data) {
        return index(primaryPrfId, data);
    }

    /** The blind indexes of {@code data} under every PRF key, primary first: what a look-up matches during a rotation. */
    public List<byte[]> blindIndexes(byte[] data) {
        List<byte[]> indexes = new ArrayList<>();
        indexes.add(index(primaryPrfId, data));
        prfs.keySet().stream().filter(id -> id != primaryPrfId).sorted().forEach(id -> indexes.add(index(id, data)));
        return indexes;
    }

    private byte[] index(int keyId, byte[] data) {
        try {
            byte[] tag = prfs.get(keyId).compute(data, INDEX_TAG_BYTES);
            return ByteBuffer.allocate(5 + INDEX_TAG_BYTES).put(TINK_PREFIX).putInt(keyId).put(tag).array();
        } catch (GeneralSecurityException failure) {
            throw new AtlvsException(CoreErrorCode.ENCRYPTION_KEY_MISSING, "a blind index could not be computed", failure);
        }
    }

    /**
     * The id of the key that made {@code ciphertext} (or blind index), from its prefix; 0 when it carries none.
     */
    public static int keyIdOf(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < 5 || ciphertext[0] != TINK_PREFIX) {
            return 0;
        }
        return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
    }

    @Override
    public String toString() {
        return "FieldKeys[primaryKeyId=" + Integer.toUnsignedString(primaryKeyId()) + ", keys=" + aeadKeyset.size()
                + ", primaryIndexKeyId=" + Integer.toUnsignedString(primaryPrfId) + ", indexKeys=" + prfs.size() + "]";
    }
}
