package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.user.User;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.people.person.Person;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.testing.CallSheetFixtures;
import dev.atlvs.programming.testing.CallSheetFixtures.CrewMember;
import dev.atlvs.programming.testing.CallSheetFixtures.FridayCrewCall;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of a call, held by the database whoever writes (the SDK checks them first and reports them under the same
 * names): a confirmed booking covers the call, a person is on one call at a time, a call lies on the sheet's date, and
 * each standing call commits the person's time.
 */
@AtlvsTest
class CallSheetRulesTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    private static Instant at(LocalDate date, int hour, int minute) {
        return ProgrammingFixtures.at(date, LocalTime.of(hour, minute));
    }

    private static Person unbooked(OrganizationFixture org, String first) {
        User login = org.addMember(MemberRole.CONTRIBUTOR);
        return CallSheetFixtures.crewMember(org, login, first, "Walker", "Runner");
    }

    private static CallSheet secondSheet(OrganizationFixture org, FridayCrewCall friday, String title) {
        return org.asOwner(tx -> new CallSheetService(tx).create(CallSheetFixtures.fridaySheet(org, friday.festival()).title(title)
                .eventId(ProgrammingFixtures.mainStageDay(friday.festival(), 0).id()).build()));
    }

    private static int sql(OrganizationFixture org, String statement, Map<String, ?> arguments) {
        return org.asOwner(tx -> tx.handle().createUpdate(statement).bindMap(arguments).execute());
    }

    private static long commitments(OrganizationFixture org, UUID entryId) {
        return org.asOwner(tx -> tx.handle().createQuery("""
                        select count(*) from atlvs.person_commitments
                         where source = 'call_sheet_entries' and source_id = :id""")
                .bind("id", entryId).mapTo(Long.class).one());
    }

    // --- a confirmed booking covers the call ---

    @Test
    void aPersonWithoutABookingOnTheProjectIsNotCalledThroughTheSdk(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Unbooked SDK");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");

        // when / then
        Breaks.rule(() -> CallSheetFixtures.call(org, friday.sheet(), eve, "Runner", "Production", at(FRIDAY, 9, 0),
                at(FRIDAY, 17, 0)), ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
        assertThat(org.<List<CallSheetEntry>>asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id()))).hasSize(4);
    }

    @Test
    void aPersonWithoutABookingOnTheProjectIsNotCalledByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Unbooked SQL");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");

        // when / then
        Breaks.rule(() -> sql(org, """
                        insert into atlvs.call_sheet_entries (organization_id, call_sheet_id, person_id, call_at, wrap_at)
                        values (:org, :sheet, :person, :call, :wrap)""",
                Map.of("org", org.id(), "sheet", friday.sheet().id(), "person", eve.id(), "call", at(FRIDAY, 9, 0),
                        "wrap", at(FRIDAY, 17, 0))), ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
    }

    @Test
    void aTentativeBookingDoesNotCoverACall(Fixtures fixtures) {
        // given: Eve is pencilled in, not confirmed
        OrganizationFixture org = fixtures.organization("Call Tentative");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");
        org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(dev.atlvs.projects.resource.ProjectResource.builder()
                .organizationId(org.id()).projectId(friday.festival().project().id())
                .resourceType(dev.atlvs.projects.resource.ResourceType.PERSON).resourceId(eve.id()).name("Runner")
                .startAt(at(FRIDAY, 7, 0)).endAt(at(FRIDAY, 23, 0)).status(ResourceStatus.TENTATIVE).build()));

        // when / then
        Breaks.rule(() -> CallSheetFixtures.call(org, friday.sheet(), eve, "Runner", "Production", at(FRIDAY, 9, 0),
                at(FRIDAY, 17, 0)), ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
    }

    @Test
    void aCallMovedPastTheEndOfTheBookingIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        // given: Chloe is booked until 01:00 on Saturday
        OrganizationFixture org = fixtures.organization("Call Past Booking");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry chloe = friday.audio().call();

        // when / then
        Breaks.rule(() -> org.asOwner(tx -> new CallSheetService(tx).moveCall(chloe.id(), chloe.callAt(), at(FRIDAY.plusDays(1), 2, 0))),
                ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
        Breaks.rule(() -> sql(org, "update atlvs.call_sheet_entries set wrap_at = :wrap where id = :id",
                Map.of("wrap", at(FRIDAY.plusDays(1), 2, 0), "id", chloe.id())), ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
    }

    @Test
    void aBookingOnAnotherProjectDoesNotCoverACall(Fixtures fixtures) {
        // given: Eve is confirmed, but on another project
        OrganizationFixture org = fixtures.organization("Call Other Project");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");
        CallSheetFixtures.booking(org, ProjectFixtures.project(org), eve, "Runner", at(FRIDAY, 7, 0), at(FRIDAY, 23, 0));

        // when / then
        Breaks.rule(() -> CallSheetFixtures.call(org, friday.sheet(), eve, "Runner", "Production", at(FRIDAY, 9, 0),
                at(FRIDAY, 17, 0)), ProgrammingRules.CALL_SHEET_ENTRIES_ASSIGNMENT);
    }

    @Test
    void aBookingThatACallStandsOnIsNotReleasedThroughTheSdkNorByRawSql(Fixtures fixtures) {
        // given: Chloe's Friday booking covers her call
        OrganizationFixture org = fixtures.organization("Booking Called");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        dev.atlvs.projects.resource.ProjectResource booking = friday.audio().booking();

        // when / then
        Breaks.rule(() -> org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).update(
                dev.atlvs.projects.resource.ImmutableProjectResource.copyOf(tx.repository(ProjectResourceRepository.class).get(booking.id()))
                        .withStatus(ResourceStatus.RELEASED))), ProgrammingRules.PROJECT_RESOURCES_CALLED);
        Breaks.rule(() -> sql(org, "update atlvs.project_resources set end_at = :end where id = :id",
                Map.of("end", at(FRIDAY, 20, 0), "id", booking.id())), ProgrammingRules.PROJECT_RESOURCES_CALLED);
    }

    @Test
    void aBookingIsReleasedOnceItsCallIsRemovedAndExtendedAtAnyTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Booking Released");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        UUID chloe = friday.audio().booking().id();
        UUID dev = friday.stageManager().booking().id();

        // when: Dev's booking grows by an hour; Chloe's call goes, then her booking
        int extended = sql(org, "update atlvs.project_resources set end_at = :end where id = :id",
                Map.of("end", at(FRIDAY.plusDays(1), 2, 0), "id", dev));
        org.asOwner(tx -> {
            new CallSheetService(tx).removeCall(friday.audio().call().id());
            return null;
        });
        int released = sql(org, "update atlvs.project_resources set status = 'released' where id = :id", Map.of("id", chloe));

        // then
        assertThat(extended).isOne();
        assertThat(released).isOne();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void aCallAndTheReleaseOfItsBookingInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: Eve is booked; one coordinator calls her while another releases her booking
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Booking Race " + isolation);
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");
        UUID booking = CallSheetFixtures.booking(org, friday.festival().project(), eve, "Runner", at(FRIDAY, 7, 0),
                at(FRIDAY, 23, 0)).id();

        // when: both transactions have begun before either writes
        List<Race.Outcome<Object>> outcomes = Race.<Object>run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return (Object) new CallSheetService(tx).call(CallSheetEntry.builder().organizationId(org.id())
                            .callSheetId(friday.sheet().id()).personId(eve.id()).callAt(at(FRIDAY, 9, 0))
                            .wrapAt(at(FRIDAY, 15, 0)).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return (Object) tx.handle().createUpdate("update atlvs.project_resources set status = 'released' where id = :id")
                            .bind("id", booking).execute();
                })));

        // then: exactly one commits; a standing call always has its confirmed booking
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        long uncovered = org.asOwner(tx -> tx.handle().createQuery("""
                        select count(*) from atlvs.call_sheet_entries e
                         where e.person_id = :person and e.live and not exists (
                               select 1 from atlvs.project_resources r
                                where r.organization_id = e.organization_id and r.resource_id = e.person_id and r.status = 'confirmed'
                                  and r.start_at <= e.call_at and r.end_at >= e.wrap_at)""")
                .bind("person", eve.id()).mapTo(Long.class).one());
        assertThat(uncovered).isZero();
    }

    // --- one call at a time ---

    @Test
    void aPersonOnACallIsNotCalledElsewhereAtTheSameTimeThroughTheSdk(Fixtures fixtures) {
        // given: Ana is called 08:00 to 00:30 on the main stage
        OrganizationFixture org = fixtures.organization("One Call SDK");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheet tent = secondSheet(org, friday, "Riverside Tent - Friday crew call");

        // when / then
        Breaks.rule(() -> CallSheetFixtures.call(org, tent, friday.riggers().get(0).person(), "Rigger", "Rigging",
                at(FRIDAY, 12, 0), at(FRIDAY, 18, 0)), ProgrammingRules.CALL_SHEET_ENTRIES_ONE_CALL);
    }

    @Test
    void aPersonOnACallIsNotCalledElsewhereAtTheSameTimeByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("One Call SQL");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheet tent = secondSheet(org, friday, "Riverside Tent - Friday crew call");

        // when / then
        Breaks.rule(() -> sql(org, """
                        insert into atlvs.call_sheet_entries (organization_id, call_sheet_id, person_id, call_at, wrap_at)
                        values (:org, :sheet, :person, :call, :wrap)""",
                Map.of("org", org.id(), "sheet", tent.id(), "person", friday.riggers().get(0).person().id(),
                        "call", at(FRIDAY, 12, 0), "wrap", at(FRIDAY, 18, 0))), ProgrammingRules.CALL_SHEET_ENTRIES_ONE_CALL);
    }

    @Test
    void aCancelledSheetsCallsReleaseThePeopleForAnotherCall(Fixtures fixtures) {
        // given: the main stage call is cancelled
        OrganizationFixture org = fixtures.organization("One Call Cancelled");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CrewMember ana = friday.riggers().get(0);
        org.asOwner(tx -> new CallSheetService(tx).cancel(friday.sheet().id()));
        CallSheet tent = secondSheet(org, friday, "Riverside Tent - Friday crew call");

        // when
        CallSheetEntry call = CallSheetFixtures.call(org, tent, ana.person(), "Rigger", "Rigging", at(FRIDAY, 12, 0), at(FRIDAY, 18, 0));

        // then: the cancelled call no longer stands nor holds her time
        assertThat(call.live()).isTrue();
        assertThat(org.asOwner(tx -> tx.repository(CallSheetEntryRepository.class).get(ana.call().id())).live()).isFalse();
        assertThat(commitments(org, ana.call().id())).isZero();
        assertThat(commitments(org, call.id())).isOne();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoOverlappingCallsOfOnePersonWrittenInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: Eve is booked, and two coordinators call her on two sheets at overlapping times
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("One Call Race " + isolation);
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Person eve = unbooked(org, "Eve");
        CallSheetFixtures.booking(org, friday.festival().project(), eve, "Runner", at(FRIDAY, 7, 0), at(FRIDAY, 23, 0));
        CallSheet tent = secondSheet(org, friday, "Riverside Tent - Friday crew call");
        List<UUID> sheets = List.of(friday.sheet().id(), tent.id());

        // when: both transactions have begun before either writes
        List<Race.Outcome<CallSheetEntry>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new CallSheetService(tx).call(CallSheetEntry.builder().organizationId(org.id()).callSheetId(sheets.get(0))
                            .personId(eve.id()).callAt(at(FRIDAY, 9, 0)).wrapAt(at(FRIDAY, 15, 0)).build());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new CallSheetService(tx).call(CallSheetEntry.builder().organizationId(org.id()).callSheetId(sheets.get(1))
                            .personId(eve.id()).callAt(at(FRIDAY, 12, 0)).wrapAt(at(FRIDAY, 18, 0)).build());
                })));

        // then: one commits, the other is refused under the rule
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(AtlvsException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingRules.CALL_SHEET_ENTRIES_ONE_CALL.code())));
    }

    // --- on the sheet's date ---

    @Test
    void aCallOnAnotherDateIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Date");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry ana = friday.riggers().get(0).call();

        // when / then: Thursday evening is not Friday
        Breaks.rule(() -> org.asOwner(tx -> new CallSheetService(tx).moveCall(ana.id(), at(FRIDAY.minusDays(1), 20, 0),
                at(FRIDAY, 2, 0))), ProgrammingRules.CALL_SHEET_ENTRIES_ON_EVENT_DATE);
        Breaks.rule(() -> sql(org, "update atlvs.call_sheet_entries set call_at = :call where id = :id",
                Map.of("call", at(FRIDAY.minusDays(1), 20, 0), "id", ana.id())), ProgrammingRules.CALL_SHEET_ENTRIES_ON_EVENT_DATE);
    }

    @Test
    void theDateIsReadInTheSheetsTimeZoneNotInUtc(Fixtures fixtures) {
        // given: 00:30 on Friday in London is 23:30 on Thursday in UTC
        OrganizationFixture org = fixtures.organization("Call Zone");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry ana = friday.riggers().get(0).call();
        Instant earlyFriday = at(FRIDAY, 0, 30);
        assertThat(earlyFriday).isEqualTo(Instant.parse("2026-07-09T23:30:00Z"));

        // when: both the SDK and the database accept it
        CallSheetEntry moved = org.asOwner(tx -> new CallSheetService(tx).moveCall(ana.id(), earlyFriday.plusSeconds(3600 * 8),
                ana.wrapAt()));
        int changed = sql(org, "update atlvs.call_sheet_entries set call_at = :call where id = :id",
                Map.of("call", earlyFriday.plusSeconds(3600 * 7), "id", ana.id()));

        // then
        assertThat(moved.callAt()).isEqualTo(at(FRIDAY, 8, 30));
        assertThat(changed).isOne();
    }

    @Test
    void aWrapAfterMidnightIsPartOfTheSameDaysCall(Fixtures fixtures) {
        // given / when: the riggers wrap at 00:30 on Saturday
        OrganizationFixture org = fixtures.organization("Call After Midnight");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // then
        assertThat(friday.riggers().get(0).call().wrapAt()).isEqualTo(at(FRIDAY.plusDays(1), 0, 30));
        assertThat(org.<List<CallSheetEntry>>asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id()))).hasSize(4);
    }

    @Test
    void aWrapBeforeTheCallIsRefusedThroughTheSdkAndByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Wrap");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry ana = friday.riggers().get(0).call();

        // when / then
        Breaks.rule(() -> org.asOwner(tx -> new CallSheetService(tx).moveCall(ana.id(), ana.callAt(), ana.callAt())),
                ProgrammingRules.CALL_SHEET_ENTRIES_WRAP_AT_CHECK);
        Breaks.rule(() -> sql(org, "update atlvs.call_sheet_entries set wrap_at = call_at where id = :id", Map.of("id", ana.id())),
                ProgrammingRules.CALL_SHEET_ENTRIES_WRAP_AT_CHECK);
    }

    // --- the sheet ---

    @Test
    void aSheetsEventBelongsToItsProject(Fixtures fixtures) {
        // given: an event of another project
        OrganizationFixture org = fixtures.organization("Sheet Event Project");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        Festival other = ProgrammingFixtures.festival(org);
        UUID foreign = ProgrammingFixtures.mainStageDay(other, 0).id();

        // when / then
        Breaks.rule(() -> org.asOwner(tx -> new CallSheetService(tx).create(CallSheetFixtures.fridaySheet(org, friday.festival())
                .eventId(foreign).build())), ProgrammingRules.CALL_SHEETS_EVENT_IN_PROJECT);
        Breaks.rule(() -> sql(org, "update atlvs.call_sheets set event_id = :event where id = :id",
                Map.of("event", foreign, "id", friday.sheet().id())), ProgrammingRules.CALL_SHEETS_EVENT_IN_PROJECT);
    }

    @Test
    void aSheetWithoutATimeZoneTakesItsEventsZone(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Sheet Zone");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when
        CallSheet sheet = org.asOwner(tx -> new CallSheetService(tx).create(CallSheetFixtures.fridaySheet(org, friday.festival())
                .title("Tent crew call").build()));

        // then
        assertThat(sheet.timezone()).contains("Europe/London");
        Breaks.rule(() -> sql(org, "update atlvs.call_sheets set timezone = 'Mars/Olympus_Mons' where id = :id",
                Map.of("id", sheet.id())), ProgrammingRules.CALL_SHEETS_TIMEZONE_ZONE);
    }

    // --- people's time ---

    @Test
    void aCallCommitsThePersonsTimeWithinTheProjectAndRemovingItReleasesIt(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Commitment");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetEntry chloe = friday.audio().call();
        Map<String, Object> committed = org.asOwner(tx -> tx.handle().createQuery("""
                        select project_id, starts_at, ends_at, status from atlvs.person_commitments
                         where source = 'call_sheet_entries' and source_id = :id""")
                .bind("id", chloe.id()).mapToMap().one());

        // when
        org.asOwner(tx -> {
            new CallSheetService(tx).removeCall(chloe.id());
            return null;
        });

        // then
        assertThat(committed).containsEntry("project_id", friday.festival().project().id()).containsEntry("status", "confirmed");
        assertThat(commitments(org, chloe.id())).isZero();
    }

    @Test
    void aCallDeletedByRawSqlReleasesThePersonsTime(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Deleted SQL");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        assertThat(commitments(org, friday.audio().call().id())).isOne();

        // when
        sql(org, "delete from atlvs.call_sheet_entries where id = :id", Map.of("id", friday.audio().call().id()));

        // then
        assertThat(commitments(org, friday.audio().call().id())).isZero();
    }

    @Test
    void erasingAPersonDeletesTheirCalls(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Call Erasure");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CrewMember dev = friday.stageManager();

        // when
        org.asOwner(tx -> new dev.atlvs.people.person.PersonService(tx).erase(dev.person().id()));

        // then
        assertThat(org.<List<CallSheetEntry>>asOwner(tx -> new CallSheetService(tx).calls(friday.sheet().id())))
                .extracting(CallSheetEntry::personId).doesNotContain(dev.person().id()).hasSize(3);
        assertThat(commitments(org, dev.call().id())).isZero();
    }

    // --- revisions ---

    @Test
    void aDistributedRevisionIsNeverRewrittenButItsNoteIs(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Revision Immutable");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheetRevision first = org.asOwner(tx -> new CallSheetService(tx).revisions(friday.sheet().id())).get(0);

        // when
        CallSheetRevision noted = org.asOwner(tx -> tx.repository(CallSheetRevisionRepository.class)
                .update(ImmutableCallSheetRevision.copyOf(first).withNote("Sent at 18:00 on Thursday")));

        // then
        assertThat(noted.note()).contains("Sent at 18:00 on Thursday");
        Breaks.rule(() -> org.asOwner(tx -> tx.repository(CallSheetRevisionRepository.class)
                .update(ImmutableCallSheetRevision.copyOf(noted).withEntries("[]"))), ProgrammingRules.CALL_SHEET_REVISIONS_IMMUTABLE);
        Breaks.rule(() -> sql(org, "update atlvs.call_sheet_revisions set revision = 7 where id = :id", Map.of("id", first.id())),
                ProgrammingRules.CALL_SHEET_REVISIONS_IMMUTABLE);
    }
}
