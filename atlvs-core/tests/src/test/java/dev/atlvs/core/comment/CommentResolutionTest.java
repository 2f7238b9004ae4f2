package dev.atlvs.core.comment;

import static dev.atlvs.core.comment.Discussion.as;
import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.post;
import static dev.atlvs.core.comment.Discussion.reply;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** A thread is open or resolved: open → resolved → open, and nothing else. */
@AtlvsTest
class CommentResolutionTest {

    @Test
    void resolvingAThreadRecordsWhoAndWhen(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Resolvers");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Comment question = post(acme, venue(acme, "Main Stage"), "Is the PA flown?");

        // when
        Comment resolved = as(acme, crew, comments -> comments.resolve(question.id()));

        // then
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.resolvedBy()).contains(crew.id());
        assertThat(resolved.resolvedAt()).isPresent();
    }

    @Test
    void resolvingAResolvedThreadIsAnIllegalTransition(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Double Resolvers");
        Comment question = post(acme, venue(acme, "Arena"), "Spot ops booked?");
        Comment resolved = asOwner(acme, comments -> comments.resolve(question.id()));

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.resolve(question.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION);
                    assertThat(e.field()).contains("isResolved");
                });
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(question.id()))).isEqualTo(resolved);
    }

    @Test
    void reopeningAResolvedThreadClearsTheResolution(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Reopeners");
        Comment question = post(acme, venue(acme, "Club"), "Guest list closed?");
        asOwner(acme, comments -> comments.resolve(question.id()));

        // when
        Comment reopened = asOwner(acme, comments -> comments.reopen(question.id()));

        // then
        assertThat(reopened.isResolved()).isFalse();
        assertThat(reopened.resolvedBy()).isEmpty();
        assertThat(reopened.resolvedAt()).isEmpty();
    }

    @Test
    void reopeningAnOpenThreadIsAnIllegalTransition(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Eager Reopeners");
        Comment question = post(acme, venue(acme, "Cellar"), "Fire exits checked?");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.reopen(question.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION));
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(question.id()))).isEqualTo(question);
    }

    @Test
    void aReplyIsNotResolvedOnItsOwn(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Thread Resolvers");
        Comment question = post(acme, venue(acme, "Terrace"), "Heaters ordered?");
        Comment answer = reply(acme, question.id(), "Six, arriving Friday.");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.resolve(answer.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_TRANSITION));
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(answer.id()))).isEqualTo(answer);
    }

    @Test
    void aViewerCannotResolveAThread(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Watching Resolvers");
        User viewer = acme.addMember(MemberRole.VIEWER);
        Comment question = post(acme, venue(acme, "Atrium"), "Lighting desk position?");

        // when / then
        assertThatThrownBy(() -> as(acme, viewer, comments -> comments.resolve(question.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(question.id()))).isEqualTo(question);
    }
}
