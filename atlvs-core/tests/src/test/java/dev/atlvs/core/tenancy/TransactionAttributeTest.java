package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.TransactionKey;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-transaction state a module keeps through {@code TenantTransaction.attribute}. */
@AtlvsTest
class TransactionAttributeTest {

    private static final TransactionKey<String> SETTING = TransactionKey.of("test.setting", String.class);
    private static final TransactionKey<String> OTHER = TransactionKey.of("test.setting", String.class);

    @Test
    void aValueIsComputedOncePerTransaction(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        AtomicInteger loads = new AtomicInteger();

        List<String> values = acme.asOwner(tx -> List.of(
                tx.attribute(SETTING, t -> "loaded " + loads.incrementAndGet()),
                tx.attribute(SETTING, t -> "loaded " + loads.incrementAndGet())));

        assertThat(values).containsExactly("loaded 1", "loaded 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aValueDoesNotOutliveItsTransaction(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        AtomicInteger loads = new AtomicInteger();

        String first = acme.asOwner(tx -> tx.attribute(SETTING, t -> "loaded " + loads.incrementAndGet()));
        String second = acme.asOwner(tx -> tx.attribute(SETTING, t -> "loaded " + loads.incrementAndGet()));

        assertThat(first).isEqualTo("loaded 1");
        assertThat(second).isEqualTo("loaded 2");
    }

    @Test
    void keysWithTheSameNameAreDistinct(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        List<String> values = acme.asOwner(tx -> List.of(tx.attribute(SETTING, t -> "mine"), tx.attribute(OTHER, t -> "theirs")));

        assertThat(values).containsExactly("mine", "theirs");
    }
}
