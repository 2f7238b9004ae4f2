package dev.atlvs.core.comment;

import static dev.atlvs.core.comment.Discussion.asOwner;
import static dev.atlvs.core.comment.Discussion.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.Comment;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/**
 * A comment is on a record that exists in the organization, of a registered entity type; anything else
 * is refused naming the field, and nothing is written.
 */
@AtlvsTest
class CommentTargetTest {

    @Test
    void aCommentOnARecordThatDoesNotExistIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Phantom Venues");
        EntityRef nowhere = EntityTypes.require("location").ref(Ids.newId());
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(nowhere, "Is this venue confirmed?")))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aCommentOnAnotherOrganizationsRecordIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Curious Crew");
        OrganizationFixture globex = fixtures.organization("Private Venues");
        EntityRef theirStage = venue(globex, "Their Main Stage");
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(theirStage, "Nice stage you have there.")))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aCommentOnAnUnknownEntityTypeIsRefusedNamingEntityType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Unknown Types");
        EntityRef spaceship = new EntityRef("spaceship", Ids.newId());
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(spaceship, "Where does this land?")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("entityType"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aCommentOnADeletedRecordIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Closed Venues");
        EntityRef hall = venue(acme, "Demolished Hall");
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            return locations.softDelete(locations.get(hall.id()));
        });
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(hall, "Still there?")))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.field()).isEqualTo("entityId"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aBlankBodyIsRefusedNamingBody(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Silent Types");
        EntityRef stage = venue(acme, "Quiet Stage");
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(stage, " \n\t ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("body"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aBodyOverTenThousandCharactersIsRefusedNamingBody(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Verbose Types");
        EntityRef stage = venue(acme, "Long Stage");
        long before = Rows.count(database, "comments");

        // when / then
        assertThatThrownBy(() -> asOwner(acme, comments -> comments.post(stage, "a".repeat(10_001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("body"))
                        .extracting(FieldViolation::rule).containsExactly("comments_body_check"));
        assertThat(Rows.count(database, "comments")).isEqualTo(before);
    }

    @Test
    void aCommentIsStoredOnItsRecordWithTheAuthor(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Chatty Crew");
        EntityRef stage = venue(acme, "Main Stage");

        // when
        Comment posted = asOwner(acme, comments -> comments.post(stage, "Load-in starts at **06:00**."));

        // then
        assertThat(posted.entity()).isEqualTo(stage);
        assertThat(posted.createdBy()).contains(acme.owner().id());
        assertThat(posted.parentId()).isEmpty();
        assertThat(posted.isResolved()).isFalse();
        assertThat(posted.editedAt()).isEmpty();
        assertThat(asOwner(acme, (CommentService comments) -> comments.get(posted.id()))).isEqualTo(posted);
    }
}
