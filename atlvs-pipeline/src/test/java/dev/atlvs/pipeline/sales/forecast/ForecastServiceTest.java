package dev.atlvs.pipeline.sales.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.currency.Money;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.sales.SalesData;
import dev.atlvs.pipeline.sales.SalesData.Stages;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The weighted pipeline, commit, best case and closed won of a period, their snapshots and their accuracy. */
@AtlvsTest
class ForecastServiceTest {
    private static final Instant MAY = Instant.parse("2026-05-04T09:00:00Z");
    private static final ForecastPeriod JULY = ForecastPeriod.month(YearMonth.of(2026, 7));

    /** The deals of the hand-worked example: see {@link #julyOfTheFestivalPipeline(OrganizationFixture)}. */
    private record July(Stages stages, UUID pending) {}

    /**
     * In July 2026 (base currency USD, 1 EUR = 1.10 USD): a proposal of 10,000 EUR (50 %), a negotiation of 20,000 USD
     * (75 %, commit), a lead of 8,000 USD (10 %), a deal won on 15 July for 12,000 USD, and a lost one; a negotiation of
     * 50,000 USD expected in August.
     */
    private static July julyOfTheFestivalPipeline(OrganizationFixture org) {
        org.asOwner(tx -> new ExchangeRates(tx).record("EUR", "USD", new BigDecimal("1.10"), LocalDate.of(2026, 1, 1), "ECB"));
        return org.asOwner(tx -> {
            Stages stages = SalesData.pipeline(tx, "Festivals", 14);
            SalesData.deal(tx, stages, stages.proposal(), "Harbour Lights stage build", new BigDecimal("10000"), "EUR",
                    LocalDate.of(2026, 7, 10), MAY);
            UUID pending = SalesData.deal(tx, stages, stages.negotiation(), "Riverside Jazz weekend", new BigDecimal("20000"), "USD",
                    LocalDate.of(2026, 7, 20), MAY);
            SalesData.deal(tx, stages, stages.lead(), "Brand roadshow", new BigDecimal("8000"), "USD", LocalDate.of(2026, 7, 31), MAY);
            SalesData.deal(tx, stages, stages.negotiation(), "Winter fair", new BigDecimal("50000"), "USD", LocalDate.of(2026, 8, 5), MAY);
            UUID won = SalesData.deal(tx, stages, stages.proposal(), "Summer gala", new BigDecimal("12000"), "USD",
                    LocalDate.of(2026, 7, 1), MAY);
            SalesData.win(tx, stages, won, MAY.plusSeconds(86_400 * 30L), LocalDate.of(2026, 7, 15));
            UUID lost = SalesData.deal(tx, stages, stages.qualified(), "Trade show", new BigDecimal("30000"), "USD",
                    LocalDate.of(2026, 7, 5), MAY);
            SalesData.move(tx, lost, stages.lost(), MAY.plusSeconds(86_400));
            return new July(stages, pending);
        });
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void theForecastOfAMonthWeighsOpenDealsByProbabilityInTheBaseCurrency(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast July");
        julyOfTheFestivalPipeline(org);

        // when
        Forecast july = org.asOwner(tx -> new ForecastService(tx).forecast(JULY, ForecastScope.organization(), LocalDate.of(2026, 7, 1)));

        // then: 11,000 + 20,000 + 8,000; 5,500 + 15,000 + 800; commit 20,000; best case 20,000 + 11,000; won 12,000
        assertThat(july.pipeline()).isEqualByComparingTo(usd("39000"));
        assertThat(july.weighted()).isEqualByComparingTo(usd("21300"));
        assertThat(july.commit()).isEqualByComparingTo(usd("20000"));
        assertThat(july.bestCase()).isEqualByComparingTo(usd("31000"));
        assertThat(july.closedWon()).isEqualByComparingTo(usd("12000"));
        assertThat(july.dealCount()).isEqualTo(3);
        assertThat(july.wonCount()).isEqualTo(1);
    }

    @Test
    void aQuarterSplitByMonthGivesEachMonthItsOwnDeals(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Q3");
        julyOfTheFestivalPipeline(org);

        // when
        List<Forecast> months = org.asOwner(tx -> new ForecastService(tx).forecasts(ForecastPeriod.quarter(2026, 3),
                ForecastPeriod.Granularity.MONTH, ForecastScope.organization(), LocalDate.of(2026, 7, 1)));
        Forecast quarter = org.asOwner(tx -> new ForecastService(tx).forecast(ForecastPeriod.quarter(2026, 3),
                ForecastScope.organization(), LocalDate.of(2026, 7, 1)));

        // then
        assertThat(months).extracting(forecast -> forecast.period().start())
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1));
        assertThat(months.get(1).weighted()).isEqualByComparingTo(usd("37500"));
        assertThat(months.get(2).pipeline()).isEqualByComparingTo(usd("0"));
        assertThat(quarter.weighted()).isEqualByComparingTo(usd("58800"));
        assertThat(quarter.commit()).isEqualByComparingTo(usd("70000"));
    }

    @Test
    void aPipelineScopeLeavesOutTheDealsOfOtherPipelines(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Scope");
        July festivals = julyOfTheFestivalPipeline(org);
        org.asOwner(tx -> {
            Stages tours = SalesData.pipeline(tx, "Tours", 14);
            return SalesData.deal(tx, tours, tours.negotiation(), "Autumn tour", new BigDecimal("100000"), "USD",
                    LocalDate.of(2026, 7, 12), MAY);
        });

        // when
        Forecast festivalsOnly = org.asOwner(tx -> new ForecastService(tx).forecast(JULY,
                ForecastScope.pipeline(festivals.stages().pipeline()), LocalDate.of(2026, 7, 1)));
        Forecast everything = org.asOwner(tx -> new ForecastService(tx).forecast(JULY, ForecastScope.organization(),
                LocalDate.of(2026, 7, 1)));

        // then
        assertThat(festivalsOnly.weighted()).isEqualByComparingTo(usd("21300"));
        assertThat(everything.weighted()).isEqualByComparingTo(usd("96300"));
    }

    @Test
    void aCurrencyWithoutARateIsRefusedNamingTheCurrency(Fixtures fixtures) {
        // given: a deal in Swiss francs, and no rate for them
        OrganizationFixture org = fixtures.organization("Forecast CHF");
        org.asOwner(tx -> {
            Stages stages = SalesData.pipeline(tx, "Festivals", 14);
            return SalesData.deal(tx, stages, stages.lead(), "Alpine festival", new BigDecimal("5000"), "CHF",
                    LocalDate.of(2026, 7, 3), MAY);
        });

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new ForecastService(tx).forecast(JULY, ForecastScope.organization(),
                LocalDate.of(2026, 7, 1))))
                .isInstanceOf(ConflictException.class)
                .satisfies(failure -> assertThat(((ConflictException) failure).field()).contains("currency"));
    }

    @Test
    void aSnapshotRecordsTheFiguresOfItsPeriodAtTodaysRates(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Snapshot");
        julyOfTheFestivalPipeline(org);

        // when
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(JULY,
                ForecastScope.organization().withTeam("Festival sales"), Optional.of(new BigDecimal("40000")), Optional.empty()));

        // then
        assertThat(snapshot.currency()).isEqualTo("USD");
        assertThat(snapshot.weightedValue()).isEqualByComparingTo("21300");
        assertThat(snapshot.commitValue()).isEqualByComparingTo("20000");
        assertThat(snapshot.bestCaseValue()).isEqualByComparingTo("31000");
        assertThat(snapshot.closedWonValue()).isEqualByComparingTo("12000");
        assertThat(snapshot.dealCount()).isEqualTo(3);
        assertThat(snapshot.team()).contains("Festival sales");
        List<PipelineForecast> snapshots = org.asOwner(tx -> new ForecastService(tx).snapshots(JULY));
        assertThat(snapshots).extracting(PipelineForecast::id).containsExactly(snapshot.id());
    }

    @Test
    void aSnapshotsFiguresAreRefusedAChangeThroughTheSdk(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Immutable SDK");
        julyOfTheFestivalPipeline(org);
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(JULY, ForecastScope.organization(),
                Optional.empty(), Optional.empty()));

        // when / then: the service refuses before writing; the generic update is refused by the database
        assertThatThrownBy(() -> org.asOwner(tx -> new ForecastService(tx).revise(
                ImmutablePipelineForecast.copyOf(snapshot).withWeightedValue(new BigDecimal("50000")))))
                .isInstanceOfSatisfying(AtlvsException.class, failure -> assertThat(failure.getMessage()).contains("pipeline_forecasts_immutable"));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.repository(PipelineForecastRepository.class)
                .update(ImmutablePipelineForecast.copyOf(snapshot).withCommitValue(new BigDecimal("1")))))
                .isInstanceOfSatisfying(AtlvsException.class, failure -> assertThat(failure.getMessage()).contains("pipeline_forecasts_immutable"));
        assertThat(org.asOwner(tx -> new ForecastService(tx).get(snapshot.id())).weightedValue()).isEqualByComparingTo("21300");
    }

    @Test
    void aSnapshotsFiguresAreRefusedAChangeByRawSql(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Immutable SQL");
        julyOfTheFestivalPipeline(org);
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(JULY, ForecastScope.organization(),
                Optional.empty(), Optional.empty()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle()
                .createUpdate("update atlvs.pipeline_forecasts set closed_won_value = 0 where id = :id").bind("id", snapshot.id()).execute()))
                .isInstanceOfSatisfying(AtlvsException.class, failure -> assertThat(failure.getMessage()).contains("pipeline_forecasts_immutable"));
        assertThat(org.asOwner(tx -> new ForecastService(tx).get(snapshot.id())).closedWonValue()).isEqualByComparingTo("12000");
    }

    @Test
    void aSnapshotsNotesMayChange(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Notes");
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(JULY, ForecastScope.organization(),
                Optional.empty(), Optional.empty()));

        // when
        PipelineForecast annotated = org.asOwner(tx -> new ForecastService(tx).annotate(snapshot.id(), Optional.of("Gala slipped to August")));

        // then
        assertThat(annotated.notes()).contains("Gala slipped to August");
        assertThat(annotated.weightedValue()).isEqualByComparingTo(snapshot.weightedValue());
    }

    @Test
    void accuracyComparesTheSnapshotWithTheWinsOfItsPeriod(Fixtures fixtures) {
        // given: the July snapshot; then the negotiation of 20,000 USD is won on 25 July
        OrganizationFixture org = fixtures.organization("Forecast Accuracy");
        July july = julyOfTheFestivalPipeline(org);
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(JULY, ForecastScope.organization(),
                Optional.empty(), Optional.empty()));
        org.asOwner(tx -> {
            SalesData.win(tx, july.stages(), july.pending(), MAY.plusSeconds(86_400 * 40L), LocalDate.of(2026, 7, 25));
            return null;
        });

        // when
        ForecastAccuracy accuracy = org.asOwner(tx -> new ForecastService(tx).accuracy(snapshot.id()));

        // then: won 12,000 + 20,000; weighted 21,300 is 10,700 short (33.44 %); commit 20,000 is 12,000 short (37.50 %)
        assertThat(accuracy.actualWon()).isEqualByComparingTo(usd("32000"));
        assertThat(accuracy.weightedError()).isEqualByComparingTo(usd("-10700"));
        assertThat(accuracy.weightedPercentageError()).contains(new BigDecimal("33.44"));
        assertThat(accuracy.commitError()).isEqualByComparingTo(usd("-12000"));
        assertThat(accuracy.commitPercentageError()).contains(new BigDecimal("37.50"));
        assertThat(accuracy.wonCount()).isEqualTo(2);
    }

    @Test
    void accuracyIsRefusedBeforeThePeriodIsOver(Fixtures fixtures) {
        // given: a snapshot of a month still to come
        OrganizationFixture org = fixtures.organization("Forecast Early");
        YearMonth next = YearMonth.from(LocalDate.now()).plusMonths(1);
        PipelineForecast snapshot = org.asOwner(tx -> new ForecastService(tx).snapshot(ForecastPeriod.month(next),
                ForecastScope.organization(), Optional.empty(), Optional.empty()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new ForecastService(tx).accuracy(snapshot.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        failure -> assertThat(failure.code()).isEqualTo(PipelineErrorCode.FORECAST_PERIOD_NOT_OVER));
    }

    @Test
    void aSnapshotWhosePeriodEndsBeforeItStartsIsRefusedNamingTheRule(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Forecast Period");

        // when / then
        assertThatThrownBy(() -> PipelineForecast.builder().organizationId(org.id()).periodStart(LocalDate.of(2026, 7, 31))
                .periodEnd(LocalDate.of(2026, 7, 1)).currency("USD").pipelineValue(BigDecimal.ZERO).weightedValue(BigDecimal.ZERO)
                .commitValue(BigDecimal.ZERO).bestCaseValue(BigDecimal.ZERO).closedWonValue(BigDecimal.ZERO).dealCount(0)
                .ratesOn(LocalDate.of(2026, 7, 1)).snapshotAt(Instant.now()).build())
                .isInstanceOfSatisfying(AtlvsException.class, failure -> assertThat(failure.getMessage()).contains("periodEnd"));
    }
}
