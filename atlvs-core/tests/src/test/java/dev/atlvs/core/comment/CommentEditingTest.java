package dev.atlvs.core.comment;

import static dev.atlvs.core.comment.Discussion.as;
import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.post;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the author edits a comment; the author or a moderator deletes it; earlier bodies stay in the audit trail. */
@AtlvsTest
class CommentEditingTest {

    @Test
    void theAuthorEditsTheBodyAndTheEditIsStamped(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Careful Writers");
        Comment original = post(acme, venue(acme, "Main Stage"), "Doors at 18:00.");

        // when
        Comment edited = asOwner(acme, comments -> comments.edit(original.id(), original.version(), "Doors at 18:30."));

        // then
        assertThat(edited.body()).isEqualTo("Doors at 18:30.");
        assertThat(edited.editedAt()).isPresent();
        assertThat(edited.version()).isEqualTo(original.version() + 1);
    }

    @Test
    void theEarlierBodyStaysInTheAuditTrail(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Remembering Writers");
        Comment original = post(acme, venue(acme, "Dome"), "Curfew 23:00.");

        // when
        asOwner(acme, comments -> comments.edit(original.id(), original.version(), "Curfew 22:30."));

        // then
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Comment.TABLE, original.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(history.get(1).changedFields()).contains("body", "edited_at");
        assertThat(history.get(1).oldValues().orElseThrow()).contains("Curfew 23:00.");
    }

    @Test
    void onlyTheAuthorEditsAComment(Fixtures fixtures) {
        // given: an admin, who may moderate, is still not the author
        OrganizationFixture acme = fixtures.organization("Own Words");
        User admin = acme.addMember(MemberRole.ADMIN);
        Comment original = post(acme, venue(acme, "Theatre"), "Get-in via stage door.");

        // when / then
        assertThatThrownBy(() -> as(acme, admin, comments -> comments.edit(original.id(), original.version(), "Get-in via front.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(original.id()))).isEqualTo(original);
    }

    @Test
    void anEditOfAStaleVersionIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Racing Writers");
        Comment original = post(acme, venue(acme, "Hall 3"), "Power on at 07:00.");
        Comment edited = asOwner(acme, comments -> comments.edit(original.id(), original.version(), "Power on at 06:00."));

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.edit(original.id(), original.version(), "Power on at 08:00.")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(original.id()))).isEqualTo(edited);
    }

    @Test
    void theAuthorDeletesTheirComment(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Self Moderators");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef barn = venue(acme, "Barn");
        Comment own = as(acme, crew, comments -> comments.post(barn, "Typo, ignore."));

        // when
        Comment deleted = as(acme, crew, comments -> comments.delete(own.id()));

        // then
        assertThat(deleted.deletedAt()).isPresent();
    }

    @Test
    void aModeratorDeletesSomeoneElsesComment(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Strict Moderators");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User admin = acme.addMember(MemberRole.ADMIN);
        EntityRef pub = venue(acme, "Pub");
        Comment rude = as(acme, crew, comments -> comments.post(pub, "Something rude."));

        // when
        as(acme, admin, comments -> comments.delete(rude.id()));

        // then
        assertThat(asOwner(acme, (CommentService comments) -> comments.thread(rude.entity()))).isEmpty();
    }

    @Test
    void aMemberWhoIsNotAModeratorCannotDeleteSomeoneElsesComment(Fixtures fixtures) {
        // given: managers do the work but do not hold core.comments.manage
        OrganizationFixture acme = fixtures.organization("Gentle Moderators");
        User manager = acme.addMember(MemberRole.MANAGER);
        Comment ownerComment = post(acme, venue(acme, "Gallery"), "Hang the banner at 3 m.");

        // when / then
        assertThatThrownBy(() -> as(acme, manager, comments -> comments.delete(ownerComment.id())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(CorePermissions.COMMENTS_MANAGE.name()));
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(ownerComment.id()))).isEqualTo(ownerComment);
    }

    @Test
    void aViewerCannotComment(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Read Only Crew");
        User viewer = acme.addMember(MemberRole.VIEWER);
        EntityRef lobby = venue(acme, "Lobby");

        // when / then
        assertThatThrownBy(() -> as(acme, viewer, comments -> comments.post(lobby, "Can I say something?")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains(CorePermissions.COMMENTS_CREATE.name()));
    }
}
