package dev.atlvs.core.comment;

import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.post;
import static dev.atlvs.core.comment.Discussion.reply;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** Comments live as long as their record: deleting the record removes its comments, replies and reactions, and only those. */
@AtlvsTest
class CommentLifetimeTest {

    @Test
    void deletingARecordRemovesItsCommentsRepliesAndReactions(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Short Lived Venues");
        EntityRef doomed = venue(acme, "Pop-up Tent");
        EntityRef survivor = venue(acme, "Permanent Hall");
        Comment question = post(acme, doomed, "Tent pegs or ballast?");
        reply(acme, question.id(), "Ballast, the ground is concrete.");
        asOwner(acme, comments -> comments.react(question.id(), "👍"));
        Comment kept = post(acme, survivor, "This one stays.");
        long comments = Rows.count(database, "comments");
        long reactions = Rows.count(database, "comment_reactions");

        // when
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.delete(locations.get(doomed.id()));
            return null;
        });

        // then
        assertThat(Rows.count(database, "comments")).isEqualTo(comments - 2);
        assertThat(Rows.count(database, "comment_reactions")).isEqualTo(reactions - 1);
        assertThat(asOwner(acme, (CommentService service) -> service.thread(doomed))).isEmpty();
        assertThat(asOwner(acme, (CommentService service) -> service.get(kept.id()))).isEqualTo(kept);
    }
}
