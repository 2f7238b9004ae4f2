package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The names the schema audit consolidated survive as views that keep the canonical table's isolation. */
@AtlvsTest
class ConsolidatedNamesTest {

    @Test
    void theMembershipsViewShowsOnlyTheCurrentOrganizationsMembers(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        OrganizationFixture other = fixtures.organization();

        List<UUID> viaView = acme.asOwner(tx -> tx.handle().createQuery("select user_id from atlvs.memberships").mapTo(UUID.class).list());
        List<UUID> viaAppName = acme.asOwner(tx -> tx.handle().createQuery("select user_id from atlvs.organization_memberships")
                .mapTo(UUID.class).list());

        assertThat(viaView).containsExactly(acme.owner().id()).doesNotContain(other.owner().id());
        assertThat(viaAppName).containsExactly(acme.owner().id());
    }

    @Test
    void theOldNotificationNameReadsTheCurrentOrganizationsNotifications(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        OrganizationFixture other = fixtures.organization();
        acme.asOwner(tx -> new NotificationService(tx).notify(List.of(acme.owner().id()),
                NotificationRequest.builder().type("job.assignment").title("Load-in crew call at 06:00").build()));

        List<String> acmeTitles = acme.asOwner(tx -> tx.handle().createQuery("select title from atlvs.user_notifications").mapTo(String.class).list());
        long seenByOther = other.asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.user_notifications").mapTo(Long.class).one());

        assertThat(acmeTitles).containsExactly("Load-in crew call at 06:00");
        assertThat(seenByOther).isZero();
    }
}
