package dev.atlvs.core.notification;

import static dev.atlvs.core.notification.Inbox.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/** Notifications about a record live as long as the record: deleting it removes them, and only them. */
@AtlvsTest
class NotificationEntityLinkTest {

    @Test
    void deletingARecordRemovesTheNotificationsAboutIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Demolished Venues Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        User colleague = acme.addMember(MemberRole.CONTRIBUTOR);
        Location doomed = Inbox.venue(acme, "Temporary Tent");
        Location kept = Inbox.venue(acme, "Concert Hall");
        Inbox.notify(acme, mention("About the tent").entity(EntityTypes.require("location").ref(doomed.id())).build(),
                crew.id(), colleague.id());
        Notification aboutHall = Inbox.notifyOne(acme, crew, mention("About the hall")
                .entity(EntityTypes.require("location").ref(kept.id())).build());
        Notification aboutNothing = Inbox.notifyOne(acme, crew, mention("About nothing in particular").build());

        // when
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            locations.delete(locations.get(doomed.id()));
            return null;
        });

        // then
        assertThat(Inbox.all(acme, crew)).containsExactly(aboutHall, aboutNothing);
        assertThat(Inbox.all(acme, colleague)).isEmpty();
    }

    @Test
    void softDeletingARecordKeepsTheNotificationsAboutIt(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Archived Venues Live");
        User crew = acme.addMember(MemberRole.CONTRIBUTOR);
        Location archived = Inbox.venue(acme, "Old Warehouse Stage");
        Notification about = Inbox.notifyOne(acme, crew, mention("About the warehouse")
                .entity(EntityTypes.require("location").ref(archived.id())).build());

        // when
        acme.asOwner(tx -> {
            LocationRepository locations = tx.repository(LocationRepository.class);
            return locations.softDelete(locations.get(archived.id()));
        });

        // then
        assertThat(Inbox.all(acme, crew)).containsExactly(about);
    }
}
