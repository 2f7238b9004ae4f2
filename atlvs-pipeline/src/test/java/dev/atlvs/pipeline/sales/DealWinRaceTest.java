package dev.atlvs.pipeline.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.WonDeal;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Racing transactions winning one deal: exactly one project is created, whatever the isolation level. */
@AtlvsTest
class DealWinRaceTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoConcurrentWinsOfOneDealCreateExactlyOneProject(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture org = fixtures.organization("Racing wins " + isolation);
        PipelineSetup pipeline = SalesFixtures.standardPipeline(org);
        Deal deal = SalesFixtures.deal(org, pipeline, "Racing Festival " + isolation, "120000");

        // when: both transactions have begun before either wins
        List<Race.Outcome<WonDeal>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new DealService(tx).win(deal.id());
                }),
                gate -> atlvs.inTenant(org.id(), org.owner().id(), tx -> {
                    gate.meet();
                    return new DealService(tx).win(deal.id());
                })));

        // then: both calls succeed (the second after a retry where the level asks for one), naming one project
        assertThat(outcomes).allMatch(Race.Outcome::won);
        assertThat(outcomes).extracting(o -> o.result().orElseThrow().projectId()).containsOnly(
                outcomes.get(0).result().orElseThrow().projectId());
        assertThat(outcomes).filteredOn(o -> o.result().orElseThrow().projectCreated()).hasSize(1);
        assertThat(org.<Long>asOwner(tx -> tx.handle().createQuery("select count(*) from atlvs.projects where name = :name")
                .bind("name", deal.title()).mapTo(Long.class).one())).isEqualTo(1L);
        assertThat(org.<Long>asOwner(tx -> tx.handle().createQuery(
                "select count(*) from atlvs.budgets b join atlvs.projects p on p.organization_id = b.organization_id and p.id = b.project_id "
                        + "where p.name = :name").bind("name", deal.title()).mapTo(Long.class).one())).isEqualTo(1L);
    }
}
