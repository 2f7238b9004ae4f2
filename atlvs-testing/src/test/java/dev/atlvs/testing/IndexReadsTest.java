package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

@AtlvsTest
class IndexReadsTest {

    @Test
    void aLookUpThroughAnIndexIsCountedInItsTransaction(Fixtures fixtures, TestDatabase database) {
        // given: a server where the table is not distributed (on Citus the reads are the shards', as IndexReads says)
        assumeThat(database.server().kind()).isNotEqualTo(PostgresServer.Kind.CITUS);
        OrganizationFixture acme = fixtures.organization("Counted Reads");

        // when: the owner's membership is read through an index
        long read = acme.asOwner(tx -> {
            tx.handle().execute("set local enable_seqscan = off");
            long before = IndexReads.returned(tx, "organization_members");
            long found = tx.handle().createQuery("""
                    select count(*) from atlvs.organization_members where organization_id = :organization and user_id = :user
                    """).bind("organization", acme.id()).bind("user", acme.owner().id()).mapTo(Long.class).one();
            assertThat(found).isEqualTo(1);
            return IndexReads.returned(tx, "organization_members") - before;
        });

        // then
        assertThat(read).isPositive();
    }

    @Test
    void aTableNoInstalledModuleDeclaresIsRefused(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization("Unknown Reads");

        assertThatThrownBy(() -> acme.asOwner(tx -> IndexReads.returned(tx, "pg_class")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown table pg_class");
    }
}
