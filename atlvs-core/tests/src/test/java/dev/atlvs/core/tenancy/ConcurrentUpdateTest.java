package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.StaleVersionException;
import dev.atlvs.core.location.ImmutableLocation;
import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two writers who read the same version of a location and update it at the same time: exactly one
 * wins, the other is told its copy is stale, and no update is lost, whatever the isolation level.
 */
@AtlvsTest
class ConcurrentUpdateTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins(TransactionIsolationLevel isolation, Fixtures fixtures,
            TestDatabase database) throws Exception {
        // given
        Atlvs atlvs = Atlvs.builder(database.appDataSource()).contextKey(database.contextKey()).strict(true).isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Race Track Events " + isolation);
        Location original = acme.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(acme.id()).name("Contested Hall").type(LocationType.VENUE).build()));
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);

        // when
        List<Future<Location>> outcomes = new ArrayList<>();
        try {
            for (String name : List.of("Hall of Writer One", "Hall of Writer Two")) {
                outcomes.add(writers.submit(() -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    LocationRepository locations = tx.repository(LocationRepository.class);
                    locations.get(original.id());
                    // both transactions have read before either writes; a retried attempt passes straight through
                    bothInside.countDown();
                    awaitQuietly(bothInside);
                    return locations.update(ImmutableLocation.copyOf(original).withName(name));
                })));
            }
        } finally {
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("writers finished").isTrue();
        }

        // then
        List<Location> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (Future<Location> outcome : outcomes) {
            try {
                winners.add(outcome.get());
            } catch (ExecutionException failure) {
                losers.add(failure.getCause());
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(losers).singleElement().isInstanceOf(StaleVersionException.class);
        Location stored = acme.asOwner(tx -> tx.repository(LocationRepository.class).get(original.id()));
        assertThat(stored).isEqualTo(winners.get(0));
        assertThat(stored.version()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other writer never arrived");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other writer", interrupted);
        }
    }
}
