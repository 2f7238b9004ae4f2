package dev.atlvs.core.notification;

import static dev.atlvs.core.notification.Inbox.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationChannel;
import dev.atlvs.core.notification.NotificationPriority;
import dev.atlvs.core.notification.NotificationRepository;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.Rows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notifying members: one notification per active member, everyone else skipped silently, stored with
 * the request's content and the defaults of the value type.
 */
@AtlvsTest
class NotifyTest {

    @Test
    void notifyCreatesOneNotificationPerActiveMemberAndSkipsEveryoneElse(Atlvs atlvs, Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Skipping Strangers Live");
        User riggerA = acme.addMember(MemberRole.CONTRIBUTOR);
        User riggerB = acme.addMember(MemberRole.VIEWER);
        User suspended = acme.addMember(MemberRole.CONTRIBUTOR);
        atlvs.platform().suspendMember(acme.id(), Inbox.membershipOf(acme, suspended).id());
        User invited = fixtures.user();
        atlvs.platform().inviteMember(acme.id(), invited.id(), MemberRole.CONTRIBUTOR, acme.owner().id());
        User stranger = fixtures.user();
        User otherOrganizationsMember = fixtures.organization("Elsewhere Events").addMember(MemberRole.ADMIN);
        long before = Rows.count(database, "notifications");

        // when
        List<Notification> stored = Inbox.notify(acme, mention("Load-in moved to 06:00").build(),
                riggerB.id(), suspended.id(), invited.id(), stranger.id(), otherOrganizationsMember.id(), riggerA.id(), riggerB.id());

        // then
        assertThat(stored).extracting(Notification::userId).containsExactly(riggerB.id(), riggerA.id());
        assertThat(Rows.count(database, "notifications")).isEqualTo(before + 2);
        assertThat(Inbox.as(acme, riggerA, NotificationService::unread)).extracting(Notification::title).containsExactly("Load-in moved to 06:00");
        assertThat(Inbox.as(acme, riggerB, NotificationService::unread)).extracting(Notification::title).containsExactly("Load-in moved to 06:00");
        for (User skipped : List.of(suspended, invited, stranger, otherOrganizationsMember)) {
            long notified = acme.asOwner(tx -> tx.repository(NotificationRepository.class).countUnread(skipped.id()));
            assertThat(notified).as("notifications of a user who is not an active member").isZero();
        }
    }

    @Test
    void aNotificationIsStoredWithTheRequestsContentAndDefaults(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Complete Requests Ltd");
        User crewChief = acme.addMember(MemberRole.MANAGER);
        Location stage = Inbox.venue(acme, "Main Stage");

        // when
        Notification stored = Inbox.notifyOne(acme, crewChief, NotificationRequest.builder()
                .type("job.assignment")
                .title("You lead the Main Stage crew")
                .body("Call time 07:00 at the loading dock.")
                .link("/jobs/main-stage-crew")
                .entity(EntityTypes.require("location").ref(stage.id()))
                .channel(NotificationChannel.EMAIL)
                .priority(NotificationPriority.HIGH)
                .data("{\"shift\": \"early\"}")
                .build());

        // then
        Notification read = Inbox.as(acme, crewChief, inbox -> inbox.get(stored.id()));
        assertThat(read).isEqualTo(stored);
        assertThat(read.organizationId()).isEqualTo(acme.id());
        assertThat(read.userId()).isEqualTo(crewChief.id());
        assertThat(read.type()).isEqualTo("job.assignment");
        assertThat(read.title()).isEqualTo("You lead the Main Stage crew");
        assertThat(read.body()).contains("Call time 07:00 at the loading dock.");
        assertThat(read.link()).contains("/jobs/main-stage-crew");
        assertThat(read.entity()).contains(EntityTypes.require("location").ref(stage.id()));
        assertThat(read.entityType()).contains("location");
        assertThat(read.entityId()).contains(stage.id());
        assertThat(read.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(read.priority()).isEqualTo(NotificationPriority.HIGH);
        assertThat(read.data()).isEqualTo("{\"shift\": \"early\"}");
        assertThat(read.occurrences()).isEqualTo(1);
        assertThat(read.readAt()).isEmpty();
        assertThat(read.deliveredAt()).isEmpty();
        assertThat(read.dismissedAt()).isEmpty();
        assertThat(read.createdBy()).contains(acme.owner().id());
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutChannelPriorityOrDataIsAnInAppNotificationOfMediumPriority(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Default Channels Co");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);

        // when
        Notification stored = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").build());

        // then
        assertThat(stored.channel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(stored.priority()).isEqualTo(NotificationPriority.MEDIUM);
        assertThat(stored.data()).isEqualTo("{}");
        assertThat(stored.entity()).isEmpty();
        assertThat(stored.body()).isEmpty();
    }

    @Test
    void notifyingNobodyWritesNothing(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Empty Audiences");
        long before = Rows.count(database, "notifications");

        // when
        List<Notification> stored = Inbox.notify(acme, mention("Nobody hears this").build());

        // then
        assertThat(stored).isEmpty();
        assertThat(Rows.count(database, "notifications")).isEqualTo(before);
    }
}
