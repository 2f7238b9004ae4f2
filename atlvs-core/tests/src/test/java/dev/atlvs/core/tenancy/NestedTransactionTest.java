package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A transaction opened inside another on the same thread would join it and change its tenant and
 * actor; it is refused, and the outer transaction keeps its own.
 */
@AtlvsTest
class NestedTransactionTest {

    @Test
    void aTenantTransactionOpenedInsideAnotherIsRefused(Atlvs atlvs, Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        User contributor = acme.addMember(MemberRole.CONTRIBUTOR);

        UUID actorAfterwards = acme.asOwner(tx -> {
            assertThatThrownBy(() -> atlvs.inTenant(acme.id(), contributor.id(), inner -> inner.actorId()))
                    .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NESTED_TRANSACTION));
            return tx.handle().createQuery("select atlvs.current_actor()").mapTo(UUID.class).one();
        });

        assertThat(actorAfterwards).isEqualTo(acme.owner().id());
    }

    @Test
    void aPlatformCallInsideATenantTransactionIsRefused(Atlvs atlvs, Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        assertThatThrownBy(() -> acme.asOwner(tx -> atlvs.platform().getUser(acme.owner().id())))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NESTED_TRANSACTION));
    }

    @Test
    void transactionsOneAfterAnotherOnTheSameThreadAreFine(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();

        UUID first = acme.asOwner(tx -> tx.organizationId());
        UUID second = acme.asOwner(tx -> tx.organizationId());

        assertThat(first).isEqualTo(second).isEqualTo(acme.id());
    }
}
