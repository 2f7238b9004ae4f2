package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.core.user.User;
import dev.atlvs.people.person.Person;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.testing.CallSheetFixtures;
import dev.atlvs.programming.testing.CallSheetFixtures.CrewMember;
import dev.atlvs.programming.testing.CallSheetFixtures.FridayCrewCall;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of a call sheet (draft, published, distributed, updated, cancelled), the revision snapshots of each
 * distribution, and the targeted notification of a redistribution: only the people whose call changed, was added or was
 * removed hear of it.
 */
@AtlvsTest
class CallSheetDistributionTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    private static Instant at(LocalDate date, int hour, int minute) {
        return ProgrammingFixtures.at(date, LocalTime.of(hour, minute));
    }

    private static List<Notification> notificationsOf(OrganizationFixture org, CrewMember member) {
        return org.as(member.login(), tx -> new NotificationService(tx).unread());
    }

    // --- lifecycle ---

    @Test
    void aDistributedSheetHasItsFirstRevisionSnapshotAndEveryoneCalledIsNotified(Fixtures fixtures) {
        // given / when
        OrganizationFixture org = fixtures.organization("Distribute First");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // then
        assertThat(friday.sheet().status()).isEqualTo(CallSheetStatus.DISTRIBUTED);
        assertThat(friday.sheet().revision()).isOne();
        assertThat(friday.sheet().distributedAt()).isPresent();
        List<CallSheetRevision> revisions = org.asOwner(tx -> new CallSheetService(tx).revisions(friday.sheet().id()));
        assertThat(revisions).extracting(CallSheetRevision::revision).containsExactly(1);
        assertThat(revisions.get(0).distributedBy()).contains(org.owner().id());
        assertThat(org.<List<CallSheetRevisionRepository.DistributedCall>>asOwner(tx -> tx.repository(CallSheetRevisionRepository.class).callsOf(revisions.get(0).id())))
                .extracting(CallSheetRevisionRepository.DistributedCall::personId)
                .containsExactlyInAnyOrderElementsOf(friday.crew().stream().map(m -> m.person().id()).toList());
        for (CrewMember member : friday.crew()) {
            assertThat(notificationsOf(org, member)).extracting(Notification::type).containsExactly(CallSheetService.DISTRIBUTED);
        }
    }

    @Test
    void aDraftIsNotDistributedBeforeItIsPublished(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Distribute Draft");
        Festival festival = ProgrammingFixtures.festival(org);
        CallSheet draft = org.asOwner(tx -> new CallSheetService(tx).create(CallSheetFixtures.fridaySheet(org, festival).build()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new CallSheetService(tx).distribute(draft.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.CALL_SHEET_TRANSITION_INVALID);
                    assertThat(e.rule()).contains("call_sheets_status_transition");
                });
        assertThat(org.<List<CallSheetRevision>>asOwner(tx -> new CallSheetService(tx).revisions(draft.id()))).isEmpty();
    }

    @Test
    void anEditOfADistributedSheetMakesItUpdatedWithTheNextRevision(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Edit Distributed");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        CallSheet edited = org.asOwner(tx -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(
                new CallSheetService(tx).get(friday.sheet().id())).withCateringInfo("Crew catering moved to the blue marquee")));

        // then
        assertThat(edited.status()).isEqualTo(CallSheetStatus.UPDATED);
        assertThat(edited.revision()).isEqualTo(2);
    }

    @Test
    void anEditByRawSqlOfADistributedSheetOrOfOneOfItsCallsMakesItUpdatedToo(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Edit Distributed SQL");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when: one call moves by an hour, then another
        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.call_sheet_entries set call_at = :at where id = :id")
                .bind("at", at(FRIDAY, 9, 0)).bind("id", friday.riggers().get(0).call().id()).execute());
        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.call_sheet_entries set call_at = :at where id = :id")
                .bind("at", at(FRIDAY, 9, 0)).bind("id", friday.riggers().get(1).call().id()).execute());

        // then: one new revision for both
        CallSheet sheet = org.asOwner(tx -> new CallSheetService(tx).get(friday.sheet().id()));
        assertThat(sheet.status()).isEqualTo(CallSheetStatus.UPDATED);
        assertThat(sheet.revision()).isEqualTo(2);
    }

    @Test
    void anAcknowledgementIsNoEditOfTheCall(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Acknowledge No Edit");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        org.as(friday.audio().login(), tx -> new CallSheetService(tx).acknowledge(friday.sheet().id()));

        // then
        CallSheet sheet = org.asOwner(tx -> new CallSheetService(tx).get(friday.sheet().id()));
        assertThat(sheet.status()).isEqualTo(CallSheetStatus.DISTRIBUTED);
        assertThat(sheet.revision()).isOne();
    }

    @Test
    void anySheetMayBeCancelledButACancelledOneIsFinal(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Cancel");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        CallSheet cancelled = org.asOwner(tx -> new CallSheetService(tx).cancel(friday.sheet().id()));

        // then
        assertThat(cancelled.status()).isEqualTo(CallSheetStatus.CANCELLED);
        assertThat(org.<List<CallSheetEntry>>asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id()))).allSatisfy(c -> assertThat(c.live()).isFalse());
        assertThatThrownBy(() -> org.asOwner(tx -> new CallSheetService(tx).publish(friday.sheet().id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.CALL_SHEET_TRANSITION_INVALID));
        assertThatThrownBy(() -> org.asOwner(tx -> new CallSheetService(tx).moveCall(friday.audio().call().id(),
                at(FRIDAY, 10, 0), at(FRIDAY, 22, 0))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.CALL_SHEET_TRANSITION_INVALID));
    }

    @Test
    void aDeletedSheetsCallsStopStandingAndStandAgainWhenItIsRestored(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Delete Restore");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        org.asOwner(tx -> {
            new CallSheetService(tx).delete(friday.sheet().id());
            return null;
        });
        List<CallSheetEntry> whileDeleted = org.asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id()));
        org.asOwner(tx -> new CallSheetService(tx).restore(friday.sheet().id()));

        // then
        assertThat(whileDeleted).allSatisfy(c -> assertThat(c.live()).isFalse());
        assertThat(org.<List<CallSheetEntry>>asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id()))).allSatisfy(c -> assertThat(c.live()).isTrue());
    }

    // --- revision diff and targeted notification ---

    @Test
    void aRedistributionNotifiesOnlyThePeopleWhoseCallChangedWasAddedOrWasRemoved(Fixtures fixtures) {
        // given: Chloe's call moves an hour later, Dev is no longer needed, Eve joins; the riggers' calls stay
        OrganizationFixture org = fixtures.organization("Redistribute Targeted");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        User eveLogin = org.addMember(MemberRole.CONTRIBUTOR);
        Person eve = CallSheetFixtures.crewMember(org, eveLogin, "Eve", "Walker", "Runner");
        CallSheetFixtures.booking(org, friday.festival().project(), eve, "Runner", at(FRIDAY, 7, 0), at(FRIDAY, 23, 0));
        org.asOwner(tx -> {
            CallSheetService sheets = new CallSheetService(tx);
            CallSheetEntry chloe = friday.audio().call();
            sheets.moveCall(chloe.id(), chloe.callAt().plus(Duration.ofHours(1)), chloe.wrapAt());
            sheets.removeCall(friday.stageManager().call().id());
            return null;
        });
        CallSheetFixtures.call(org, friday.sheet(), eve, "Runner", "Production", at(FRIDAY, 10, 0), at(FRIDAY, 18, 0));

        // when
        CallSheetService.Distribution sent = org.asOwner(tx -> new CallSheetService(tx).distribute(friday.sheet().id()));

        // then
        assertThat(sent.sheet().status()).isEqualTo(CallSheetStatus.DISTRIBUTED);
        assertThat(sent.revision().revision()).isEqualTo(2);
        assertThat(sent.diff().changes()).extracting(RevisionDiff.PersonChange::personId, RevisionDiff.PersonChange::kind,
                        RevisionDiff.PersonChange::fields)
                .containsExactlyInAnyOrder(
                        tuple(friday.audio().person().id(), RevisionDiff.Kind.CHANGED, Set.of(RevisionDiff.Field.CALL_AT)),
                        tuple(friday.stageManager().person().id(), RevisionDiff.Kind.REMOVED, Set.of()),
                        tuple(eve.id(), RevisionDiff.Kind.ADDED, Set.of()));
        assertThat(sent.notified()).extracting(Notification::userId)
                .containsExactlyInAnyOrder(friday.audio().login().id(), friday.stageManager().login().id(), eveLogin.id());
        assertThat(notificationsOf(org, friday.audio())).extracting(Notification::type).contains(CallSheetService.CALL_CHANGED);
        assertThat(notificationsOf(org, friday.stageManager())).extracting(Notification::type).contains(CallSheetService.CALL_REMOVED);
        for (CrewMember rigger : friday.riggers()) {
            assertThat(notificationsOf(org, rigger)).extracting(Notification::type).containsExactly(CallSheetService.DISTRIBUTED);
        }
    }

    @Test
    void aRedistributionAfterAnEditThatMovesNoCallNotifiesNobody(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Redistribute Nobody");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        org.asOwner(tx -> new CallSheetService(tx).update(ImmutableCallSheet.copyOf(new CallSheetService(tx).get(friday.sheet().id()))
                .withParkingInfo("Crew car park D")));

        // when
        CallSheetService.Distribution sent = org.asOwner(tx -> new CallSheetService(tx).distribute(friday.sheet().id()));

        // then
        assertThat(sent.revision().revision()).isEqualTo(2);
        assertThat(sent.diff().isEmpty()).isTrue();
        assertThat(sent.notified()).isEmpty();
    }

    @Test
    void theDiffBetweenTwoDistributedRevisionsIsReadFromTheirSnapshots(Fixtures fixtures) {
        // given: Ana's wrap and location change, and the sheet is distributed again
        OrganizationFixture org = fixtures.organization("Diff Revisions");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry ana = friday.riggers().get(0).call();
        org.asOwner(tx -> {
            CallSheetService sheets = new CallSheetService(tx);
            sheets.updateCall(ImmutableCallSheetEntry.copyOf(ana).withWrapAt(at(FRIDAY, 23, 0)).withLocationNote("Stage left wing"));
            return sheets.distribute(friday.sheet().id());
        });

        // when
        RevisionDiff diff = org.asOwner(tx -> new CallSheetService(tx).diff(friday.sheet().id(), 1, 2));

        // then
        assertThat(diff.fromRevision()).isOne();
        assertThat(diff.toRevision()).isEqualTo(2);
        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.personId()).isEqualTo(friday.riggers().get(0).person().id());
            assertThat(change.fields()).containsExactlyInAnyOrder(RevisionDiff.Field.WRAP_AT, RevisionDiff.Field.LOCATION);
            assertThat(change.before().orElseThrow().wrapAt()).isEqualTo(ana.wrapAt());
            assertThat(change.after().orElseThrow().locationNote()).contains("Stage left wing");
        });
    }

    @Test
    void pendingChangesShowWhatTheNextDistributionWouldSend(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Diff Pending");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry ben = friday.riggers().get(1).call();
        org.asOwner(tx -> new CallSheetService(tx).moveCall(ben.id(), ben.callAt().minus(Duration.ofMinutes(30)), ben.wrapAt()));

        // when
        RevisionDiff pending = org.asOwner(tx -> new CallSheetService(tx).pendingChanges(friday.sheet().id()));

        // then
        assertThat(pending.recipients()).containsExactly(friday.riggers().get(1).person().id());
        assertThat(pending.toRevision()).isEqualTo(2);
    }
}
