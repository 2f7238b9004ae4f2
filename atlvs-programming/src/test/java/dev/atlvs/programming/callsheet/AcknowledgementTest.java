package dev.atlvs.programming.callsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AccessDeniedException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
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
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each person acknowledges their own call, recording the revision they saw; an older one shows as stale. */
@AtlvsTest
class AcknowledgementTest {

    @Test
    void aPersonAcknowledgesTheirOwnCallAtTheDistributedRevision(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Acknowledge Own");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CrewMember chloe = friday.audio();

        // when
        CallSheetEntry acknowledged = org.as(chloe.login(), tx -> new CallSheetService(tx).acknowledge(friday.sheet().id()));

        // then
        assertThat(acknowledged.personId()).isEqualTo(chloe.person().id());
        assertThat(acknowledged.acknowledgedRevision()).contains(1);
        assertThat(acknowledged.acknowledgedAt()).isPresent();
        CallSheetView view = org.asOwner(tx -> new CallSheetService(tx).view(friday.sheet().id(), Festival.ZONE));
        assertThat(view.callOf(chloe.person().id()).orElseThrow().acknowledgement()).isEqualTo(CallSheetView.Acknowledgement.CURRENT);
        assertThat(view.callOf(friday.stageManager().person().id()).orElseThrow().acknowledgement())
                .isEqualTo(CallSheetView.Acknowledgement.NONE);
    }

    @Test
    void anAcknowledgementOfAnEarlierRevisionShowsAsStaleUntilTheNewOneIsAcknowledged(Fixtures fixtures) {
        // given: Chloe acknowledged revision 1, then her call moved and revision 2 went out
        OrganizationFixture org = fixtures.organization("Acknowledge Stale");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CrewMember chloe = friday.audio();
        org.as(chloe.login(), tx -> new CallSheetService(tx).acknowledge(friday.sheet().id()));
        org.asOwner(tx -> {
            CallSheetService sheets = new CallSheetService(tx);
            sheets.moveCall(chloe.call().id(), chloe.call().callAt().plus(Duration.ofHours(1)), chloe.call().wrapAt());
            return sheets.distribute(friday.sheet().id());
        });

        // when
        CallSheetView stale = org.asOwner(tx -> new CallSheetService(tx).view(friday.sheet().id(), Festival.ZONE));
        org.as(chloe.login(), tx -> new CallSheetService(tx).acknowledge(friday.sheet().id()));
        CallSheetView current = org.asOwner(tx -> new CallSheetService(tx).view(friday.sheet().id(), Festival.ZONE));

        // then
        assertThat(stale.distributedRevision()).isEqualTo(2);
        assertThat(stale.callOf(chloe.person().id()).orElseThrow().acknowledgement()).isEqualTo(CallSheetView.Acknowledgement.STALE);
        assertThat(current.callOf(chloe.person().id()).orElseThrow().acknowledgement()).isEqualTo(CallSheetView.Acknowledgement.CURRENT);
        assertThat(current.callOf(chloe.person().id()).orElseThrow().acknowledgedRevision()).contains(2);
    }

    @Test
    void aCrewMemberCannotAcknowledgeSomebodyElsesCall(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Acknowledge Other");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);

        // when / then
        assertThatThrownBy(() -> org.as(friday.audio().login(), tx -> new CallSheetService(tx)
                .acknowledge(friday.sheet().id(), friday.stageManager().person().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorAcknowledgesOnBehalfOfAPersonWithThePermission(Fixtures fixtures) {
        // given: a manager holds programming.call_sheets.approve through the role's *.*.approve
        OrganizationFixture org = fixtures.organization("Acknowledge Behalf");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        User coordinator = org.addMember(MemberRole.MANAGER);

        // when
        CallSheetEntry acknowledged = org.as(coordinator, tx -> new CallSheetService(tx)
                .acknowledge(friday.sheet().id(), friday.stageManager().person().id()));

        // then
        assertThat(acknowledged.acknowledgedRevision()).contains(1);
    }

    @Test
    void aMemberWhoIsNoPersonHasNoCallToAcknowledge(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Acknowledge Nobody");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        User visitor = org.addMember(MemberRole.VIEWER);

        // when / then
        assertThatThrownBy(() -> org.as(visitor, tx -> new CallSheetService(tx).acknowledge(friday.sheet().id())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aCallIsNotAcknowledgedBeforeItsSheetIsDistributed(Fixtures fixtures) {
        // given: a published sheet with Ana's call
        OrganizationFixture org = fixtures.organization("Acknowledge Early");
        FridayCrewCall friday = CallSheetFixtures.fridayCrewCall(org);
        CallSheet tent = org.asOwner(tx -> new CallSheetService(tx).create(CallSheetFixtures.fridaySheet(org, friday.festival())
                .title("Saturday crew call").eventDate(Festival.FIRST_DAY.plusDays(1))
                .eventId(ProgrammingFixtures.mainStageDay(friday.festival(), 1).id()).build()));
        CrewMember ana = friday.riggers().get(0);
        CallSheetFixtures.call(org, tent, ana.person(), "Rigger", "Rigging",
                ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), java.time.LocalTime.of(9, 0)),
                ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(1), java.time.LocalTime.of(18, 0)));
        org.asOwner(tx -> new CallSheetService(tx).publish(tent.id()));

        // when / then
        assertThatThrownBy(() -> org.as(ana.login(), tx -> new CallSheetService(tx).acknowledge(tent.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.CALL_SHEET_NOT_DISTRIBUTED));
        assertThat(org.asOwner(tx -> new CallSheetService(tx).view(tent.id(), ZoneId.of("UTC"))).calls())
                .allSatisfy(c -> assertThat(c.acknowledgement()).isEqualTo(CallSheetView.Acknowledgement.NONE));
    }
}
