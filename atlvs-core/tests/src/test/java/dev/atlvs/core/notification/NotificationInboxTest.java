package dev.atlvs.core.notification;

import static dev.atlvs.core.notification.Inbox.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.repository.Page;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acting user's own notifications: unread list and count, reading, dismissing and paging. Another
 * user's notification behaves as if it did not exist. Stamps come from the SDK's clock.
 */
@AtlvsTest
class NotificationInboxTest {

    @Test
    void theUnreadListShowsTheNewestFirst(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Newest First Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.assignment").title("First").build());
        Notification second = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.reminder").title("Second").build());
        Notification third = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("invoice.overdue").title("Third").build());

        // when
        List<Notification> unread = Inbox.as(acme, crew, NotificationService::unread);

        // then
        assertThat(unread).containsExactly(third, second, first);
    }

    @Test
    void markAllReadReadsEveryUnreadNotificationAndTheCountDropsToZero(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Read Everything Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User colleague = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification read = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.assignment").title("Assigned").build());
        Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.reminder").title("Reminder").build());
        Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("invoice.overdue").title("Overdue").build());
        Inbox.notifyOne(acme, colleague, NotificationRequest.builder().type("invoice.overdue").title("Colleague's").build());
        Inbox.as(acme, crew, inbox -> inbox.markRead(read.id()));
        assertThat(Inbox.as(acme, crew, NotificationService::unreadCount)).isEqualTo(2);

        // when
        int marked = Inbox.as(acme, crew, NotificationService::markAllRead);

        // then
        assertThat(marked).isEqualTo(2);
        assertThat(Inbox.as(acme, crew, NotificationService::unreadCount)).isZero();
        assertThat(Inbox.as(acme, crew, NotificationService::unread)).isEmpty();
        assertThat(Inbox.all(acme, crew)).hasSize(3).allSatisfy(n -> assertThat(n.readAt()).isPresent());
        assertThat(Inbox.as(acme, colleague, NotificationService::unreadCount)).isEqualTo(1);
    }

    @Test
    void markingReadStampsTheSdkClockAndMarkingItAgainChangesNothing(Fixtures fixtures, TestDatabase database) {
        // given
        Instant showDay = Instant.parse("2031-07-04T18:30:00Z");
        Atlvs atShowDay = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(Clock.fixed(showDay, ZoneOffset.UTC)).strict(true).build();
        OrganizationFixture acme = fixtures.organization("Fixed Clocks Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification stored = Inbox.notifyOne(acme, crew, mention("Check the rider").build());

        // when
        Notification once = atShowDay.inTenant(acme.id(), crew.id(), tx -> new NotificationService(tx).markRead(stored.id()));
        Notification twice = Inbox.as(acme, crew, inbox -> inbox.markRead(stored.id()));

        // then
        assertThat(once.readAt()).contains(showDay);
        assertThat(once.isUnread()).isFalse();
        assertThat(once.version()).isEqualTo(stored.version() + 1);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aDismissedNotificationLeavesTheUnreadList(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Dismissals Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification stored = Inbox.notifyOne(acme, crew, mention("Not interested").build());

        // when
        Notification dismissed = Inbox.as(acme, crew, inbox -> inbox.dismiss(stored.id()));

        // then
        assertThat(dismissed.dismissedAt()).isPresent();
        assertThat(dismissed.readAt()).isEmpty();
        assertThat(Inbox.as(acme, crew, NotificationService::unread)).isEmpty();
        assertThat(Inbox.as(acme, crew, NotificationService::unreadCount)).isZero();
        Notification dismissedAgain = Inbox.as(acme, crew, inbox -> inbox.dismiss(stored.id()));
        assertThat(dismissedAgain).isEqualTo(dismissed);
    }

    @Test
    void aUserPagesThroughTheirOwnNotificationsOnly(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Paged Inboxes Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User colleague = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.assignment").title("One").build());
        Notification second = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.reminder").title("Two").build());
        Notification third = Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("invoice.overdue").title("Three").build());
        Inbox.notifyOne(acme, colleague, NotificationRequest.builder().type("invoice.overdue").title("Not yours").build());
        Inbox.as(acme, crew, inbox -> inbox.markRead(second.id()));

        // when
        Page<Notification> newest = Inbox.as(acme, crew, inbox -> inbox.page(PageRequest.sortedBy("createdAt").descending().limit(2)));
        Page<Notification> rest = Inbox.as(acme, crew, inbox -> inbox.page(newest.nextRequest().orElseThrow()));

        // then
        assertThat(newest.items()).extracting(Notification::id).containsExactly(third.id(), second.id());
        assertThat(newest.nextRequest().orElseThrow().filters()).isEmpty();
        assertThat(rest.items()).extracting(Notification::id).containsExactly(first.id());
        assertThat(rest.hasNext()).isFalse();
    }

    @Test
    void anotherUsersNotificationCannotBeReadMarkedOrDismissed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Private Inboxes Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User snoop = acme.addMember(MemberRole.ADMIN);
        Notification forCrew = Inbox.notifyOne(acme, crew, mention("Your contract is ready").build());

        // when / then
        assertThatThrownBy(() -> Inbox.as(acme, snoop, inbox -> inbox.get(forCrew.id())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("Notification"));
        assertThatThrownBy(() -> Inbox.as(acme, snoop, inbox -> inbox.markRead(forCrew.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Inbox.as(acme, snoop, inbox -> inbox.dismiss(forCrew.id()))).isInstanceOf(NotFoundException.class);
        Notification stillThere = Inbox.as(acme, crew, inbox -> inbox.get(forCrew.id()));
        assertThat(stillThere).isEqualTo(forCrew);
        assertThat(stillThere.isUnread()).isTrue();
    }

    @Test
    void anotherUsersNotificationsAreNeitherListedNorCounted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Separate Inboxes Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User snoop = acme.addMember(MemberRole.CONTRIBUTOR);
        Inbox.notifyOne(acme, crew, mention("Only for crew").build());

        // when
        List<Notification> unread = Inbox.as(acme, snoop, NotificationService::unread);
        long count = Inbox.as(acme, snoop, NotificationService::unreadCount);
        int marked = Inbox.as(acme, snoop, NotificationService::markAllRead);
        List<Notification> paged = Inbox.all(acme, snoop);

        // then
        assertThat(unread).isEmpty();
        assertThat(count).isZero();
        assertThat(marked).isZero();
        assertThat(paged).isEmpty();
        assertThat(Inbox.as(acme, crew, NotificationService::unreadCount)).isEqualTo(1);
    }

    @Test
    void aDeliveryWorkerWithManagePermissionRecordsTheFirstDelivery(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Delivered Promptly Ltd");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User admin = acme.addMember(MemberRole.ADMIN);
        Notification stored = Inbox.notifyOne(acme, crew, mention("Sent by email").build());
        Instant sent = Instant.parse("2031-07-04T18:31:00Z");

        // when
        Notification delivered = Inbox.as(acme, admin, inbox -> inbox.markDelivered(stored.id(), sent));
        Notification again = Inbox.as(acme, admin, inbox -> inbox.markDelivered(stored.id(), sent.plusSeconds(60)));

        // then
        assertThat(delivered.deliveredAt()).contains(sent);
        assertThat(again).isEqualTo(delivered);
        assertThat(delivered.isUnread()).isTrue();
    }

    @Test
    void recordingADeliveryWithoutManagePermissionIsDenied(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Undelivered Ltd");
        User crew = acme.addMember(MemberRole.MANAGER);
        Notification stored = Inbox.notifyOne(acme, crew, mention("Sent by email").build());

        // when / then
        assertThatThrownBy(() -> Inbox.as(acme, crew, inbox -> inbox.markDelivered(stored.id(), Instant.parse("2031-07-04T18:31:00Z"))))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).contains(CorePermissions.NOTIFICATIONS_MANAGE.name()));
        assertThat(Inbox.as(acme, crew, inbox -> inbox.get(stored.id())).deliveredAt()).isEmpty();
    }
}
