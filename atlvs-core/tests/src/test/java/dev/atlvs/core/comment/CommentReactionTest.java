package dev.atlvs.core.comment;

import static dev.atlvs.core.comment.Discussion.as;
import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.post;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentReaction;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** Each member reacts to a comment with an emoji at most once, and takes the reaction back. */
@AtlvsTest
class CommentReactionTest {

    @Test
    void reactingTwiceWithTheSameEmojiKeepsOneReaction(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Reacting Crew");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Comment comment = post(acme, venue(acme, "Main Stage"), "Load-in done!");

        // when
        CommentReaction first = as(acme, crew, comments -> comments.react(comment.id(), "🎉"));
        CommentReaction second = as(acme, crew, comments -> comments.react(comment.id(), "🎉"));
        as(acme, crew, comments -> comments.react(comment.id(), "👍"));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(asOwner(acme, (CommentService comments) -> comments.reactions(comment.id())))
                .extracting(CommentReaction::userId, CommentReaction::emoji)
                .containsExactly(tuple(crew.id(), "🎉"), tuple(crew.id(), "👍"));
    }

    @Test
    void takingAReactionBackRemovesOnlyThatReaction(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Undecided Crew");
        Comment comment = post(acme, venue(acme, "Arena"), "Doors moved to 19:00.");
        asOwner(acme, comments -> comments.react(comment.id(), "👍"));
        asOwner(acme, comments -> comments.react(comment.id(), "😬"));

        // when
        boolean removed = asOwner(acme, comments -> comments.unreact(comment.id(), "👍"));
        boolean removedAgain = asOwner(acme, comments -> comments.unreact(comment.id(), "👍"));

        // then
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(asOwner(acme, (CommentService comments) -> comments.reactions(comment.id()))).extracting(CommentReaction::emoji).containsExactly("😬");
    }

    @Test
    void anEmojiWithWhitespaceIsRefusedNamingEmoji(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Wordy Reactors");
        Comment comment = post(acme, venue(acme, "Club"), "Set times are out.");
        long before = Rows.count(database, "comment_reactions");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.react(comment.id(), "thumbs up")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsOnly("emoji"));
        assertThat(Rows.count(database, "comment_reactions")).isEqualTo(before);
    }
}
