package dev.atlvs.core.comment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mention syntax of comment bodies: a markdown link whose target is {@code user:} and a user id,
 * preceded by {@code @}:
 *
 * <pre>
 * Can you confirm the rigging points, @[Dana Reyes](user:0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b)?
 * </pre>
 *
 * <p>Precisely:
 * <ul>
 *   <li>{@code @[}, a display name of 1 to 200 characters without {@code ]} or a line break, {@code ](user:},
 *       a UUID in its canonical 8-4-4-4-12 hexadecimal form (either case), {@code )};</li>
 *   <li>the display name is for readers only: the id decides who is mentioned;</li>
 *   <li>a mention preceded by a backslash ({@code \@[...](user:...)}), inside an inline code span
 *       ({@code `...`}) or inside a fenced code block ({@code ```} or {@code ~~~}) is not a mention;</li>
 *   <li>a user mentioned several times counts once, in the order of first mention.</li>
 * </ul>
 * Anything else, such as a bare {@code @name} or {@code @<uuid>}, is plain text.
 */
public final class Mentions {

    private static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern MENTION = Pattern.compile("(?<!\\\\)@\\[([^\\]\\r\\n]{1,200})\\]\\(user:(" + UUID_TEXT + ")\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private Mentions() {}

    /** The users {@code body} mentions, in order of first mention, without repeats. */
    public static List<UUID> parse(String body) {
        requireNonNull(body, "body is null");
        Set<UUID> users = new LinkedHashSet<>();
        String fence = null;
        for (String line : body.split("\\r?\\n|\\r", -1)) {
            Matcher fenceMatcher = FENCE.matcher(line);
            if (fenceMatcher.find()) {
                String marker = fenceMatcher.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (fence.equals(marker)) {
                    fence = null;
                }
                continue;
            }
            if (fence != null) {
                continue;
            }
            Matcher mention = MENTION.matcher(blankCodeSpans(line));
            while (mention.find()) {
                users.add(UUID.fromString(mention.group(2).toLowerCase(Locale.ROOT)));
            }
        }
        return new ArrayList<>(users);
    }

    /** The mention of {@code userId} shown as {@code displayName} (brackets and line breaks are dropped from it). */
    public static String format(UUID userId, String displayName) {
        requireNonNull(userId, "userId is null");
        requireNonNull(displayName, "displayName is null");
        String name = displayName.replaceAll("[\\[\\]\\r\\n]", "").strip();
        if (name.isEmpty()) {
            name = "user";
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return "@[" + name + "](user:" + userId + ")";
    }

    private static String blankCodeSpans(String line) {
        Matcher span = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (span.find()) {
            span.appendReplacement(out, " ".repeat(span.group().length()));
        }
        span.appendTail(out);
        return out.toString();
    }
}
