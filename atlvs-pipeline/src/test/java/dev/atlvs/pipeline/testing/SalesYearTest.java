package dev.atlvs.pipeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.pipeline.sales.funnel.FunnelService;
import dev.atlvs.pipeline.sales.funnel.StaleDeal;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.deal.Conversion;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.DealStatus;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@AtlvsTest
class SalesYearTest {

    @Test
    void aSalesYearHoldsPipelinesInThreeCurrenciesAndDealsWonLostStaleAndOpen(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Sales year");

        // when
        SalesYear year = SalesFixtures.salesYear(org, 2026L);

        // then
        assertThat(year.pipelines()).extracting(p -> p.pipeline().currency().orElseThrow()).containsExactly("EUR", "USD", "GBP");
        assertThat(year.pipelines().get(0).pipeline().isDefault()).isTrue();
        assertThat(year.deals()).hasSize(60);
        assertThat(year.in(DealStatus.WON)).hasSizeGreaterThan(10);
        assertThat(year.in(DealStatus.LOST)).hasSizeGreaterThan(5).allSatisfy(d -> assertThat(d.lostReason()).isPresent());
        assertThat(year.in(DealStatus.ACTIVE)).hasSizeGreaterThan(10);
        assertThat(year.stale()).isNotEmpty();
        assertThat(year.projects().keySet()).containsExactlyInAnyOrderElementsOf(year.in(DealStatus.WON).stream().map(Deal::id).toList());
        for (Deal won : year.in(DealStatus.WON)) {
            assertThat(won.projectId()).contains(year.projects().get(won.id()));
            assertThat(won.stageEnteredAt().orElseThrow()).isBefore(year.asOf());
        }
    }

    @Test
    void theDealsOfASalesYearCarryBackdatedStageHistories(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Sales year histories");
        SalesYear year = SalesFixtures.salesYear(org, 7L);
        Deal won = year.in(DealStatus.WON).get(0);
        PipelineSetup pipeline = year.pipelines().stream().filter(p -> p.pipeline().id().equals(won.pipelineId())).findFirst().orElseThrow();

        // when
        List<Conversion> facts = org.asOwner(tx -> new DealService(tx).conversions(won.id()));
        List<Activity> timeline = org.asOwner(tx -> new ActivityService(tx).timeline(won.id()));

        // then: lead, qualified, proposal, negotiation, won, each dated in order, over days
        assertThat(facts).extracting(Conversion::toStageId).containsExactlyElementsOf(pipeline.stages().stream()
                .filter(s -> !s.isLost()).map(s -> s.id()).toList());
        assertThat(facts).extracting(Conversion::movedAt).isSorted();
        assertThat(facts.get(facts.size() - 1).movedAt()).isBefore(year.asOf().minusSeconds(86_400));
        assertThat(timeline).hasSize(facts.size() - 1);
        List<StaleDeal> stale = org.asOwner(tx -> new FunnelService(tx).staleDeals(pipeline.pipeline().id(), year.asOf()));
        assertThat(stale).isNotEmpty().extracting(StaleDeal::id).allMatch(year.stale()::contains);
    }
}
