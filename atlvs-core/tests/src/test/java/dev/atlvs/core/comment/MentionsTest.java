package dev.atlvs.core.comment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.comment.Mentions;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mention syntax: {@code @[name](user:<uuid>)}, outside code, not escaped, each user once. */
class MentionsTest {
    private static final UUID DANA = UUID.fromString("0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b");
    private static final UUID LEE = UUID.fromString("0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c");

    @Test
    void aMarkdownLinkToAUserIsAMention() {
        assertThat(Mentions.parse("Can you confirm, @[Dana Reyes](user:" + DANA + ")?")).containsExactly(DANA);
    }

    @Test
    void mentionsAreListedInOrderOfFirstMentionWithoutRepeats() {
        String body = "@[Lee](user:" + LEE + ") and @[Dana](user:" + DANA + "), then @[Lee again](user:" + LEE + ")";
        assertThat(Mentions.parse(body)).containsExactly(LEE, DANA);
    }

    @Test
    void upperCaseIdsAreTheSameUser() {
        assertThat(Mentions.parse("@[Dana](user:" + DANA.toString().toUpperCase() + ")")).containsExactly(DANA);
    }

    @Test
    void aBareAtSignWithAnIdIsPlainText() {
        assertThat(Mentions.parse("ping @" + DANA + " and @dana")).isEmpty();
    }

    @Test
    void anEscapedMentionIsPlainText() {
        assertThat(Mentions.parse("write \\@[Dana](user:" + DANA + ") to mention someone")).isEmpty();
    }

    @Test
    void mentionsInsideCodeAreNotMentions() {
        String body = """
                Syntax: `@[Dana](user:%s)`
                ```
                @[Dana](user:%s)
                ```
                but @[Lee](user:%s) is real
                """.formatted(DANA, DANA, LEE);
        assertThat(Mentions.parse(body)).containsExactly(LEE);
    }

    @Test
    void aDisplayNameMayNotSpanLines() {
        assertThat(Mentions.parse("@[Dana\nReyes](user:" + DANA + ")")).isEmpty();
    }

    @Test
    void formatWritesAMentionThatParsesBack() {
        String mention = Mentions.format(DANA, "Dana [FOH] Reyes");
        assertThat(mention).isEqualTo("@[Dana FOH Reyes](user:" + DANA + ")");
        assertThat(Mentions.parse(mention)).containsExactly(DANA);
    }
}
