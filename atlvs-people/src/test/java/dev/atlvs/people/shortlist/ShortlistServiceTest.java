package dev.atlvs.people.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.audit.AuditAction;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.event.DomainEvent;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.people.testing.PeopleFixtures.LightingShortlist;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@AtlvsTest
class ShortlistServiceTest {

    @Test
    void aShortlistIsCreatedActiveAndAudited(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Q3 Tour Productions");
        CrewRole ld = PeopleFixtures.role(acme, "Lighting Designer", "650.0000");

        // when
        Shortlist created = acme.asOwner(tx -> new ShortlistService(tx).create(Shortlist.builder().organizationId(acme.id())
                .name("LD candidates - Q3 tour").description("Arena run, 24 shows").roleId(ld.id()).targetCount(2)
                .neededBy(LocalDate.of(2026, 6, 1)).build()));

        // then
        Shortlist read = acme.asOwner(tx -> tx.repository(ShortlistRepository.class).get(created.id()));
        assertThat(read).isEqualTo(created);
        assertThat(read.status()).isEqualTo(ShortlistStatus.ACTIVE);
        assertThat(read.roleId()).contains(ld.id());
        assertThat(read.projectId()).isEmpty();
        assertThat(read.targetCount()).contains(2);
        assertThat(read.neededBy()).contains(LocalDate.of(2026, 6, 1));
        List<AuditEntry> history = acme.asOwner(tx -> new AuditTrail(tx).history(Shortlist.TABLE, created.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT);
    }

    @Test
    void aCandidateIsAddedWithTheActorAndTheTime(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Candidate Adders");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person isla = PeopleFixtures.person(acme, "Isla", "Navarro", "Lighting Designer");

        // when
        Instant monday = Instant.parse("2026-04-13T09:30:00Z");
        Atlvs atMonday = database.atlvsBuilder().clock(Clock.fixed(monday, ZoneOffset.UTC)).build();
        ShortlistMember added = atMonday.inTenant(acme.id(), acme.owner().id(), tx -> new ShortlistService(tx).addCandidate(shortlist.id(),
                isla.id(), Optional.of(1), Optional.of("Strong busking skills")));

        // then
        ShortlistMember read = acme.asOwner(tx -> tx.repository(ShortlistMemberRepository.class).get(added.id()));
        assertThat(read).isEqualTo(added);
        assertThat(read.shortlistId()).isEqualTo(shortlist.id());
        assertThat(read.personId()).isEqualTo(isla.id());
        assertThat(read.status()).isEqualTo(ShortlistMemberStatus.CANDIDATE);
        assertThat(read.rank()).contains(1);
        assertThat(read.notes()).contains("Strong busking skills");
        assertThat(read.addedBy()).contains(acme.owner().id());
        assertThat(read.addedAt()).isEqualTo(monday);
    }

    @Test
    void aPersonIsOnAShortlistOnce(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Once Only");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person isla = PeopleFixtures.person(acme, "Isla", "Navarro", "Lighting Designer");
        PeopleFixtures.candidate(acme, shortlist, isla, ShortlistMemberStatus.CANDIDATE);

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.candidate(acme, shortlist, isla, ShortlistMemberStatus.CANDIDATE))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.fields()).containsExactly("shortlistId", "personId"));
    }

    @Test
    void aTerminatedPersonIsNotAddedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Former Crew");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person tomas = PeopleFixtures.person(acme, "Tomas", "Berg", "Lighting Designer");
        acme.asOwner(tx -> new PersonService(tx).changeStatus(tomas.id(), PersonStatus.TERMINATED));
        long before = Rows.count(database, "shortlist_members");

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.candidate(acme, shortlist, tomas, ShortlistMemberStatus.CANDIDATE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_NOT_ASSIGNABLE);
                    assertThat(e.field()).contains("personId");
                    assertThat(e.rule()).contains("shortlist_members_person_assignable");
                });
        assertThat(Rows.count(database, "shortlist_members")).isEqualTo(before);
    }

    @Test
    void aTerminatedPersonIsNotAddedByRawSql(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Former Crew Raw");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person tomas = PeopleFixtures.person(acme, "Tomas", "Berg", "Lighting Designer");
        acme.asOwner(tx -> new PersonService(tx).changeStatus(tomas.id(), PersonStatus.INACTIVE));
        long before = Rows.count(database, "shortlist_members");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("""
                insert into atlvs.shortlist_members (organization_id, shortlist_id, person_id, added_at)
                values (:organizationId, :shortlist, :person, now())
                """).bind("organizationId", acme.id()).bind("shortlist", shortlist.id()).bind("person", tomas.id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.PERSON_NOT_ASSIGNABLE);
                    assertThat(e.field()).contains("personId");
                    assertThat(e.rule()).contains("shortlist_members_person_assignable");
                });
        assertThat(Rows.count(database, "shortlist_members")).isEqualTo(before);
    }

    @Test
    void aClosedShortlistTakesNoNewCandidatesUntilReopened(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Closed Doors");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person isla = PeopleFixtures.person(acme, "Isla", "Navarro", "Lighting Designer");
        acme.asOwner(tx -> new ShortlistService(tx).close(shortlist.id()));

        // when / then
        assertThatThrownBy(() -> PeopleFixtures.candidate(acme, shortlist, isla, ShortlistMemberStatus.CANDIDATE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_NOT_ACTIVE);
                    assertThat(e.field()).contains("shortlistId");
                    assertThat(e.rule()).contains("shortlist_members_shortlist_active");
                });
        acme.asOwner(tx -> new ShortlistService(tx).reopen(shortlist.id()));
        assertThat(PeopleFixtures.candidate(acme, shortlist, isla, ShortlistMemberStatus.CANDIDATE).personId()).isEqualTo(isla.id());
    }

    @Test
    void aShortlistIsClosedThenArchivedAndArchivedIsFinal(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Archivists");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);

        assertThatThrownBy(() -> acme.asOwner(tx -> new ShortlistService(tx).archive(shortlist.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("people_shortlists_status_transition");
                });
        acme.asOwner(tx -> new ShortlistService(tx).close(shortlist.id()));
        Shortlist archived = acme.asOwner(tx -> new ShortlistService(tx).archive(shortlist.id()));
        assertThat(archived.status()).isEqualTo(ShortlistStatus.ARCHIVED);
        assertThatThrownBy(() -> acme.asOwner(tx -> new ShortlistService(tx).reopen(shortlist.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TRANSITION_INVALID));
    }

    @Test
    void aMemberMovesForwardThroughTheFunnelButNotBackwards(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Funnel Movers");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        ShortlistMember isla = PeopleFixtures.candidate(acme, shortlist, PeopleFixtures.person(acme, "Isla", "Navarro", "Lighting Designer"),
                ShortlistMemberStatus.CANDIDATE);

        // when
        ShortlistMember interviewed = acme.asOwner(tx -> new ShortlistService(tx).move(isla.id(), ShortlistMemberStatus.INTERVIEWED));

        // then
        assertThat(interviewed.status()).isEqualTo(ShortlistMemberStatus.INTERVIEWED);
        assertThatThrownBy(() -> acme.asOwner(tx -> new ShortlistService(tx).move(isla.id(), ShortlistMemberStatus.CONTACTED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_MEMBER_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("shortlist_members_status_transition");
                });
        ShortlistMember declined = acme.asOwner(tx -> new ShortlistService(tx).move(isla.id(), ShortlistMemberStatus.DECLINED));
        assertThat(declined.status()).isEqualTo(ShortlistMemberStatus.DECLINED);
        assertThat(acme.asOwner(tx -> new ShortlistService(tx).move(isla.id(), ShortlistMemberStatus.CANDIDATE)).status())
                .isEqualTo(ShortlistMemberStatus.CANDIDATE);
    }

    @Test
    void selectingPublishesTheMemberSelectedEvent(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Selectors");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "LD candidates - Q3 tour", PeopleFixtures.role(acme, "Lighting Designer", "650.0000"), 2);
        Person isla = PeopleFixtures.person(acme, "Isla", "Navarro", "Lighting Designer");
        ShortlistMember offered = PeopleFixtures.candidate(acme, shortlist, isla, ShortlistMemberStatus.OFFERED);

        // when
        ShortlistMember selected = acme.asOwner(tx -> new ShortlistService(tx).select(offered.id()));

        // then
        assertThat(selected.status()).isEqualTo(ShortlistMemberStatus.SELECTED);
        List<DomainEvent> events = acme.asOwner(tx -> new DomainEvents(tx).history(ShortlistEvents.AGGREGATE, shortlist.id()));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo(ShortlistEvents.MEMBER_SELECTED);
            assertThat(event.payload()).contains(offered.id().toString(), isla.id().toString(), shortlist.roleId().orElseThrow().toString());
        });
    }

    @Test
    void aSelectionAboveTheTargetIsRefusedAndNothingIsWritten(Fixtures fixtures) {
        // given: the target of 2 is reached
        OrganizationFixture acme = fixtures.organization("Full House");
        LightingShortlist lds = PeopleFixtures.lightingDesignerShortlist(acme);
        acme.asOwner(tx -> new ShortlistService(tx).select(lds.offered().id()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ShortlistService(tx).select(lds.interviewed().id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TARGET_REACHED);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("shortlist_members_selected_target");
                });
        ShortlistMember kemi = acme.asOwner(tx -> tx.repository(ShortlistMemberRepository.class).get(lds.interviewed().id()));
        assertThat(kemi).isEqualTo(lds.interviewed());
        List<DomainEvent> events = acme.asOwner(tx -> new DomainEvents(tx).history(ShortlistEvents.AGGREGATE, lds.shortlist().id()));
        assertThat(events).hasSize(2);
    }

    @Test
    void aSelectionAboveTheTargetIsRefusedByRawSql(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Full House Raw");
        LightingShortlist lds = PeopleFixtures.lightingDesignerShortlist(acme);
        acme.asOwner(tx -> new ShortlistService(tx).select(lds.offered().id()));

        assertThatThrownBy(() -> acme.asOwner(tx -> tx.handle().createUpdate("update atlvs.shortlist_members set status = 'selected' where id = :id")
                .bind("id", lds.contacted().id()).execute()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TARGET_REACHED);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("shortlist_members_selected_target");
                });
        long selectedCount = acme.asOwner(tx -> tx.repository(ShortlistMemberRepository.class).countSelected(lds.shortlist().id()));
        assertThat(selectedCount).isEqualTo(2);
    }

    @Test
    void theTargetIsNotLoweredBelowTheMembersSelected(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Target Cutters");
        LightingShortlist lds = PeopleFixtures.lightingDesignerShortlist(acme);
        acme.asOwner(tx -> new ShortlistService(tx).select(lds.offered().id()));

        assertThatThrownBy(() -> acme.asOwner(tx -> new ShortlistService(tx).changeTarget(lds.shortlist().id(), Optional.of(1))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TARGET_REACHED);
                    assertThat(e.field()).contains("targetCount");
                    assertThat(e.rule()).contains("people_shortlists_target_selected");
                });
        assertThat(acme.asOwner(tx -> new ShortlistService(tx).changeTarget(lds.shortlist().id(), Optional.of(3))).targetCount()).contains(3);
        assertThat(acme.asOwner(tx -> new ShortlistService(tx).changeTarget(lds.shortlist().id(), Optional.empty())).targetCount()).isEmpty();
    }

    @Test
    void theFunnelCountsStagesConversionsAndSelectedAgainstTarget(Fixtures fixtures) {
        // given: five candidates, one each selected, offered, interviewed, contacted and rejected; target 2
        OrganizationFixture acme = fixtures.organization("Funnel Readers");
        LightingShortlist lds = PeopleFixtures.lightingDesignerShortlist(acme);

        // when
        ShortlistFunnel funnel = acme.asOwner(tx -> new ShortlistService(tx).funnel(lds.shortlist().id()));

        // then: reached counts 5 (everyone), 4, 3, 2, 1
        assertThat(funnel).isEqualTo(new ShortlistFunnel(lds.shortlist().id(),
                List.of(new ShortlistFunnel.Stage(ShortlistMemberStatus.CANDIDATE, 0, 5),
                        new ShortlistFunnel.Stage(ShortlistMemberStatus.CONTACTED, 1, 4),
                        new ShortlistFunnel.Stage(ShortlistMemberStatus.INTERVIEWED, 1, 3),
                        new ShortlistFunnel.Stage(ShortlistMemberStatus.OFFERED, 1, 2),
                        new ShortlistFunnel.Stage(ShortlistMemberStatus.SELECTED, 1, 1)),
                List.of(new ShortlistFunnel.Conversion(ShortlistMemberStatus.CANDIDATE, ShortlistMemberStatus.CONTACTED, Optional.of(new BigDecimal("0.8000"))),
                        new ShortlistFunnel.Conversion(ShortlistMemberStatus.CONTACTED, ShortlistMemberStatus.INTERVIEWED, Optional.of(new BigDecimal("0.7500"))),
                        new ShortlistFunnel.Conversion(ShortlistMemberStatus.INTERVIEWED, ShortlistMemberStatus.OFFERED, Optional.of(new BigDecimal("0.6667"))),
                        new ShortlistFunnel.Conversion(ShortlistMemberStatus.OFFERED, ShortlistMemberStatus.SELECTED, Optional.of(new BigDecimal("0.5000")))),
                1, 0, 1, Optional.of(2)));
        assertThat(funnel.openPlaces()).contains(1L);
    }

    @Test
    void theFunnelOfAnEmptyShortlistHasNoConversions(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Empty Funnel");
        Shortlist shortlist = PeopleFixtures.shortlist(acme, "Riggers - winter", PeopleFixtures.role(acme, "Rigger", "350.0000"), 4);

        ShortlistFunnel funnel = acme.asOwner(tx -> new ShortlistService(tx).funnel(shortlist.id()));

        assertThat(funnel.stages()).extracting(ShortlistFunnel.Stage::reached).containsOnly(0L);
        assertThat(funnel.conversions()).extracting(ShortlistFunnel.Conversion::rate).containsOnly(Optional.empty());
        assertThat(funnel.openPlaces()).contains(4L);
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoTransactionsSelectingTheLastPlaceAtOnceCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: target 2, one selected; Jonas (offered) and Kemi (interviewed) each about to take the last place
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Last Place " + isolation);
        LightingShortlist lds = PeopleFixtures.lightingDesignerShortlist(acme);

        // when: both transactions have begun before either selects
        List<Race.Outcome<ShortlistMember>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new ShortlistService(tx).select(lds.offered().id());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new ShortlistService(tx).select(lds.interviewed().id());
                })));

        // then: one selection commits, the other is refused as above the target
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.SHORTLIST_TARGET_REACHED);
                    assertThat(e.rule()).contains("shortlist_members_selected_target");
                }));
        long selectedCount = acme.asOwner(tx -> tx.repository(ShortlistMemberRepository.class).countSelected(lds.shortlist().id()));
        assertThat(selectedCount).isEqualTo(2);
        List<UUID> selected = acme.asOwner(tx -> new ShortlistService(tx).members(lds.shortlist().id())).stream()
                .filter(m -> m.status() == ShortlistMemberStatus.SELECTED).map(ShortlistMember::id).toList();
        assertThat(selected).hasSize(2).contains(lds.selected().id());
    }
}
