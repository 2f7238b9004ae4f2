package dev.atlvs.core.comment;

import dev.atlvs.core.error.DatabaseErrors;
import static dev.atlvs.core.comment.Discussion.as;
import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Mentions;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Mentions notify exactly the mentioned members: not the author, not users outside the organization,
 * and on an edit only those newly mentioned. Non-members are dropped from the stored mentions.
 */
@AtlvsTest
class CommentMentionTest {

    @Test
    void mentionsNotifyExactlyTheMentionedMembers(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Mentioning Crew");
        User rigger = acme.addMember(MemberRole.CONTRIBUTOR);
        User lighting = acme.addMember(MemberRole.VIEWER);
        User bystander = acme.addMember(MemberRole.CONTRIBUTOR);
        User outsider = fixtures.organization("Other Crew").addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = venue(acme, "Main Stage");
        String body = "Truss height check: " + Mentions.format(rigger.id(), rigger.displayName())
                + ", " + Mentions.format(lighting.id(), lighting.displayName())
                + ", " + Mentions.format(outsider.id(), "Outsider")
                + " and me, " + Mentions.format(acme.owner().id(), "Owner") + ".";

        // when
        Comment comment = asOwner(acme, comments -> comments.post(stage, body));

        // then
        assertThat(comment.mentions()).containsExactly(rigger.id(), lighting.id(), acme.owner().id());
        assertThat(mentionsOf(acme, rigger)).singleElement().satisfies(notification -> {
            assertThat(notification.type()).isEqualTo(CommentService.MENTION);
            assertThat(notification.entityType()).contains("location");
            assertThat(notification.entityId()).contains(stage.id());
        });
        assertThat(mentionsOf(acme, lighting)).hasSize(1);
        assertThat(mentionsOf(acme, bystander)).isEmpty();
        assertThat(mentionsOf(acme, acme.owner())).isEmpty();
        assertThat(countNotificationsOf(database, outsider)).isZero();
    }

    @Test
    void anEditNotifiesOnlyTheMembersItNewlyMentions(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Editing Mentioners");
        User first = acme.addMember(MemberRole.CONTRIBUTOR);
        User second = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef hangar = venue(acme, "Hangar");
        Comment comment = asOwner(acme, comments -> comments.post(hangar,
                "Ask " + Mentions.format(first.id(), "First") + " about the forklift."));
        acme.as(first, tx -> new NotificationService(tx).markAllRead());

        // when
        Comment edited = asOwner(acme, comments -> comments.edit(comment.id(), comment.version(),
                "Ask " + Mentions.format(first.id(), "First") + " and " + Mentions.format(second.id(), "Second") + " about the forklift."));

        // then
        assertThat(edited.mentions()).containsExactly(first.id(), second.id());
        List<Notification> unreadOfFirst = acme.as(first, tx -> new NotificationService(tx).unread());
        assertThat(unreadOfFirst).isEmpty();
        assertThat(mentionsOf(acme, second)).hasSize(1);
    }

    @Test
    void theDatabaseRefusesAMentionOfANonMember(Fixtures fixtures, TestDatabase database) throws Exception {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Mentioners");
        User outsider = fixtures.organization("Raw Outsiders").addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = venue(acme, "Raw Stage");

        // when
        PSQLException refused = null;
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).system(connection, acme.id(), null);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into atlvs.comments (organization_id, entity_type, entity_id, body, mentions) values (?, 'location', ?, 'hi', ?)")) {
                insert.setObject(1, acme.id());
                insert.setObject(2, stage.id());
                insert.setArray(3, connection.createArrayOf("text", new String[] {outsider.id().toString()}));
                insert.executeUpdate();
            } catch (PSQLException e) {
                refused = e;
            } finally {
                connection.rollback();
            }
        }

        // then
        assertThat((Throwable) refused).as("the refusal").isNotNull();
        assertThat(DatabaseErrors.constraint(refused).orElse(null)).isEqualTo("comments_mentions_member");
    }

    private static List<Notification> mentionsOf(OrganizationFixture organization, User user) {
        return organization.as(user, tx -> new NotificationService(tx).unread()).stream()
                .filter(notification -> notification.type().equals(CommentService.MENTION))
                .toList();
    }

    private static long countNotificationsOf(TestDatabase database, User user) throws Exception {
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from atlvs.notifications where user_id = ?")) {
            count.setObject(1, user.id());
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
