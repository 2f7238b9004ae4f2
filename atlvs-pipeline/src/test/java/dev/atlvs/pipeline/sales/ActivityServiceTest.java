package dev.atlvs.pipeline.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.sales.funnel.FunnelService;
import dev.atlvs.pipeline.sales.funnel.StaleDeal;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class ActivityServiceTest {

    @Test
    void aTaskIsLoggedRescheduledAndCompleted(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Task");
        Deal deal = SalesFixtures.deal(org, SalesFixtures.standardPipeline(org), "Harbour Lights Festival", "48000");
        Instant friday = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Activity task = SalesFixtures.task(org, deal, "Send the revised production quote", friday);

        // when
        Activity moved = org.asOwner(tx -> new ActivityService(tx).reschedule(task.id(), friday.plus(Duration.ofDays(3))));
        Activity done = org.asOwner(tx -> new ActivityService(tx).complete(task.id()));
        Throwable again = catchThrowable(() -> org.asOwner(tx -> new ActivityService(tx).complete(task.id())));

        // then
        assertThat(task.type()).isEqualTo(ActivityType.TASK);
        assertThat(task.userId()).contains(org.owner().id());
        assertThat(moved.dueAt()).contains(friday.plus(Duration.ofDays(3)));
        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).isPresent();
        assertThat(again).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) again).code()).isEqualTo(PipelineErrorCode.ACTIVITY_NOT_OPEN);
    }

    @Test
    void aDealsTimelineHoldsItsActivitiesAndStageChangesInOrder(Fixtures fixtures) {
        // given: a deal opened a month ago, qualified three weeks ago, a call two weeks ago, at proposal a week ago
        OrganizationFixture org = fixtures.organization("Timeline");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Deal deal = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Riverbend Tour", "90000")
                .stageEnteredAt(now.minus(Duration.ofDays(30))).build()));
        org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Qualified").id(), now.minus(Duration.ofDays(21))));
        Activity call = org.asOwner(tx -> new ActivityService(tx).log(Activity.builder().organizationId(org.id()).opportunityId(deal.id())
                .type(ActivityType.CALL).title("Budget call").completed(true).completedAt(now.minus(Duration.ofDays(14))).build()));
        org.asOwner(tx -> new DealService(tx).moveTo(deal.id(), pipeline.stage("Proposal").id(), now.minus(Duration.ofDays(7))));
        Activity meeting = SalesFixtures.task(org, deal, "Site visit", now.plus(Duration.ofDays(2)));

        // when
        List<Activity> timeline = org.asOwner(tx -> new ActivityService(tx).timeline(deal.id()));

        // then
        assertThat(timeline).extracting(Activity::title).containsExactly("Moved from Lead to Qualified", "Budget call",
                "Moved from Qualified to Proposal", "Site visit");
        assertThat(timeline.get(1).id()).isEqualTo(call.id());
        assertThat(timeline.get(3).id()).isEqualTo(meeting.id());
    }

    @Test
    void anActiveDealWithoutAnOpenFutureActivityIsStaleAfterThePipelinesThreshold(Fixtures fixtures) {
        // given: two deals untouched for three weeks, one with a call booked next week
        OrganizationFixture org = fixtures.organization("Stale");
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Deal quiet = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Quiet deal", "9000")
                .stageEnteredAt(now.minus(Duration.ofDays(21))).build()));
        Deal booked = org.asOwner(tx -> new DealService(tx).create(SalesFixtures.dealBuilder(org, pipeline, "Booked deal", "9000")
                .stageEnteredAt(now.minus(Duration.ofDays(21))).build()));
        SalesFixtures.task(org, booked, "Call the promoter", now.plus(Duration.ofDays(7)));
        SalesFixtures.deal(org, pipeline, "Fresh deal", "9000");

        // when
        List<StaleDeal> stale = org.asOwner(tx -> new FunnelService(tx).staleDeals(pipeline.pipeline().id(), now));

        // then
        assertThat(stale).extracting(StaleDeal::id).containsExactly(quiet.id());
    }
}
