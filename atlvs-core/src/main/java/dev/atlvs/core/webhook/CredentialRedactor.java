package dev.atlvs.core.webhook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what looks like a credential out of a text an endpoint sent back, before the text is stored (the
 * response excerpt of the attempt log): bearer and basic credentials, the values of parameters and fields
 * named like a key, token, secret or password, JWT-shaped strings, well-known key formats, and long hex or
 * base64 runs. Each is replaced by {@value #MARK}; the name of a parameter or field is kept so the excerpt
 * stays readable. Errs on the side of redacting: an excerpt is for diagnosis, not for data.
 */
final class CredentialRedactor {
    /** What a redacted value is replaced by. */
    static final String MARK = "[redacted]";

    /** Names of parameters and fields whose values are secret: api_key, x-api-key, access_token, client_secret, password... */
    private static final String SECRET_NAME = "(?:[A-Za-z0-9_.-]*(?:api[_-]?key|apikey|[_-]key|token|secret|passw(?:or)?d|pwd|"
            + "credentials?|signature|session[_-]?id|auth(?:orization)?))";

    private static final List<Pattern> WHOLE = List.of(
            // JWT (and JWS/JWE) shape: base64url header starting {"..., payload, signature.
            Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}(?:\\.[A-Za-z0-9_-]*)?"),
            // Well-known key formats: this SDK's API keys, AWS access key ids, GitHub, Slack, Stripe, Google API keys.
            Pattern.compile("atlvs_[a-z2-7]{16}_[A-Za-z0-9_-]+"),
            Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{30,}"),
            // Long hex runs (hashes, hex-encoded keys).
            Pattern.compile("(?<![A-Za-z0-9])[0-9A-Fa-f]{32,}(?![A-Za-z0-9])"));

    /** A bearer credential: {@code Bearer <token>}. */
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)(\\s+)([A-Za-z0-9._~+/=-]{6,})");

    /** A basic credential: {@code Basic <base64>}, told from the English word by the shape of what follows. */
    private static final Pattern BASIC = Pattern.compile("(?i)\\b(basic)(\\s+)([A-Za-z0-9+/]*[0-9+/=][A-Za-z0-9+/]*={0,2})(?![A-Za-z0-9+/=])");

    /** A secret-named parameter or field and its value, quoted or not: {@code token=...}, {@code "password": "..."}. */
    private static final Pattern NAMED = Pattern.compile("(?i)(" + SECRET_NAME + "[\"']?\\s*[:=]\\s*)"
            + "(?!(?:bearer|basic)\\s)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s&,;\"'<>}\\]]+)");

    /** Long base64 or base64url runs, redacted when they mix upper case, lower case and digits as encoded random bytes do. */
    private static final List<Pattern> BASE64 = List.of(
            Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{32,}={0,2}(?![A-Za-z0-9+/=])"),
            Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])"));

    private CredentialRedactor() {}

    /** {@code text} with everything that looks like a credential replaced by {@value #MARK}. */
    static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern scheme : List.of(BEARER, BASIC)) {
            result = scheme.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2) + MARK));
        }
        result = replaceNamed(result);
        for (Pattern pattern : WHOLE) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        }
        for (Pattern encoded : BASE64) {
            result = encoded.matcher(result).replaceAll(match -> Matcher.quoteReplacement(looksRandom(match.group()) ? MARK : match.group()));
        }
        return result;
    }

    private static String replaceNamed(String text) {
        return NAMED.matcher(text).replaceAll(match -> {
            String value = match.group(2);
            String replaced = value.startsWith("\"") ? "\"" + MARK + "\"" : value.startsWith("'") ? "'" + MARK + "'" : MARK;
            return Matcher.quoteReplacement(match.group(1) + replaced);
        });
    }

    /**
     * Whether a long run mixes upper case, lower case and digits, as encoded random bytes do; a word, a lower-case
     * path or a UUID does not.
     */
    private static boolean looksRandom(String run) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }
}
