package dev.atlvs.people.company;

import java.net.URI;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The comparable forms of a company's name and web site, for finding likely duplicates: "Nordlicht Bühnen GmbH",
 * "nordlicht buhnen" and "Nordlicht-Bühnen G.m.b.H." all normalize to {@code nordlicht buhnen}, and
 * {@code https://www.nordlicht.de/kontakt} and {@code http://nordlicht.de} to the domain {@code nordlicht.de}.
 */
public final class CompanyNames {

    /** Legal-form suffixes dropped from the end of a name (compared after punctuation is removed). */
    private static final List<String> LEGAL_SUFFIXES = List.of(
            "ltd", "limited", "plc", "llp", "llc", "inc", "incorporated", "corp", "corporation", "co", "company",
            "gmbh", "ag", "kg", "ug", "mbh", "gmbh co kg", "sa", "sarl", "sas", "sl", "srl", "spa", "bv", "nv", "oy", "ab", "as",
            "pty ltd", "pty", "pte ltd", "pvt ltd", "sp z o o");

    private CompanyNames() {}

    /**
     * The name in lower case, without accents, punctuation, repeated spaces or trailing legal forms (Ltd, Limited,
     * GmbH, Inc, LLC, S.A., SARL...).
     */
    public static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        // Dotted abbreviations ("s.a.", "g.m.b.h.") lose their dots first, so they match their plain form.
        plain = plain.replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b|\\s|$)", "");
        plain = plain.replace('&', ' ').replaceAll("[^\\p{L}\\p{N}]+", " ").trim().replaceAll("\\s+", " ");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : LEGAL_SUFFIXES) {
                if (plain.endsWith(" " + suffix)) {
                    plain = plain.substring(0, plain.length() - suffix.length() - 1).trim();
                    stripped = true;
                }
            }
        }
        return plain;
    }

    /** The host of a web site without {@code www.}, in lower case; empty when the value has no host. */
    public static Optional<String> domain(String website) {
        try {
            String host = URI.create(website.trim()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The trigram similarity of two normalized names, 0 to 1, as PostgreSQL's {@code pg_trgm} computes it: the shared
     * trigrams of the padded words over all their trigrams.
     */
    public static double similarity(String a, String b) {
        Set<String> first = trigrams(normalize(a));
        Set<String> second = trigrams(normalize(b));
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return (double) shared.size() / all.size();
    }

    private static Set<String> trigrams(String normalized) {
        Set<String> grams = new HashSet<>();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
