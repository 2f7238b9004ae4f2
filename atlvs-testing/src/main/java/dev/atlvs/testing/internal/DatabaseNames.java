package dev.atlvs.testing.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Names of the databases the fixtures create: a fixed prefix, a readable part and a random suffix,
 * so that several JVMs can share one server without clashes and a person can still tell which test
 * a database belongs to.
 */
public final class DatabaseNames {

    /** The prefix of every clone. */
    public static final String CLONE_PREFIX = "atlvs_";

    /** The prefix of every template. */
    public static final String TEMPLATE_PREFIX = "atlvs_tpl_";

    /** The longest readable part; with the prefix and suffix the name stays within PostgreSQL's 63 bytes. */
    static final int MAX_LABEL_LENGTH = 40;

    private static final int SUFFIX_LENGTH = 8;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseNames() {}

    /** A new template name, for example {@code atlvs_tpl_k3x9q0zt}. */
    public static String template() {
        return TEMPLATE_PREFIX + suffix();
    }

    /** A new clone name for {@code label}, for example {@code atlvs_invoice_service_test_k3x9q0zt}. */
    public static String clone(String label) {
        return CLONE_PREFIX + sanitize(label) + '_' + suffix();
    }

    /**
     * {@code label} reduced to lower-case letters, digits and single underscores, with camel case
     * split into words: {@code InvoiceServiceTest} becomes {@code invoice_service_test}. Returns
     * {@code db} when nothing usable is left.
     */
    public static String sanitize(String label) {
        var words = label == null ? "" : label.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        var cleaned = words.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (cleaned.length() > MAX_LABEL_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LABEL_LENGTH).replaceAll("_+$", "");
        }
        return cleaned.isEmpty() ? "db" : cleaned;
    }

    private static String suffix() {
        var chars = new char[SUFFIX_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
