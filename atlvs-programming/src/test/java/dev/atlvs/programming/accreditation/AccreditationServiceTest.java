package dev.atlvs.programming.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.Rule;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.guardrails.RuleIdentityCheck;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

@AtlvsTest
class AccreditationServiceTest {

    @Test
    void aPassIsRequestedApprovedPrintedIssuedAndAdmitsToItsZonesWhileValid(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Riverside Accreditation");
        Setup s = setup(org);

        // when
        CredentialsPass issued = org.asOwner(tx -> {
            AccreditationService accreditation = new AccreditationService(tx);
            CredentialsPass pass = accreditation.request(s.pass().build());
            accreditation.approve(pass.id());
            accreditation.print(pass.id(), "RSF-0001");
            return accreditation.issue(pass.id());
        });

        // then
        assertThat(issued.status()).isEqualTo(PassStatus.ISSUED);
        assertThat(issued.badgeNumber()).contains("RSF-0001");
        Instant friday = ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(15, 0));
        List<CredentialsPass> onStage = org.asOwner(tx -> new AccreditationService(tx).admittedTo(s.event().id(), "stage", friday));
        assertThat(onStage).extracting(CredentialsPass::id).containsExactly(issued.id());
        List<CredentialsPass> inVillage = org.asOwner(tx -> new AccreditationService(tx).admittedTo(s.event().id(), "artist_village", friday));
        assertThat(inVillage).isEmpty();
        List<CredentialsPass> onSunday = org.asOwner(tx -> new AccreditationService(tx).admittedTo(s.event().id(), "stage",
                ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(2), LocalTime.of(15, 0))));
        assertThat(onSunday).isEmpty();
        List<String> zones = org.asOwner(tx -> new AccreditationService(tx).zonesOf(s.rigger().id(), s.event().id()));
        assertThat(zones).containsExactly("backstage", "stage");
    }

    @Test
    void aPassWithAZoneItsRoleMayNotEnterIsRefusedBothWays(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Zones Refused");
        Setup s = setup(org);
        long before = Rows.count(db, "credentials_passes");

        // when / then
        assertRefused(() -> org.asOwner(tx -> new AccreditationService(tx).request(s.pass().addZones("artist_village").build())),
                ProgrammingRules.CREDENTIALS_PASSES_ZONES_ALLOWED);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.credentials_passes (organization_id, person_id, event_id, crew_role_id, zones, valid_from, valid_to)
                values (:org, :person, :event, :role, array['artist_village'], :from, :to)""").bind("org", org.id())
                .bind("person", s.ana().id()).bind("event", s.event().id()).bind("role", s.rigger().id())
                .bind("from", s.event().startAt()).bind("to", s.event().endAt()).execute()), ProgrammingRules.CREDENTIALS_PASSES_ZONES_ALLOWED);
        assertThat(Rows.count(db, "credentials_passes")).isEqualTo(before);
    }

    @Test
    void aPassWithoutARoleTakesTheZonesOfItsPassType(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Guest Zones");
        Setup s = setup(org);
        org.asOwner(tx -> new AccreditationService(tx).allow(AccreditationZone.builder().organizationId(org.id())
                .passType(PassType.GUEST).eventId(s.event().id()).zone("hospitality").build()));

        // when
        CredentialsPass guest = org.asOwner(tx -> new AccreditationService(tx).request(CredentialsPass.builder().organizationId(org.id())
                .personId(s.ana().id()).eventId(s.event().id()).passType(PassType.GUEST).addZones("hospitality")
                .validFrom(s.event().startAt()).validTo(s.event().endAt()).build()));

        // then
        assertThat(guest.zones()).containsExactly("hospitality");
        assertRefused(() -> org.asOwner(tx -> new AccreditationService(tx).request(CredentialsPass.builder().organizationId(org.id())
                .personId(s.ana().id()).eventId(s.event().id()).passType(PassType.MEDIA).addZones("hospitality")
                .validFrom(s.event().startAt()).validTo(s.event().endAt()).build())), ProgrammingRules.CREDENTIALS_PASSES_ZONES_ALLOWED);
    }

    @Test
    void aPassOutsideItsEventsWindowIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Window");
        Setup s = setup(org);

        // when / then
        assertRefused(() -> org.asOwner(tx -> new AccreditationService(tx).request(s.pass()
                .validFrom(s.event().startAt().minus(Duration.ofDays(3))).build())), ProgrammingRules.CREDENTIALS_PASSES_WITHIN_EVENT);
    }

    @Test
    void revokingRecordsTheReasonAndTheTimeAndIsFinal(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture org = fixtures.organization("Revocation");
        Setup s = setup(org);
        CredentialsPass pass = org.asOwner(tx -> new AccreditationService(tx).request(s.pass().build()));
        Instant now = Instant.parse("2026-07-10T18:30:00Z");
        Atlvs atNow = db.atlvsBuilder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();

        // when
        CredentialsPass revoked = atNow.inTenant(org.id(), org.owner().id(), tx -> new AccreditationService(tx).revoke(pass.id(),
                "Badge passed to someone else"));

        // then
        assertThat(revoked.status()).isEqualTo(PassStatus.REVOKED);
        assertThat(revoked.revokedAt()).contains(now);
        assertThat(revoked.revokeReason()).contains("Badge passed to someone else");
        assertThatThrownBy(() -> org.asOwner(tx -> new AccreditationService(tx).approve(pass.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.CREDENTIALS_PASS_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("credentials_passes_status_transition");
                });
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("""
                update atlvs.credentials_passes set status = 'issued', revoked_at = null, revoke_reason = null where id = :id""")
                .bind("id", pass.id()).execute()), ProgrammingRules.CREDENTIALS_PASSES_STATUS_TRANSITION);
    }

    @Test
    void aPassIsNotPrintedWithoutBadgeNumberAndBadgeNumbersAreUnique(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Badges");
        Setup s = setup(org);
        CredentialsPass first = org.asOwner(tx -> new AccreditationService(tx).request(s.pass().build()));
        CredentialsPass second = org.asOwner(tx -> new AccreditationService(tx).request(s.pass().build()));
        org.asOwner(tx -> {
            new AccreditationService(tx).approve(first.id());
            new AccreditationService(tx).approve(second.id());
            return new AccreditationService(tx).print(first.id(), "RSF-0042");
        });

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new AccreditationService(tx).print(second.id(), "RSF-0042")))
                .isInstanceOf(DuplicateException.class);
        assertRefused(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.credentials_passes set status = 'printed' where id = :id")
                .bind("id", second.id()).execute()), ProgrammingRules.CREDENTIALS_PASSES_BADGE_CHECK);
    }

    @Test
    void aContributorRequestsPassesAndAManagerApprovesThem(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Pass Roles");
        Setup s = setup(org);
        dev.atlvs.core.user.User coordinator = org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR);
        dev.atlvs.core.user.User manager = org.addMember(dev.atlvs.core.member.MemberRole.MANAGER);

        // when
        CredentialsPass requested = org.as(coordinator, tx -> new AccreditationService(tx).request(s.pass().build()));

        // then
        assertThatThrownBy(() -> org.as(coordinator, tx -> new AccreditationService(tx).approve(requested.id())))
                .isInstanceOf(dev.atlvs.core.error.AccessDeniedException.class);
        CredentialsPass approved = org.as(manager, tx -> new AccreditationService(tx).approve(requested.id()));
        assertThat(approved.status()).isEqualTo(PassStatus.APPROVED);
        assertThatThrownBy(() -> org.as(manager, tx -> new AccreditationService(tx).allow(AccreditationZone.builder()
                .organizationId(org.id()).crewRoleId(s.rigger().id()).zone("roof").build())))
                .isInstanceOf(dev.atlvs.core.error.AccessDeniedException.class);
    }

    private record Setup(Event event, CrewRole rigger, Person ana) {
        ImmutableCredentialsPass.Builder pass() {
            return CredentialsPass.builder().organizationId(event.organizationId()).personId(ana.id()).eventId(event.id())
                    .crewRoleId(rigger.id()).passType(PassType.CREW).addZones("stage")
                    .validFrom(event.startAt()).validTo(event.startAt().plus(Duration.ofDays(1)));
        }
    }

    /** The festival's first main stage day; riggers may enter the stage at every event and backstage at this one. */
    private static Setup setup(OrganizationFixture org) {
        Festival festival = ProgrammingFixtures.festival(org);
        Event friday = festival.festival();
        CrewRole rigger = PeopleFixtures.role(org, "Rigger", "350.0000");
        org.asOwner(tx -> {
            AccreditationService accreditation = new AccreditationService(tx);
            accreditation.allow(AccreditationZone.builder().organizationId(org.id()).crewRoleId(rigger.id()).zone("stage").build());
            return accreditation.allow(AccreditationZone.builder().organizationId(org.id()).crewRoleId(rigger.id()).eventId(friday.id())
                    .zone("backstage").build());
        });
        Person ana = PeopleFixtures.person(org, "Ana", "Lopes", "Rigger");
        return new Setup(friday, rigger, ana);
    }

    private static void assertRefused(ThrowingCallable call, Rule rule) {
        assertThatThrownBy(call).satisfies(e -> assertThat(RuleIdentityCheck.identity(e, rule.name()))
                .isEqualTo(RuleIdentityCheck.Identity.of(rule)));
    }
}
