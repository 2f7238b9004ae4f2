package dev.atlvs.core.notification;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.notification.ImmutableNotificationRequest;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.repository.PageRequest;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.OrganizationFixture;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Notification helpers for the tests of this package, each call in a tenant transaction of its own. */
final class Inbox {
    private Inbox() {}

    /** A mention of a user in a comment, without an entity. */
    static ImmutableNotificationRequest.Builder mention(String title) {
        return NotificationRequest.builder().type("comment.mention").title(title);
    }

    /** Notifies {@code recipients} as the organization's owner. */
    static List<Notification> notify(OrganizationFixture organization, NotificationRequest request, UUID... recipients) {
        return organization.asOwner(tx -> new NotificationService(tx).notify(List.of(recipients), request));
    }

    /** Notifies the single {@code recipient} as the owner and returns the stored notification. */
    static Notification notifyOne(OrganizationFixture organization, User recipient, NotificationRequest request) {
        return notify(organization, request, recipient.id()).get(0);
    }

    /** Runs {@code work} on the notification service of {@code user}. */
    static <R> R as(OrganizationFixture organization, User user, Function<NotificationService, R> work) {
        return organization.as(user, tx -> work.apply(new NotificationService(tx)));
    }

    /** Every notification of {@code user}, read or not, oldest first. */
    static List<Notification> all(OrganizationFixture organization, User user) {
        return as(organization, user, inbox -> inbox.page(PageRequest.sortedBy("createdAt").limit(1000)).items());
    }

    /** The membership of {@code user}. */
    static Member membershipOf(OrganizationFixture organization, User user) {
        return organization.asOwner(tx -> tx.repository(MemberRepository.class).findByUser(user.id()).orElseThrow());
    }

    /** A new venue of the organization. */
    static Location venue(OrganizationFixture organization, String name) {
        return organization.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(organization.id()).name(name).type(LocationType.VENUE).build()));
    }
}
