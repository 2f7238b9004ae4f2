package dev.atlvs.pipeline.sales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlvs.pipeline.sales.SalesData;
import dev.atlvs.pipeline.sales.SalesData.Stages;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The materialized funnel holds every organization's rows and has no row-level security: the run-time role reads it only
 * through the tenant-filtered functions, and sees its verified tenant's rows only.
 */
@AtlvsTest
class FunnelTenantSafetyTest {
    private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    private static Stages pipelineWithADeal(OrganizationFixture org, String name) {
        return org.asOwner(tx -> {
            Stages s = SalesData.pipeline(tx, name, 14);
            UUID deal = SalesData.deal(tx, s, s.lead(), name + " deal", "1000", "USD", MARCH);
            SalesData.move(tx, deal, s.qualified(), MARCH.plusSeconds(86_400));
            return s;
        });
    }

    private static long materializedRows(OrganizationFixture org, UUID pipeline) {
        return org.asOwner(tx -> tx.handle().createQuery(
                        "select count(*) from atlvs.pipeline_funnel_materialized(:pipeline, date '2026-01-01', date '2026-12-01')")
                .bind("pipeline", pipeline).mapTo(Long.class).one());
    }

    @Test
    void theRunTimeRoleCannotSelectTheMaterializedViewOrTheReplicaDirectly(TestDatabase db) throws SQLException {
        // given
        try (Connection connection = db.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            // when / then
            for (String relation : List.of("atlvs_reporting.pipeline_funnel_monthly", "atlvs_reporting.pipeline_conversion_facts",
                    "atlvs_reporting.refreshes")) {
                assertThatThrownBy(() -> statement.executeQuery("select count(*) from " + relation).close())
                        .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(failure.getSQLState()).isEqualTo("42501"))
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> statement.executeQuery("select * from atlvs_reporting.refresh_pipeline_funnel()").close())
                    .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(failure.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void eachTenantSeesOnlyItsOwnMaterializedRows(Fixtures fixtures, TestDatabase db) {
        // given: two organizations with a funnel each, refreshed together (materialized on a single server only)
        assumeTrue(materialized(db), "the funnel is materialized on a single server only");
        OrganizationFixture north = fixtures.organization("Funnel North");
        OrganizationFixture south = fixtures.organization("Funnel South");
        Stages northPipeline = pipelineWithADeal(north, "North festivals");
        Stages southPipeline = pipelineWithADeal(south, "South festivals");
        new PipelineReporting(db.ownerDataSource()).refreshFunnel();

        // when / then: each reads its own pipeline's rows, and nothing of the other's pipeline
        assertThat(materializedRows(north, northPipeline.pipeline())).isEqualTo(2);
        assertThat(materializedRows(north, southPipeline.pipeline())).isZero();
        assertThat(materializedRows(south, northPipeline.pipeline())).isZero();
    }

    @Test
    void pipelineMetricsShowOnlyTheTenantsOwnRows(Fixtures fixtures, TestDatabase db) {
        // given
        OrganizationFixture north = fixtures.organization("Metrics North");
        OrganizationFixture south = fixtures.organization("Metrics South");
        pipelineWithADeal(north, "North metrics");
        pipelineWithADeal(south, "South metrics");
        new PipelineReporting(db.ownerDataSource()).refreshFunnel();

        // when
        List<UUID> metricsOrganizations = north.asOwner(tx -> tx.handle()
                .createQuery("select distinct organization_id from atlvs.pipeline_metrics").mapTo(UUID.class).list());

        // then
        assertThat(metricsOrganizations).containsExactly(north.id());
    }

    @Test
    void aMaterializedReadSaysWhereItCameFromAndIsLiveWhereTheFunnelCannotBeMaterialized(Fixtures fixtures, TestDatabase db) {
        // given: a deal that moved once (on a distributed database, the shards cannot feed the coordinator's copy)
        OrganizationFixture org = fixtures.organization("Funnel Source");
        Stages stages = pipelineWithADeal(org, "Sourced festivals");

        // when
        boolean refreshed = new PipelineReporting(db.ownerDataSource()).refreshFunnel().isPresent();
        Funnel funnel = org.asOwner(tx -> new FunnelService(tx).funnel(stages.pipeline(), java.time.YearMonth.of(2026, 1),
                java.time.YearMonth.of(2026, 12), Freshness.MATERIALIZED));

        // then: the same counts either way, and the source says which it was
        assertThat(funnel.stage(stages.lead()).movedOn()).isEqualTo(1);
        if (materialized(db)) {
            assertThat(refreshed).isTrue();
            assertThat(funnel.source()).isEqualTo(Freshness.MATERIALIZED);
            assertThat(materializedRows(org, stages.pipeline())).isPositive();
        } else {
            assertThat(refreshed).isFalse();
            assertThat(funnel.source()).isEqualTo(Freshness.LIVE);
            assertThatThrownBy(() -> materializedRows(org, stages.pipeline())).hasMessageContaining("0A000");   // feature_not_supported
        }
    }

    private static boolean materialized(TestDatabase db) {
        return db.server().kind() != PostgresServer.Kind.CITUS;
    }

    @Test
    void aTenantSettingWrittenByHandWidensNothing(Fixtures fixtures, TestDatabase db) {
        // given
        assumeTrue(materialized(db), "the funnel is materialized on a single server only");
        OrganizationFixture north = fixtures.organization("Funnel Forger");
        OrganizationFixture south = fixtures.organization("Funnel Victim");
        Stages northPipeline = pipelineWithADeal(north, "Forger festivals");
        Stages southPipeline = pipelineWithADeal(south, "Victim festivals");
        new PipelineReporting(db.ownerDataSource()).refreshFunnel();

        // when: inside north's transaction, the tenant setting is rewritten to south
        List<Long> seen = north.asOwner(tx -> {
            tx.handle().createQuery("select set_config('atlvs.tenant_id', :south, true)").bind("south", south.id().toString())
                    .mapTo(String.class).one();
            long victims = tx.handle().createQuery(
                            "select count(*) from atlvs.pipeline_funnel_materialized(:pipeline, date '2026-01-01', date '2026-12-01')")
                    .bind("pipeline", southPipeline.pipeline()).mapTo(Long.class).one();
            long own = tx.handle().createQuery(
                            "select count(*) from atlvs.pipeline_funnel_materialized(:pipeline, date '2026-01-01', date '2026-12-01')")
                    .bind("pipeline", northPipeline.pipeline()).mapTo(Long.class).one();
            long metrics = tx.handle().createQuery("select count(*) from atlvs.pipeline_metrics").mapTo(Long.class).one();
            return List.of(victims, own, metrics);
        });

        // then: the context no longer verifies, so there is no tenant at all
        assertThat(seen).containsExactly(0L, 0L, 0L);
    }

    @Test
    void pipelineMetricsGiveTheWinRateAndConversionPerMonth(Fixtures fixtures, TestDatabase db) {
        // given: in March, three leads; one won, one lost, one still there
        OrganizationFixture org = fixtures.organization("Funnel Metrics");
        Stages s = org.asOwner(tx -> {
            Stages stages = SalesData.pipeline(tx, "Metrics festivals", 14);
            UUID won = SalesData.deal(tx, stages, stages.lead(), "Won", "3000", "USD", MARCH);
            SalesData.win(tx, stages, won, MARCH.plusSeconds(86_400 * 4L), LocalDate.of(2026, 3, 6));
            UUID lost = SalesData.deal(tx, stages, stages.lead(), "Lost", "1000", "USD", MARCH);
            SalesData.move(tx, lost, stages.lost(), MARCH.plusSeconds(86_400 * 2L));
            SalesData.deal(tx, stages, stages.lead(), "Open", "2000", "USD", MARCH);
            return stages;
        });
        new PipelineReporting(db.ownerDataSource()).refreshFunnel();

        // when
        List<String> metrics = org.asOwner(tx -> tx.handle().createQuery("""
                        select concat_ws('|', month, won_count, lost_count, win_rate, avg_deal_size ->> 'USD', avg_sales_cycle_days,
                                         stage_conversion ->> :lead, stage_distribution ->> :lead)
                          from atlvs.pipeline_metrics where pipeline_id = :pipeline
                        """).bind("lead", s.lead().toString()).bind("pipeline", s.pipeline()).mapTo(String.class).list());

        // then: won 1 of 2 closes; 3,000 USD; 4 days; the lead stage converted 1 of 3 (the loss is not a conversion)
        assertThat(metrics).containsExactly("2026-03-01|1|1|50.00|3000.0000|4.00|33.33|3");
    }
}
