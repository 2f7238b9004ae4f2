package dev.atlvs.core.notification;

import static dev.atlvs.core.notification.Inbox.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationPriority;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A repeat of the same event (user, type, entity) while the first notification is unread and younger
 * than {@link NotificationService#MERGE_WINDOW} (by the SDK's clock) is merged into it; anything else
 * is a notification of its own. Concurrent repeats never make two rows.
 */
@AtlvsTest
class NotificationMergeTest {

    @Test
    void aRepeatWithinTheWindowIsMergedIntoTheUnreadNotification(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Chatty Comments Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = stageOf(acme);
        Notification first = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").entity(stage)
                .body("Can you check the truss?").link("/comments/1").data("{\"comment\": 1}").build());

        // when
        Notification merged = Inbox.notifyOne(acme, crew, mention("Dana mentioned you twice").entity(stage)
                .link("/comments/2").data("{\"comment\": 2}").priority(NotificationPriority.LOW).build());

        // then
        assertThat(merged.id()).isEqualTo(first.id());
        assertThat(merged.occurrences()).isEqualTo(2);
        assertThat(merged.title()).isEqualTo("Dana mentioned you twice");
        assertThat(merged.body()).isEmpty();
        assertThat(merged.link()).contains("/comments/2");
        assertThat(merged.data()).isEqualTo("{\"comment\": 2}");
        assertThat(merged.priority()).isEqualTo(NotificationPriority.MEDIUM);
        assertThat(merged.createdAt()).isEqualTo(first.createdAt());
        assertThat(Inbox.all(acme, crew)).containsExactly(merged);
    }

    @Test
    void aRepeatNineMinutesLaterByTheSdkClockIsStillMerged(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Nine Minutes Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").build());
        Atlvs later = atlvsAt(database, first.createdAt().orElseThrow().plus(Duration.ofMinutes(9)));

        // when
        Notification repeat = later.inTenant(acme.id(), acme.owner().id(),
                tx -> new NotificationService(tx).notify(List.of(crew.id()), mention("Dana mentioned you again").build()).get(0));

        // then
        assertThat(repeat.id()).isEqualTo(first.id());
        assertThat(repeat.occurrences()).isEqualTo(2);
    }

    @Test
    void aRepeatAfterTheWindowByTheSdkClockIsANewNotification(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Slow Comments Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").build());
        Atlvs later = atlvsAt(database, first.createdAt().orElseThrow().plus(NotificationService.MERGE_WINDOW).plusSeconds(1));

        // when
        Notification repeat = later.inTenant(acme.id(), acme.owner().id(),
                tx -> new NotificationService(tx).notify(List.of(crew.id()), mention("Dana mentioned you again").build()).get(0));

        // then
        assertThat(repeat.id()).isNotEqualTo(first.id());
        assertThat(repeat.occurrences()).isEqualTo(1);
        assertThat(Inbox.all(acme, crew)).extracting(Notification::id, Notification::occurrences)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.id(), 1), org.assertj.core.groups.Tuple.tuple(repeat.id(), 1));
    }

    @Test
    void aRepeatOfANotificationAlreadyReadIsANewNotification(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Attentive Readers Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").build());
        Inbox.as(acme, crew, inbox -> inbox.markRead(first.id()));

        // when
        Notification repeat = Inbox.notifyOne(acme, crew, mention("Dana mentioned you again").build());

        // then
        assertThat(repeat.id()).isNotEqualTo(first.id());
        assertThat(Inbox.as(acme, crew, NotificationService::unread)).containsExactly(repeat);
    }

    @Test
    void aRepeatOfADismissedNotificationIsANewNotification(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Dismissive Readers Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Notification first = Inbox.notifyOne(acme, crew, mention("Dana mentioned you").build());
        Inbox.as(acme, crew, inbox -> inbox.dismiss(first.id()));

        // when
        Notification repeat = Inbox.notifyOne(acme, crew, mention("Dana mentioned you again").build());

        // then
        assertThat(repeat.id()).isNotEqualTo(first.id());
        assertThat(Inbox.as(acme, crew, NotificationService::unread)).containsExactly(repeat);
    }

    @Test
    void eventsThatDifferInTypeEntityOrUserAreNotMerged(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Distinct Events Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User colleague = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = stageOf(acme);
        EntityRef hall = EntityTypes.require("location").ref(Inbox.venue(acme, "Hall B").id());

        // when
        Inbox.notify(acme, mention("About the stage").entity(stage).build(), crew.id(), colleague.id());
        Inbox.notifyOne(acme, crew, mention("About the hall").entity(hall).build());
        Inbox.notifyOne(acme, crew, mention("About nothing in particular").build());
        Inbox.notifyOne(acme, crew, NotificationRequest.builder().type("job.assignment").title("Assigned to the stage").entity(stage).build());

        // then
        assertThat(Inbox.all(acme, crew)).hasSize(4).allSatisfy(n -> assertThat(n.occurrences()).isEqualTo(1));
        assertThat(Inbox.all(acme, colleague)).hasSize(1);
    }

    @Test
    void aMoreUrgentRepeatRaisesThePriority(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Escalations Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Inbox.notifyOne(acme, crew, mention("Weather update").priority(NotificationPriority.LOW).build());

        // when
        Notification merged = Inbox.notifyOne(acme, crew, mention("Storm warning").priority(NotificationPriority.CRITICAL).build());

        // then
        assertThat(merged.occurrences()).isEqualTo(2);
        assertThat(merged.priority()).isEqualTo(NotificationPriority.CRITICAL);
    }

    /**
     * The second notification starts while the first one's transaction is still open and must wait for
     * it: the first commits only once the second is seen waiting for a lock (or after ten seconds, when
     * nothing made it wait, and then the two rows fail the test).
     */
    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "SERIALIZABLE"})
    void twoConcurrentRepeatsOfTheSameEventMakeOneNotification(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).strict(true).isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Simultaneous Mentions " + isolation);
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        EntityRef stage = stageOf(acme);
        CountDownLatch firstNotified = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);

        // when
        Future<List<Notification>> first;
        Future<List<Notification>> second;
        try {
            first = writers.submit(() -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                List<Notification> stored = new NotificationService(tx).notify(List.of(crew.id()),
                        mention("Mentioned by writer one").entity(stage).build());
                firstNotified.countDown();
                awaitASessionWaitingForALock(database, Duration.ofSeconds(10));
                return stored;
            }));
            second = writers.submit(() -> {
                if (!firstNotified.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the first writer never notified");
                }
                return atlvs.inTenant(acme.id(), acme.owner().id(), tx -> new NotificationService(tx).notify(List.of(crew.id()),
                        mention("Mentioned by writer two").entity(stage).build()));
            });
        } finally {
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers finished").isTrue();
        }

        // then
        Notification byFirst = first.get().get(0);
        Notification bySecond = second.get().get(0);
        assertThat(bySecond.id()).isEqualTo(byFirst.id());
        assertThat(bySecond.occurrences()).isEqualTo(2);
        assertThat(Inbox.all(acme, crew)).containsExactly(bySecond);
        assertThat(bySecond.title()).isEqualTo("Mentioned by writer two");
    }

    private static EntityRef stageOf(OrganizationFixture organization) {
        Location stage = Inbox.venue(organization, "Main Stage");
        return EntityTypes.require("location").ref(stage.id());
    }

    private static Atlvs atlvsAt(TestDatabase database, Instant now) {
        return Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).clock(Clock.fixed(now, ZoneOffset.UTC)).strict(true).build();
    }

    /** Returns once another session of the test database waits for a lock, or after {@code timeout}. */
    private static void awaitASessionWaitingForALock(TestDatabase database, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = database.adminDataSource().getConnection();
                PreparedStatement waiting = connection.prepareStatement("""
                        select count(*) from pg_stat_activity
                         where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()
                        """)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot watch for lock waits", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching for lock waits", interrupted);
        }
    }
}
