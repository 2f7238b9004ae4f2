package dev.atlvs.core.comment;

import dev.atlvs.core.error.DatabaseErrors;
import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.post;
import static dev.atlvs.core.comment.Discussion.reply;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentThread;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Threads are one level deep and stay on one record: a reply answers a top-level comment on the same
 * record, whether the write comes through the SDK or as raw SQL. The thread view lists live comments
 * oldest first.
 */
@AtlvsTest
class CommentThreadTest {

    @Test
    void aReplyIsOnTheRecordOfItsParent(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Threaded Talk");
        EntityRef stage = venue(acme, "Main Stage");
        Comment question = post(acme, stage, "Who has the keys to the dock door?");

        // when
        Comment answer = reply(acme, question.id(), "Security has them from 05:30.");

        // then
        assertThat(answer.parentId()).contains(question.id());
        assertThat(answer.entity()).isEqualTo(stage);
    }

    @Test
    void aReplyToAReplyIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Flat Threads");
        Comment question = post(acme, venue(acme, "Arena"), "Barricade delivery time?");
        Comment answer = reply(acme, question.id(), "Tuesday 08:00.");
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> reply(acme, answer.id(), "Can it be 07:00?"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentId", "comments_parent_depth")));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aReplyToADeletedCommentIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Gone Threads");
        Comment question = post(acme, venue(acme, "Club"), "Soundcheck order?");
        asOwner(acme, comments -> comments.delete(question.id()));
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> reply(acme, question.id(), "Headliner last."))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesAReplyToAReply(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Flat Threads");
        EntityRef stage = venue(acme, "Warehouse Stage");
        Comment question = post(acme, stage, "Forklift on site?");
        Comment answer = reply(acme, question.id(), "From noon.");
        long before = Rows.count(database, "comments");

        // when
        PSQLException refused = rawInsert(database, acme, stage, answer.id());

        // then
        assertThat(refused.getSQLState()).isEqualTo("23514");
        assertThat(DatabaseErrors.constraint(refused).orElse(null)).isEqualTo("comments_parent_depth");
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesAReplyOnAnotherRecordThanItsParent(Fixtures fixtures, TestDatabase database) throws SQLException {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Wandering Threads");
        EntityRef mainStage = venue(acme, "Main Stage");
        EntityRef sideStage = venue(acme, "Side Stage");
        Comment question = post(acme, mainStage, "Who mixes monitors?");
        long before = Rows.count(database, "comments");

        // when
        PSQLException refused = rawInsert(database, acme, sideStage, question.id());

        // then
        assertThat(refused.getSQLState()).isEqualTo("23514");
        assertThat(DatabaseErrors.constraint(refused).orElse(null)).isEqualTo("comments_parent_entity");
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void theThreadListsTopLevelCommentsWithTheirRepliesOldestFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Ordered Threads");
        EntityRef stage = venue(acme, "Big Top");
        EntityRef elsewhere = venue(acme, "Car Park");
        Comment first = post(acme, stage, "Rigging plan v2 is uploaded.");
        Comment second = post(acme, stage, "Catering moves to the north tent.");
        Comment firstReply = reply(acme, first.id(), "Checked, thanks.");
        Comment secondReply = reply(acme, first.id(), "Motor 7 moves 2 m stage left.");
        post(acme, elsewhere, "Not about the Big Top.");

        // when
        List<CommentThread> threads = asOwner(acme, comments -> comments.thread(stage));

        // then
        assertThat(threads).containsExactly(
                new CommentThread(first, List.of(firstReply, secondReply)),
                new CommentThread(second, List.of()));
    }

    @Test
    void deletedRepliesAreHiddenFromTheThread(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Moderated Threads");
        EntityRef stage = venue(acme, "Beach Stage");
        Comment question = post(acme, stage, "Tide times for load-out?");
        Comment kept = reply(acme, question.id(), "Low tide at 02:10.");
        Comment removed = reply(acme, question.id(), "Off-topic remark.");

        // when
        asOwner(acme, comments -> comments.delete(removed.id()));

        // then
        assertThat(asOwner(acme, (CommentService comments) -> comments.thread(stage)))
                .containsExactly(new CommentThread(question, List.of(kept)));
    }

    @Test
    void deletingATopLevelCommentHidesItsWholeThread(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Vanishing Threads");
        EntityRef stage = venue(acme, "Forest Stage");
        Comment removed = post(acme, stage, "Wrong venue, sorry.");
        reply(acme, removed.id(), "No worries.");
        Comment kept = post(acme, stage, "Generator fuel ordered.");

        // when
        asOwner(acme, comments -> comments.delete(removed.id()));

        // then
        assertThat(asOwner(acme, (CommentService comments) -> comments.thread(stage))).containsExactly(new CommentThread(kept, List.of()));
    }

    /** Inserts a reply as raw SQL through the run-time role, in the organization's tenant; returns the refusal. */
    private static PSQLException rawInsert(TestDatabase database, OrganizationFixture organization, EntityRef target, UUID parentId)
            throws SQLException {
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                SqlContext.of(database).tenant(connection, organization.id(), organization.owner().id());
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into atlvs.comments (organization_id, entity_type, entity_id, parent_id, body) values (?, ?, ?, ?, ?)")) {
                    insert.setObject(1, organization.id());
                    insert.setString(2, target.type());
                    insert.setObject(3, target.id());
                    insert.setObject(4, parentId);
                    insert.setString(5, "Written around the SDK.");
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (PSQLException refused) {
                connection.rollback();
                return refused;
            }
        }
        throw new AssertionError("the database accepted the reply");
    }
}
