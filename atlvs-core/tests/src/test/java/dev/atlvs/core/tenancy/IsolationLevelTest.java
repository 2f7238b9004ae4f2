package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The builder offers the isolation levels at which the database's rules are proven to hold (READ
 * COMMITTED, REPEATABLE READ, SERIALIZABLE; see the tests of each rule) and refuses the others by name.
 */
@AtlvsTest
class IsolationLevelTest {

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void anOfferedLevelIsTheLevelOfEveryTenantTransaction(TransactionIsolationLevel isolation, TestDatabase database) {
        // given
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        var acme = new dev.atlvs.testing.Fixtures(atlvs).organization("Isolated " + isolation);

        // when
        String level = acme.asOwner(tx -> tx.handle().createQuery("select current_setting('transaction_isolation')").mapTo(String.class).one());

        // then
        assertThat(level).isEqualTo(isolation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_UNCOMMITTED", "NONE", "UNKNOWN"})
    void aLevelThatIsNotOfferedIsRefusedByName(TransactionIsolationLevel isolation, TestDatabase database) {
        Atlvs.Builder builder = Atlvs.builder(database.appDataSource());

        assertThatThrownBy(() -> builder.isolation(isolation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isolation")
                .hasMessageContaining(isolation.name());
    }
}
