package dev.atlvs.programming.lineup;

import static dev.atlvs.testing.RuleAssertions.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.company.contract.ContractService;
import dev.atlvs.people.company.contract.ContractType;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.programming.ProgrammingRules;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.event.EventService;
import dev.atlvs.programming.event.ImmutableEvent;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.LineupFixtures.MainStageFriday;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every rule of lineups, broken through the SDK and by raw SQL on Friday of the festival: the stage and the performer
 * are never double-booked, slots lie inside their event and end by the curfew, a locked lineup only cancels, a slot is
 * on its event's stage, and a confirmed slot has an active contract of its act's company.
 */
@AtlvsTest
class LineupRulesTest {

    private static final LocalDate FRIDAY = Festival.FIRST_DAY;

    private static Instant friday(int hour, int minute) {
        return ProgrammingFixtures.at(FRIDAY, LocalTime.of(hour, minute));
    }

    private static Instant saturday(int hour, int minute) {
        return ProgrammingFixtures.at(FRIDAY.plusDays(1), LocalTime.of(hour, minute));
    }

    record Setup(OrganizationFixture org, Festival festival, MainStageFriday main, Event mainFriday, Event tentFriday) {}

    private static Setup setup(Fixtures fixtures, String name) {
        OrganizationFixture org = fixtures.organization(name);
        Festival festival = ProgrammingFixtures.festival(org);
        MainStageFriday main = LineupFixtures.mainStageFriday(org, festival);
        return new Setup(org, festival, main, festival.mainStageDays().get(0), festival.tentDays().get(0));
    }

    private static Throwable addFails(Setup s, Lineup slot) {
        return catchThrowable(() -> s.org().asOwner(tx -> new LineupService(tx).add(slot)));
    }

    private static Throwable sqlFails(Setup s, String sql, Object... binds) {
        return catchThrowable(() -> s.org().asOwner(tx -> {
            var update = tx.handle().createUpdate(sql);
            for (int i = 0; i < binds.length; i += 2) {
                update.bind((String) binds[i], binds[i + 1]);
            }
            return update.execute();
        }));
    }

    /** A raw insert of a slot of {@code event} on {@code space}, with an optional extra column and its SQL value. */
    private static String insert(Event event, UUID space, Instant start, Instant end, int changeover, String... column) {
        String columns = column.length == 0 ? "" : ", " + column[0];
        String values = column.length == 0 ? "" : ", " + column[1];
        return "insert into atlvs.lineups (organization_id, event_id, space_id, performer_name, set_start, set_end, "
                + "changeover_minutes" + columns + ") values ('" + event.organizationId() + "', '" + event.id() + "', '"
                + space + "', 'Raw act', '" + start + "', '" + end + "', " + changeover + values + ")";
    }

    private static long count(Setup s, Event event) {
        return s.org().asOwner(tx -> (long) new LineupService(tx).ofEvent(event.id()).size());
    }

    @Test
    void aSlotWhoseChangeoverRunsIntoTheSetBeforeItIsRefusedOnItsStart(Fixtures fixtures) {
        // given: Ana Sol plays the main stage until 16:45
        Setup s = setup(fixtures, "Overlap");
        long before = count(s, s.mainFriday());

        // when: a set at 16:50 with a ten-minute changeover would take the stage from 16:40
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Late Arrivals", friday(16, 50),
                friday(17, 30), 10).build());
        Throwable sql = sqlFails(s, insert(s.mainFriday(), s.festival().mainStage().id(), friday(16, 50), friday(17, 30), 10));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_NO_OVERLAP);
        reports(sql, ProgrammingRules.LINEUPS_NO_OVERLAP);
        assertThat(count(s, s.mainFriday())).isEqualTo(before);
    }

    @Test
    void aChangeoverStartingAsTheSetBeforeEndsIsAccepted(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Back To Back");

        // when
        Lineup next = LineupFixtures.slot(s.org(), LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Late Arrivals",
                friday(17, 0), friday(17, 45), 15).build());

        // then
        assertThat(next.occupiedFrom()).isEqualTo(friday(16, 45));
    }

    @Test
    void aCancelledSlotFreesItsStage(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Cancelled Frees");
        Lineup ana = s.main().slots().get(3);

        // when
        s.org().asOwner(tx -> new LineupService(tx).cancel(ana.id()));
        Lineup replacement = LineupFixtures.slot(s.org(), LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Stand-in DJ",
                ana.setStart(), ana.setEnd(), ana.changeoverMinutes()).build());

        // then
        assertThat(replacement.status()).isEqualTo(SlotStatus.PENDING);
    }

    @Test
    void aPersonActIsNeverInTwoOverlappingSlots(Fixtures fixtures) {
        // given: Ana Sol plays the main stage from 15:45 to 16:45
        Setup s = setup(fixtures, "Person Twice");
        UUID ana = s.main().dj().id();

        // when: she is put on the tent at 16:30 too
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.tentFriday(), "Ana Sol (tent)", friday(16, 30),
                friday(17, 15), 0).actPersonId(ana).build());
        Throwable sql = sqlFails(s, insert(s.tentFriday(), s.festival().riversideTent().id(), friday(16, 30), friday(17, 15), 0,
                "act_person_id", "'" + ana + "'"));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_PERSON_NO_OVERLAP);
        reports(sql, ProgrammingRules.LINEUPS_PERSON_NO_OVERLAP);
    }

    @Test
    void aCompanyActIsNeverInTwoOverlappingSlots(Fixtures fixtures) {
        // given: the headliner plays the main stage from 21:30 to 22:45
        Setup s = setup(fixtures, "Company Twice");
        UUID band = s.main().headlinerCompany().id();

        // when
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.tentFriday(), "The Midnight Tides (acoustic)",
                friday(22, 0), friday(22, 30), 0).actCompanyId(band).build());
        Throwable sql = sqlFails(s, insert(s.tentFriday(), s.festival().riversideTent().id(), friday(22, 0), friday(22, 30), 0,
                "act_company_id", "'" + band + "'"));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_COMPANY_NO_OVERLAP);
        reports(sql, ProgrammingRules.LINEUPS_COMPANY_NO_OVERLAP);
    }

    @Test
    void aSlotBeforeDoorsIsOutsideItsEvent(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Before Doors");

        // when: doors are at 12:00
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Soundcheck Heroes", friday(11, 0),
                friday(11, 30), 0).build());
        Throwable sql = sqlFails(s, insert(s.mainFriday(), s.festival().mainStage().id(), friday(11, 0), friday(11, 30), 0));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_INSIDE_EVENT);
        reports(sql, ProgrammingRules.LINEUPS_INSIDE_EVENT);
    }

    @Test
    void aSlotEndingAfterTheEventsCurfewIsRefusedOnItsEnd(Fixtures fixtures) {
        // given: the main stage's Friday runs to 23:30, but its curfew stays at 23:00
        Setup s = setup(fixtures, "Event Curfew");
        s.org().asOwner(tx -> new EventService(tx).update(ImmutableEvent.copyOf(s.mainFriday()).withEndAt(friday(23, 30))
                .withTeardownEnd(saturday(0, 30))));

        // when
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Encore", friday(22, 50),
                friday(23, 15), 5).build());
        Throwable sql = sqlFails(s, insert(s.mainFriday(), s.festival().mainStage().id(), friday(22, 50), friday(23, 15), 5));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_CURFEW);
        reports(sql, ProgrammingRules.LINEUPS_CURFEW);
    }

    @Test
    void aStageCurfewBeforeSixInTheMorningFallsOnTheNextDay(Fixtures fixtures) {
        // given: the tent's Friday has no curfew of its own and runs to 01:00; the tent's curfew is 00:30
        Setup s = setup(fixtures, "Stage Curfew");
        Event tent = s.org().asOwner(tx -> new EventService(tx).update(ImmutableEvent.copyOf(s.tentFriday())
                .withCurfewAt(Optional.empty()).withEndAt(saturday(1, 0))));

        // when: a set until 00:25 on Saturday is by the curfew, one until 00:45 is not
        Lineup late = LineupFixtures.slot(s.org(), LineupFixtures.slotBuilder(s.org(), tent, "Night Owls", saturday(0, 0),
                saturday(0, 25), 0).build());
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), tent, "Too Late", saturday(0, 25), saturday(0, 45), 0).build());
        Throwable sql = sqlFails(s, insert(tent, s.festival().riversideTent().id(), saturday(0, 25), saturday(0, 45), 0));

        // then
        assertThat(late.setEnd()).isEqualTo(saturday(0, 25));
        reports(sdk, ProgrammingRules.LINEUPS_CURFEW);
        reports(sql, ProgrammingRules.LINEUPS_CURFEW);
        assertThat(s.org().<Optional<Instant>>asOwner(tx -> new LineupService(tx).curfew(tent.id()))).contains(saturday(0, 30));
    }

    @Test
    void aLockedLineupTakesNoNewSlotAndChangesOnlyByCancellation(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Locked");
        Lineup opener = s.main().opener();
        Lineup support = s.main().slots().get(1);
        s.org().asOwner(tx -> new LineupService(tx).lock(s.mainFriday().id()));

        // when
        Throwable add = addFails(s, LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Late Addition", friday(17, 0),
                friday(17, 30), 0).build());
        Throwable move = catchThrowable(() -> s.org().asOwner(tx -> new LineupService(tx).update(ImmutableLineup.copyOf(opener)
                .withSetEnd(friday(12, 35)))));
        Throwable delete = catchThrowable(() -> s.org().asOwner(tx -> {
            new LineupService(tx).delete(opener.id());
            return null;
        }));
        Throwable sqlInsert = sqlFails(s, insert(s.mainFriday(), s.festival().mainStage().id(), friday(17, 0), friday(17, 30), 0));
        Throwable sqlMove = sqlFails(s, "update atlvs.lineups set set_end = :end where id = :id", "end", friday(12, 35),
                "id", opener.id());
        Throwable sqlDelete = sqlFails(s, "delete from atlvs.lineups where id = :id", "id", opener.id());
        Lineup attended = s.org().asOwner(tx -> new LineupService(tx).recordAttendance(opener.id(), 3_400));
        Lineup cancelled = s.org().asOwner(tx -> new LineupService(tx).cancel(opener.id()));
        s.org().asOwner(tx -> tx.handle().createUpdate("update atlvs.lineups set status = 'cancelled' where id = :id")
                .bind("id", support.id()).execute());

        // then
        for (Throwable failure : new Throwable[] {add, move, delete, sqlInsert, sqlMove, sqlDelete}) {
            reports(failure, ProgrammingRules.LINEUPS_LOCKED);
        }
        assertThat(attended.actualAttendance()).contains(3_400);
        assertThat(cancelled.status()).isEqualTo(SlotStatus.CANCELLED);
        assertThat(s.org().asOwner(tx -> new LineupService(tx).get(support.id())).status()).isEqualTo(SlotStatus.CANCELLED);
    }

    @Test
    void anUnlockedLineupChangesAgain(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Unlocked");
        s.org().asOwner(tx -> new LineupService(tx).lock(s.mainFriday().id()));

        // when
        Event event = s.org().asOwner(tx -> new LineupService(tx).unlock(s.mainFriday().id()));
        Lineup moved = s.org().asOwner(tx -> new LineupService(tx).update(ImmutableLineup.copyOf(s.main().opener())
                .withSetEnd(friday(12, 35))));

        // then
        assertThat(event.lineupLocked()).isFalse();
        assertThat(moved.setEnd()).isEqualTo(friday(12, 35));
    }

    @Test
    void aSlotIsOnItsEventsStage(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Wrong Stage");

        // when: a main-stage slot placed on the tent
        Throwable sdk = addFails(s, LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Lost Band", friday(17, 0),
                friday(17, 30), 0).spaceId(s.festival().riversideTent().id()).build());
        Throwable sql = sqlFails(s, insert(s.mainFriday(), s.festival().riversideTent().id(), friday(17, 0), friday(17, 30), 0));

        // then
        reports(sdk, ProgrammingRules.LINEUPS_SPACE_OF_EVENT);
        reports(sql, ProgrammingRules.LINEUPS_SPACE_OF_EVENT);
    }

    @Test
    void confirmingWithoutAContractOrAnOverrideIsRefused(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "No Contract");
        Lineup opener = s.main().opener();

        // when
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> new LineupService(tx).confirm(opener.id())));
        Throwable sql = sqlFails(s, "update atlvs.lineups set status = 'confirmed' where id = :id", "id", opener.id());

        // then
        reports(sdk, ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT);
        reports(sql, ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT);
    }

    @Test
    void confirmingUnderAContractThatIsNotActiveIsRefused(Fixtures fixtures) {
        // given: a band with a draft contract only
        Setup s = setup(fixtures, "Draft Contract");
        Company band = CompanyFixtures.vendor(s.org(), "Velvet Static");
        CompanyContract draft = s.org().asOwner(tx -> new ContractService(tx).create(CompanyContract.builder()
                .organizationId(s.org().id()).companyId(band.id()).type(ContractType.SERVICE_AGREEMENT)
                .title("Performance agreement - Riverside Sound").build()));
        Lineup slot = LineupFixtures.slot(s.org(), LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Velvet Static",
                friday(17, 0), friday(17, 45), 15).actCompanyId(band.id()).contractId(draft.id()).build());

        // when
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> new LineupService(tx).confirm(slot.id())));
        Throwable sql = sqlFails(s, "update atlvs.lineups set status = 'confirmed' where id = :id", "id", slot.id());

        // then
        reports(sdk, ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT);
        reports(sql, ProgrammingRules.LINEUPS_CONFIRMED_CONTRACT);
    }

    @Test
    void aContractOfAnotherCompanyIsRefused(Fixtures fixtures) {
        // given: the headliner's contract, and a slot of another band
        Setup s = setup(fixtures, "Other Contract");
        Company other = CompanyFixtures.vendor(s.org(), "Copper Lanes");
        Lineup slot = LineupFixtures.slot(s.org(), LineupFixtures.slotBuilder(s.org(), s.mainFriday(), "Copper Lanes",
                friday(17, 0), friday(17, 45), 15).actCompanyId(other.id()).build());

        // when
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> new LineupService(tx).update(ImmutableLineup.copyOf(slot)
                .withContractId(s.main().contract().id()))));
        Throwable sql = sqlFails(s, "update atlvs.lineups set contract_id = :contract where id = :id",
                "contract", s.main().contract().id(), "id", slot.id());

        // then
        reports(sdk, ProgrammingRules.LINEUPS_CONTRACT_OF_ACT);
        reports(sql, ProgrammingRules.LINEUPS_CONTRACT_OF_ACT);
    }

    @Test
    void theShapeRulesAreReportedOnTheirFields(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Shape");
        Lineup opener = s.main().opener();

        // when
        Throwable end = catchThrowable(() -> ImmutableLineup.copyOf(opener).withSetEnd(opener.setStart()));
        Throwable acts = catchThrowable(() -> ImmutableLineup.copyOf(opener).withActPersonId(UUID.randomUUID())
                .withActCompanyId(UUID.randomUUID()));
        Throwable fee = catchThrowable(() -> ImmutableLineup.copyOf(opener).withFee(java.math.BigDecimal.TEN));
        Throwable sqlEnd = sqlFails(s, "update atlvs.lineups set set_end = set_start where id = :id", "id", opener.id());
        Throwable sqlActs = sqlFails(s, "update atlvs.lineups set act_person_id = :person, act_company_id = :company where id = :id",
                "person", UUID.randomUUID(), "company", UUID.randomUUID(), "id", opener.id());
        Throwable sqlFee = sqlFails(s, "update atlvs.lineups set fee = 10 where id = :id", "id", opener.id());

        // then
        reports(end, ProgrammingRules.LINEUPS_SET_END_CHECK);
        reports(sqlEnd, ProgrammingRules.LINEUPS_SET_END_CHECK);
        reports(acts, ProgrammingRules.LINEUPS_ONE_ACT);
        reports(sqlActs, ProgrammingRules.LINEUPS_ONE_ACT);
        reports(fee, ProgrammingRules.LINEUPS_FEE_CURRENCY_CHECK);
        reports(sqlFee, ProgrammingRules.LINEUPS_FEE_CURRENCY_CHECK);
    }

    @Test
    void anEventIsNotMovedAwayFromItsLiveSlots(Fixtures fixtures) {
        // given: the headliner plays until 22:45
        Setup s = setup(fixtures, "Event Keeps Slots");

        // when: the main stage's Friday would end at 22:30
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> new EventService(tx).update(ImmutableEvent.copyOf(s.mainFriday())
                .withEndAt(friday(22, 30)).withCurfewAt(friday(22, 30)))));
        Throwable sql = sqlFails(s, "update atlvs.events set curfew_at = :curfew where id = :id", "curfew", friday(22, 30),
                "id", s.mainFriday().id());

        // then
        reports(sdk, ProgrammingRules.EVENTS_LINEUP_FITS);
        reports(sql, ProgrammingRules.EVENTS_LINEUP_FITS);
    }

    @Test
    void anEventAndItsSlotsMoveTogetherInOneTransaction(Fixtures fixtures) {
        // given
        Setup s = setup(fixtures, "Event Moves With Slots");
        Event friday = s.mainFriday();

        // when: the whole day starts 15 minutes later (curfew kept), the event first, then its running order
        s.org().asOwner(tx -> {
            new EventService(tx).shift(friday.id(), java.time.Duration.ofMinutes(15), false);
            LineupService lineups = new LineupService(tx);
            return lineups.apply(lineups.planDelay(s.main().opener().id(), java.time.Duration.ofMinutes(15)));
        });

        // then
        assertThat(s.org().asOwner(tx -> new LineupService(tx).get(s.main().opener().id())).setStart()).isEqualTo(friday(12, 15));
        assertThat(s.org().asOwner(tx -> new LineupService(tx).get(s.main().headliner().id())).setEnd()).isEqualTo(friday(23, 0));
    }

    @Test
    void aStagesCurfewIsNotBroughtBeforeALiveSlot(Fixtures fixtures) {
        // given: the headliner plays the main stage until 22:45
        Setup s = setup(fixtures, "Stage Curfew Change");
        var stage = s.festival().mainStage();

        // when
        Throwable sdk = catchThrowable(() -> s.org().asOwner(tx -> new dev.atlvs.programming.space.SpaceService(tx).update(
                dev.atlvs.programming.space.ImmutableSpace.copyOf(stage).withCurfew(LocalTime.of(22, 30)))));
        Throwable sql = sqlFails(s, "update atlvs.spaces set curfew = '22:30' where id = :id", "id", stage.id());

        // then
        reports(sdk, ProgrammingRules.SPACES_CURFEW_LINEUP);
        reports(sql, ProgrammingRules.SPACES_CURFEW_LINEUP);
    }
}
