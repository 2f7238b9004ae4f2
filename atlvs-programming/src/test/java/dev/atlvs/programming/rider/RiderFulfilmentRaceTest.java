package dev.atlvs.programming.rider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.RiderFixtures;
import dev.atlvs.programming.testing.RiderFixtures.HeadlinerRiders;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@AtlvsTest
class RiderFulfilmentRaceTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void fulfillingARiderWhileAMandatoryItemIsReopenedCannotBothCommit(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given: an approved rider whose items are all fulfilled
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Fulfilment Race " + isolation);
        HeadlinerRiders riders = RiderFixtures.headliner(acme, ProgrammingFixtures.festival(acme));
        Rider rider = riders.hospitality();
        RiderServiceTest.approve(acme, rider);
        acme.asOwner(tx -> new RiderService(tx).fulfilItems(riders.hospitalityItems().stream().map(RiderItem::id).toList()));
        UUID catering = riders.hospitalityItems().get(1).id();

        // when: one transaction fulfils the rider while another reopens its catering line
        List<Race.Outcome<Object>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new RiderService(tx).fulfil(rider.id(), Optional.empty());
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return new RiderService(tx).reopenItem(catering);
                })));

        // then: exactly one commits; the other is refused under the rule its side breaks
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.rule().orElseThrow()).isIn("riders_fulfilled_items", "rider_items_rider_fulfilled")));
        Rider after = acme.asOwner(tx -> new RiderService(tx).get(rider.id()));
        RiderProgress progress = acme.asOwner(tx -> new RiderService(tx).progress(rider.id()));
        assertThat(after.status() == RiderStatus.FULFILLED).isEqualTo(progress.fulfillable());
    }
}
