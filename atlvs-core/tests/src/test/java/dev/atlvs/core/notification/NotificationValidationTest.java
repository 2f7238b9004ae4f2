package dev.atlvs.core.notification;

import static dev.atlvs.core.notification.Inbox.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ReferenceMissingException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import org.junit.jupiter.api.Test;

/**
 * Bad notifications are refused with the broken rule named by field, and nothing is written: by Java
 * before any SQL runs, and by the database for rows written with raw SQL.
 */
@AtlvsTest
class NotificationValidationTest {

    @Test
    void aBlankTitleIsRefusedAndNothingIsWritten(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Blank Titles Inc");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, mention("   ").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("title", "NotBlank"));
                });
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void aTypeThatIsNotDottedLowerCaseWordsIsRefused(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Malformed Types Inc");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        for (String type : new String[] {"Comment Mention", "mention", "comment.", "comment..mention", "Comment.mention"}) {
            assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, NotificationRequest.builder().type(type).title("Hello").build()))
                    .as(type)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("type", "Pattern")));
        }
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void everyViolationOfARequestIsListedAtOnce(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Many Mistakes Events");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, NotificationRequest.builder()
                        .type("job.assignment")
                        .title("x".repeat(201))
                        .body("y".repeat(4001))
                        .link("/" + "z".repeat(2048))
                        .data("[1, 2]")
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                tuple("body", "Size"),
                                tuple("data", "JsonObject"),
                                tuple("link", "Size"),
                                tuple("title", "Size")));
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void anUnregisteredEntityTypeIsRefusedNamingTheEntityType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Unknown Entities Co");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, mention("About a spaceship")
                        .entity(new EntityRef("spaceship", Ids.newId()))
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("entityType"));
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void aNotificationAboutARecordOfAnotherOrganizationIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Reference Borrowers Live");
        OrganizationFixture globex = fixtures.organization("Reference Lenders Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Location foreignStage = Inbox.venue(globex, "Globex Arena");
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, mention("About someone else's arena")
                        .entity(EntityTypes.require("location").ref(foreignStage.id()))
                        .build()))
                .isInstanceOfSatisfying(ReferenceMissingException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.REFERENCE_MISSING));
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void aNotificationAboutARecordThatDoesNotExistIsAMissingReference(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Phantom Records Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> Inbox.notifyOne(acme, crew, mention("About nothing")
                        .entity(EntityTypes.require("location").ref(Ids.newId()))
                        .build()))
                .isInstanceOf(ReferenceMissingException.class);
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void anUnknownChannelWrittenThroughRawSqlIsRefusedNamingTheChannel(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Carrier Pigeons Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("""
                                insert into atlvs.notifications (organization_id, user_id, type, title, channel)
                                values (:organizationId, :userId, 'job.assignment', 'Call time moved', 'pigeon')
                                """)
                        .bind("userId", crew.id())
                        .execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("channel", "notifications_channel_check"));
                    assertThat(e.getMessage()).doesNotContain("pigeon");
                });
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void aMalformedTypeWrittenThroughRawSqlIsRefusedNamingTheType(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Raw Types Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        long before = Rows.count(database, "notifications");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle()
                        .createUpdate("""
                                insert into atlvs.notifications (organization_id, user_id, type, title)
                                values (:organizationId, :userId, 'Job Assignment', 'Call time moved')
                                """)
                        .bind("userId", crew.id())
                        .execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("type", "notifications_type_check")));
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }

    @Test
    void anEntityTypeWithoutAnEntityIdIsRefusedWhenTheValueIsBuilt() {
        assertThatThrownBy(() -> dev.atlvs.core.notification.Notification.builder()
                        .organizationId(Ids.newId()).userId(Ids.newId()).type("job.assignment").title("Half a reference")
                        .entityType("location").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("entityId"));
    }
}
