package dev.atlvs.programming.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.accreditation.AccreditationService;
import dev.atlvs.programming.accreditation.AccreditationZone;
import dev.atlvs.programming.accreditation.AccreditationZoneRepository;
import dev.atlvs.programming.accreditation.CredentialsPass;
import dev.atlvs.programming.accreditation.CredentialsPassRepository;
import dev.atlvs.programming.accreditation.ImmutableAccreditationZone;
import dev.atlvs.programming.accreditation.ImmutableCredentialsPass;
import dev.atlvs.programming.accreditation.PassStatus;
import dev.atlvs.programming.accreditation.PassType;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventKind;
import dev.atlvs.programming.event.EventStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Samples, mutations, lifecycles and rule probes of accreditation zones and passes. */
final class AccreditationGuardrails {

    /** The sample event's start: a show day in September 2026. */
    private static final Instant FROM = Instant.parse("2026-09-12T08:00:00Z");

    private AccreditationGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("accreditation_zones", org -> zone(org, PeopleFixtures.role(org, ProgrammingFixtures.unique("Rigger"), "350.0000"),
                                "backstage").id(),
                        (org, id) -> org.asOwner(tx -> zones(tx).update(ImmutableAccreditationZone.copyOf(zones(tx).get(id))
                                .withZone("loading_dock"))))
                .table("credentials_passes", org -> pass(org, PassStatus.REQUESTED, true).id(),
                        (org, id) -> org.asOwner(tx -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id))
                                .withValidTo(passes(tx).get(id).validTo().minus(Duration.ofHours(1))))))
                .lifecycle(PassStatus.LIFECYCLE, probe -> probe
                        .alsoSet(PassStatus.REVOKED, "revoked_at = now(), revoke_reason = 'Badge reported lost'"));
        builder
                .rule("accreditation_zones_holder_check",
                        (tx, id) -> zones(tx).update(ImmutableAccreditationZone.copyOf(zones(tx).get(id)).withPassType(PassType.CREW)),
                        (tx, id) -> sql(tx, "update atlvs.accreditation_zones set pass_type = 'crew' where id = :id", id))
                .rule("credentials_passes_valid_to_check",
                        (tx, id) -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id)).withValidTo(passes(tx).get(id).validFrom())),
                        (tx, id) -> sql(tx, "update atlvs.credentials_passes set valid_to = valid_from where id = :id", id))
                .rule("credentials_passes_revocation_check",
                        (tx, id) -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id)).withStatus(PassStatus.REVOKED)),
                        (tx, id) -> sql(tx, "update atlvs.credentials_passes set status = 'revoked' where id = :id", id))
                .rule("credentials_passes_badge_check",
                        org -> pass(org, PassStatus.APPROVED, false).id(),
                        (tx, id) -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id)).withStatus(PassStatus.PRINTED)),
                        (tx, id) -> sql(tx, "update atlvs.credentials_passes set status = 'printed' where id = :id", id))
                .rule("credentials_passes_zones_allowed",
                        (tx, id) -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id)).withZones(List.of("backstage", "stage"))),
                        (tx, id) -> sql(tx, "update atlvs.credentials_passes set zones = array['backstage', 'stage'] where id = :id", id))
                .rule("credentials_passes_within_event",
                        (tx, id) -> passes(tx).update(ImmutableCredentialsPass.copyOf(passes(tx).get(id))
                                .withValidFrom(passes(tx).get(id).validFrom().minus(Duration.ofDays(30)))),
                        (tx, id) -> ProgrammeGuardrails.sqlAt(tx, "update atlvs.credentials_passes set valid_from = :at where id = :id", id,
                                passes(tx).get(id).validFrom().minus(Duration.ofDays(30))))
                .rule("credentials_passes_status_transition",
                        org -> {
                            CredentialsPass pass = pass(org, PassStatus.REQUESTED, true);
                            org.asOwner(tx -> new AccreditationService(tx).revoke(pass.id(), "Left the crew"));
                            return pass.id();
                        },
                        (tx, id) -> new AccreditationService(tx).approve(id),
                        (tx, id) -> sql(tx, "update atlvs.credentials_passes set status = 'approved', revoked_at = null, "
                                + "revoke_reason = null where id = :id", id));
    }

    private static AccreditationZone zone(FixtureOrganization org, CrewRole role, String zone) {
        return org.asOwner(tx -> new AccreditationService(tx).allow(AccreditationZone.builder().organizationId(org.id())
                .crewRoleId(role.id()).zone(zone).build()));
    }

    /** A pass of a rigger for a show day's backstage, in {@code status} (requested or approved), with a badge number or not. */
    private static CredentialsPass pass(FixtureOrganization org, PassStatus status, boolean badge) {
        Event day = ProgrammingFixtures.event(org, dev.atlvs.programming.event.Event.builder().organizationId(org.id())
                .projectId(ProjectFixtures.project(org).id()).title("Show day").eventType(EventKind.FESTIVAL).startAt(FROM)
                .endAt(FROM.plus(Duration.ofHours(16))).timezone("Europe/London").status(EventStatus.SCHEDULED).build());
        CrewRole rigger = PeopleFixtures.role(org, ProgrammingFixtures.unique("Rigger"), "350.0000");
        zone(org, rigger, "backstage");
        Person person = PeopleFixtures.person(org, "Ana", "Lopes", "Rigger");
        return org.asOwner(tx -> {
            AccreditationService accreditation = new AccreditationService(tx);
            CredentialsPass pass = accreditation.request(CredentialsPass.builder().organizationId(org.id()).personId(person.id())
                    .eventId(day.id()).crewRoleId(rigger.id()).passType(PassType.CREW).addZones("backstage")
                    .validFrom(FROM).validTo(FROM.plus(Duration.ofHours(12)))
                    .badgeNumber(badge ? Optional.of(ProgrammingFixtures.unique("RSF").replace(' ', '-')) : Optional.empty()).build());
            return status == PassStatus.APPROVED ? accreditation.approve(pass.id()) : pass;
        });
    }

    private static void sql(TenantTransaction tx, String statement, UUID id) {
        ProgrammeGuardrails.sql(tx, statement, id);
    }

    private static AccreditationZoneRepository zones(TenantTransaction tx) {
        return tx.repository(AccreditationZoneRepository.class);
    }

    private static CredentialsPassRepository passes(TenantTransaction tx) {
        return tx.repository(CredentialsPassRepository.class);
    }
}
