package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationPriority;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.user.User;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationSource;
import dev.atlvs.people.credential.AlertThresholds;
import dev.atlvs.people.credential.CredentialAlert;
import dev.atlvs.people.credential.CredentialAlertRepository;
import dev.atlvs.people.credential.ExpiryAlert;
import dev.atlvs.people.credential.ExpiryMonitor;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The credential expiry monitor: alerts at 90, 60, 30 and 7 days and on the day, to the holder's login and to the members
 * holding people.credentials.manage, each threshold once per credential.
 */
@AtlvsTest
class ExpiryMonitorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void aCertificationThirtyDaysFromExpiryAlertsItsHolderAndTheCredentialManagersOnce(Fixtures fixtures) {
        // given: Ben has a login; his IPAF card expires in 30 days, Ana's in four years
        OrganizationFixture acme = fixtures.organization("Thirty Days Out");
        User benLogin = acme.addMember(MemberRole.CONTRIBUTOR);
        Person ben = acme.asOwner(tx -> new PersonService(tx).add(Person.builder().organizationId(acme.id()).userId(benLogin.id())
                .firstName("Ben").lastName("Okafor").title("Rigger").build()));
        Certification ipaf = PeopleFixtures.certification(acme, ben, "IPAF 3a+3b", "IPAF", Optional.empty(), TODAY.minusYears(5),
                TODAY.plusDays(30));
        PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ana", "Souza", "Head Rigger"), "IPAF 3a+3b", "IPAF",
                Optional.empty(), TODAY.minusYears(1), TODAY.plusYears(4));

        // when
        List<ExpiryAlert> first = acme.asOwner(tx -> new ExpiryMonitor(tx).run(TODAY));
        List<ExpiryAlert> again = acme.asOwner(tx -> new ExpiryMonitor(tx).run(TODAY));

        // then
        assertThat(first).extracting(a -> a.credential().credentialId(), ExpiryAlert::thresholdDays, ExpiryAlert::daysLeft, ExpiryAlert::recipients)
                .containsExactly(tuple(ipaf.id(), 30, 30L, Set.of(benLogin.id(), acme.owner().id())));
        assertThat(again).isEmpty();
        List<Notification> bens = acme.as(benLogin, tx -> new NotificationService(tx).unread());
        assertThat(bens).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(ExpiryMonitor.NOTIFICATION_TYPE);
            assertThat(n.title()).isEqualTo("IPAF 3a+3b expires in 30 days");
            assertThat(n.entityType()).contains("certification");
            assertThat(n.entityId()).contains(ipaf.id());
            assertThat(n.priority()).isEqualTo(NotificationPriority.MEDIUM);
            assertThat(n.occurrences()).isEqualTo(1);
        });
        assertThat(acme.<List<Notification>>asOwner(tx -> new NotificationService(tx).unread())).hasSize(1);
        assertThat(acme.<List<CredentialAlert>>asOwner(tx -> tx.repository(CredentialAlertRepository.class).of("certification", ipaf.id())))
                .extracting(CredentialAlert::thresholdDays, CredentialAlert::expiryDate, CredentialAlert::alertedOn, CredentialAlert::recipients)
                .containsExactly(tuple(30, TODAY.plusDays(30), TODAY, 2));
    }

    @Test
    void eachThresholdIsAlertedOnceAsTheExpiryDateComesCloser(Fixtures fixtures) {
        // given: a first-aid certificate expiring on 30 November
        OrganizationFixture acme = fixtures.organization("Countdown");
        LocalDate expiry = LocalDate.of(2026, 11, 30);
        Certification firstAid = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Caro", "Lindqvist", "Stage Manager"),
                "First Aid at Work", "St John Ambulance", Optional.empty(), LocalDate.of(2023, 12, 1), expiry);

        // when: the monitor runs on 90, 89, 60, 31, 30, 7 and 0 days before, then the day after
        List<Integer> thresholds = List.of(90, 89, 60, 31, 30, 7, 0, -1).stream()
                .map(before -> acme.asOwner(tx -> new ExpiryMonitor(tx).run(expiry.minusDays(before))))
                .map(alerts -> alerts.isEmpty() ? -1 : alerts.get(0).thresholdDays())
                .toList();

        // then
        assertThat(thresholds).containsExactly(90, -1, 60, -1, 30, 7, 0, -1);
        assertThat(acme.<List<CredentialAlert>>asOwner(tx -> tx.repository(CredentialAlertRepository.class).of("certification", firstAid.id())))
                .extracting(CredentialAlert::thresholdDays).containsExactly(90, 60, 30, 7, 0);
    }

    @Test
    void aMissedDayIsCaughtUpAtTheNextThresholdAndOtherThresholdsCanBeConfigured(Fixtures fixtures) {
        // given: a card recorded 20 days before it expires
        OrganizationFixture acme = fixtures.organization("Late Cards");
        Certification card = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger"), "Rigging Level 2",
                "NRC", Optional.empty(), TODAY.minusYears(3), TODAY.plusDays(20));

        // when
        List<ExpiryAlert> defaults = acme.asOwner(tx -> new ExpiryMonitor(tx).run(TODAY));
        List<ExpiryAlert> custom = acme.asOwner(tx -> new ExpiryMonitor(tx, List.of(new CertificationSource()), AlertThresholds.of(List.of(21, 3))).run(TODAY));

        // then: 20 days left is within the 30-day threshold, and a 21-day threshold is a threshold of its own
        assertThat(defaults).extracting(a -> a.credential().credentialId(), ExpiryAlert::thresholdDays).containsExactly(tuple(card.id(), 30));
        assertThat(custom).extracting(a -> a.credential().credentialId(), ExpiryAlert::thresholdDays).containsExactly(tuple(card.id(), 21));
    }

    @Test
    void expiredAndRevokedCertificationsAreNotAlerted(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Nothing To Say");
        PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Caro", "Lindqvist", "Stage Manager"), "First Aid at Work",
                "St John Ambulance", Optional.empty(), TODAY.minusYears(3), TODAY.minusDays(1));
        Certification revoked = PeopleFixtures.certification(acme, PeopleFixtures.person(acme, "Ben", "Okafor", "Rigger"), "IPAF 3a+3b",
                "IPAF", Optional.empty(), TODAY.minusYears(5), TODAY.plusDays(7));
        acme.asOwner(tx -> new dev.atlvs.people.certification.CertificationService(tx).revoke(revoked.id()));

        // when
        List<ExpiryAlert> alerts = acme.asOwner(tx -> new ExpiryMonitor(tx).run(TODAY));

        // then
        assertThat(alerts).isEmpty();
    }

    @Test
    void runningTheMonitorNeedsTheCredentialsPermission(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Curious Contributor");
        User contributor = acme.addMember(MemberRole.CONTRIBUTOR);

        // when / then
        assertThatThrownBy(() -> acme.as(contributor, tx -> new ExpiryMonitor(tx).run(TODAY)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).contains("people.credentials.manage"));
    }
}
