package dev.atlvs.pipeline.sales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.sales.SalesData;
import dev.atlvs.pipeline.sales.SalesData.Stages;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The funnel of a pipeline, worked by hand on a small known history, live and materialized; and its stale deals. */
@AtlvsTest
class FunnelServiceTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final LocalDate RATES_ON = LocalDate.of(2026, 3, 1);

    private static Instant day(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    /**
     * Five deals (1 EUR = 1.10 USD, 1 GBP = 1.25 USD, base USD):
     * <ol>
     *   <li>10,000 EUR: lead 5 Jan, qualified 15 Jan, proposal 4 Feb, won 14 Feb;</li>
     *   <li>20,000 EUR: lead 10 Jan, qualified 20 Jan, lost 30 Jan;</li>
     *   <li>30,000 EUR: lead 12 Jan, still there;</li>
     *   <li>40,000 EUR: lead 20 Jan, qualified 25 Jan, proposal 10 Feb, still there;</li>
     *   <li>5,000 GBP: lead 1 Feb, won 11 Feb.</li>
     * </ol>
     */
    private static Stages history(OrganizationFixture org) {
        org.asOwner(tx -> {
            ExchangeRates rates = new ExchangeRates(tx);
            rates.record("EUR", "USD", new BigDecimal("1.10"), LocalDate.of(2026, 1, 1), "ECB");
            return rates.record("GBP", "USD", new BigDecimal("1.25"), LocalDate.of(2026, 1, 1), "ECB");
        });
        return org.asOwner(tx -> {
            Stages s = SalesData.pipeline(tx, "Festivals", 14);
            UUID d1 = SalesData.deal(tx, s, s.lead(), "Harbour Lights", "10000", "EUR", day(1, 5));
            SalesData.move(tx, d1, s.qualified(), day(1, 15));
            SalesData.move(tx, d1, s.proposal(), day(2, 4));
            SalesData.win(tx, s, d1, day(2, 14), LocalDate.of(2026, 2, 14));
            UUID d2 = SalesData.deal(tx, s, s.lead(), "Trade show", "20000", "EUR", day(1, 10));
            SalesData.move(tx, d2, s.qualified(), day(1, 20));
            SalesData.move(tx, d2, s.lost(), day(1, 30));
            SalesData.deal(tx, s, s.lead(), "Brand roadshow", "30000", "EUR", day(1, 12));
            UUID d4 = SalesData.deal(tx, s, s.lead(), "Riverside Jazz", "40000", "EUR", day(1, 20));
            SalesData.move(tx, d4, s.qualified(), day(1, 25));
            SalesData.move(tx, d4, s.proposal(), day(2, 10));
            UUID d5 = SalesData.deal(tx, s, s.lead(), "Winter gala", "5000", "GBP", day(2, 1));
            SalesData.win(tx, s, d5, day(2, 11), LocalDate.of(2026, 2, 11));
            return s;
        });
    }

    private static void assertHandWorked(Funnel funnel, Stages s) {
        StageFunnel lead = funnel.stage(s.lead());
        assertThat(List.of(lead.entered(), lead.movedOn(), lead.lost(), lead.won(), lead.stillThere())).containsExactly(5L, 4L, 0L, 0L, 1L);
        assertThat(lead.conversionRate()).contains(new BigDecimal("80.00"));
        assertThat(lead.averageDaysInStage()).contains(new BigDecimal("8.75"));
        StageFunnel qualified = funnel.stage(s.qualified());
        assertThat(List.of(qualified.entered(), qualified.movedOn(), qualified.lost(), qualified.stillThere()))
                .containsExactly(3L, 2L, 1L, 0L);
        assertThat(qualified.conversionRate()).contains(new BigDecimal("66.67"));
        assertThat(qualified.averageDaysInStage()).contains(new BigDecimal("15.33"));
        StageFunnel proposal = funnel.stage(s.proposal());
        assertThat(List.of(proposal.entered(), proposal.movedOn(), proposal.stillThere())).containsExactly(2L, 1L, 1L);
        assertThat(proposal.averageDaysInStage()).contains(new BigDecimal("10.00"));
        assertThat(funnel.stage(s.negotiation()).entered()).isZero();
        assertThat(funnel.stage(s.won()).won()).isEqualTo(2);
        assertThat(funnel.stage(s.lost()).lost()).isEqualTo(1);
        assertThat(funnel.won()).isEqualTo(2);
        assertThat(funnel.lost()).isEqualTo(1);
        assertThat(funnel.winRate()).contains(new BigDecimal("66.67"));
        // (11,000 + 6,250) / 2 USD; cycles of 40 and 10 days
        assertThat(funnel.averageWonDealSize()).hasValueSatisfying(size -> assertThat(size).isEqualByComparingTo(Money.of("8625", "USD")));
        assertThat(funnel.averageSalesCycleDays()).contains(new BigDecimal("25.00"));
    }

    @Test
    void theLiveFunnelCountsEachStagesEntriesAndWhatBecameOfThem(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Funnel Live");
        Stages s = history(org);

        // when
        Funnel funnel = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.LIVE, RATES_ON));

        // then
        assertHandWorked(funnel, s);
        assertThat(funnel.source()).isEqualTo(Freshness.LIVE);
    }

    @Test
    void theMaterializedFunnelAgreesWithTheLiveOneAsOfItsRefresh(Fixtures fixtures, TestDatabase db) {
        // given: a single server (a distributed one reads live: see FunnelTenantSafetyTest)
        assumeTrue(db.server().kind() != PostgresServer.Kind.CITUS, "the funnel is materialized on a single server only");
        OrganizationFixture org = fixtures.organization("Funnel Materialized");
        Stages s = history(org);
        PipelineReporting.Refresh refresh = new PipelineReporting(db.ownerDataSource()).refreshFunnel().orElseThrow();

        // when
        Funnel funnel = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.MATERIALIZED, RATES_ON));

        // then
        assertHandWorked(funnel, s);
        assertThat(funnel.source()).isEqualTo(Freshness.MATERIALIZED);
        assertThat(funnel.asOf()).isEqualTo(refresh.refreshedAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(refresh.rows()).isPositive();
        assertThat(refresh.duration()).isPositive();
    }

    @Test
    void aMoveAfterTheRefreshShowsLiveAtOnceAndMaterializedAfterTheNextRefresh(Fixtures fixtures, TestDatabase db) {
        // given: the funnel refreshed, then the roadshow (still a lead) moves to qualified
        assumeTrue(db.server().kind() != PostgresServer.Kind.CITUS, "the funnel is materialized on a single server only");
        OrganizationFixture org = fixtures.organization("Funnel Staleness");
        Stages s = history(org);
        PipelineReporting reporting = new PipelineReporting(db.ownerDataSource());
        reporting.refreshFunnel();
        org.asOwner(tx -> {
            UUID roadshow = tx.handle().createQuery("select id from atlvs.pipeline_opportunities where title = 'Brand roadshow'")
                    .mapTo(UUID.class).one();
            SalesData.move(tx, roadshow, s.qualified(), day(2, 20));
            return null;
        });

        // when
        Funnel stale = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.MATERIALIZED, RATES_ON));
        Funnel live = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.LIVE, RATES_ON));
        reporting.refreshFunnel();
        Funnel fresh = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.MATERIALIZED, RATES_ON));

        // then
        assertThat(stale.stage(s.lead()).stillThere()).isEqualTo(1);
        assertThat(live.stage(s.lead()).stillThere()).isZero();
        assertThat(fresh.stage(s.lead()).stillThere()).isZero();
        assertThat(fresh.stage(s.qualified()).entered()).isEqualTo(4);
        assertThat(fresh.asOf()).isAfter(stale.asOf());
    }

    @Test
    void aRangeCountsOnlyTheEntriesOfItsMonths(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Funnel February");
        Stages s = history(org);

        // when
        Funnel february = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), FEBRUARY, FEBRUARY, Freshness.LIVE, RATES_ON));

        // then: one lead (the gala), two proposals, two wins, no loss
        assertThat(february.stage(s.lead()).entered()).isEqualTo(1);
        assertThat(february.stage(s.proposal()).entered()).isEqualTo(2);
        assertThat(february.won()).isEqualTo(2);
        assertThat(february.lost()).isZero();
        assertThat(february.winRate()).contains(new BigDecimal("100.00"));
    }

    @Test
    void aDeletedDealLeavesTheFunnel(Fixtures fixtures, TestDatabase db) {
        // given: the trade show (lost) deleted
        OrganizationFixture org = fixtures.organization("Funnel Deleted");
        Stages s = history(org);
        org.asOwner(tx -> tx.handle().createUpdate("update atlvs.pipeline_opportunities set deleted_at = now() where title = 'Trade show'")
                .execute());
        new PipelineReporting(db.ownerDataSource()).refreshFunnel();

        // when
        Funnel live = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.LIVE, RATES_ON));
        Funnel materialized = org.asOwner(tx -> new FunnelService(tx).funnel(s.pipeline(), JANUARY, FEBRUARY, Freshness.MATERIALIZED, RATES_ON));

        // then
        assertThat(live.lost()).isZero();
        assertThat(live.stage(s.lead()).entered()).isEqualTo(4);
        assertThat(materialized.stages()).isEqualTo(live.stages());
    }

    @Test
    void anActiveDealUntouchedForLongerThanThePipelineAllowsIsStale(Fixtures fixtures) {
        // given: 14 days allowed
        OrganizationFixture org = fixtures.organization("Funnel Stale");
        Instant now = Instant.now();
        Instant monthAgo = now.minus(Duration.ofDays(30));
        List<UUID> deals = org.asOwner(tx -> {
            Stages s = SalesData.pipeline(tx, "Festivals", 14);
            UUID forgotten = SalesData.deal(tx, s, s.qualified(), "Forgotten", "1000", "USD", monthAgo);
            UUID planned = SalesData.deal(tx, s, s.qualified(), "Call planned", "1000", "USD", monthAgo);
            SalesData.activity(tx, planned, "task", "Send the revised quote", now.plus(Duration.ofDays(3)), null);
            UUID noted = SalesData.deal(tx, s, s.qualified(), "Noted today", "1000", "USD", monthAgo);
            SalesData.activity(tx, noted, "note", "Client still deciding", null, null);
            SalesData.deal(tx, s, s.qualified(), "Entered this week", "1000", "USD", now.minus(Duration.ofDays(5)));
            UUID won = SalesData.deal(tx, s, s.qualified(), "Won long ago", "1000", "USD", monthAgo);
            SalesData.win(tx, s, won, monthAgo.plusSeconds(60), LocalDate.now());
            UUID called = SalesData.deal(tx, s, s.qualified(), "Called three weeks ago", "1000", "USD", monthAgo);
            SalesData.activity(tx, called, "call", "Intro call", null, now.minus(Duration.ofDays(20)));
            return List.of(s.pipeline(), forgotten, called);
        });

        // when
        List<StaleDeal> stale = org.asOwner(tx -> new FunnelService(tx).staleDeals(deals.get(0)));

        // then
        assertThat(stale).extracting(StaleDeal::title).containsExactlyInAnyOrder("Forgotten", "Called three weeks ago");
        assertThat(stale).filteredOn(deal -> deal.title().equals("Called three weeks ago")).singleElement()
                .satisfies(deal -> assertThat(deal.idleDays()).isEqualTo(20));
    }
}
