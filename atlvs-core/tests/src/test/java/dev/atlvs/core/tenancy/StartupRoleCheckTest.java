package dev.atlvs.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import org.junit.jupiter.api.Test;

/**
 * At start-up the SDK checks its connection role: a superuser or {@code BYPASSRLS} role would see every
 * tenant, so strict mode refuses to start with one; otherwise it only warns.
 */
@AtlvsTest
class StartupRoleCheckTest {

    @Test
    void strictModeRefusesASuperuserConnection(TestDatabase database) {
        assertThatThrownBy(() -> Atlvs.builder(database.adminDataSource()).strict(true).build())
                .isInstanceOfSatisfying(AtlvsException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.UNSAFE_CONNECTION_ROLE);
                    assertThat(e.category()).isEqualTo(ErrorCategory.INFRASTRUCTURE);
                });
    }

    @Test
    void withoutStrictModeASuperuserConnectionOnlyWarns(TestDatabase database) {
        // when
        Atlvs atlvs = Atlvs.builder(database.adminDataSource()).strict(false).build();

        // then
        assertThat(atlvs.platform()).isNotNull();
    }

    @Test
    void strictModeAcceptsTheRuntimeRole(TestDatabase database) {
        // when
        Atlvs atlvs = Atlvs.builder(database.appDataSource()).strict(true).build();

        // then
        assertThat(atlvs.clock()).isNotNull();
    }

    @Test
    void strictModeAcceptsTheSchemaOwnerRole(TestDatabase database) {
        // the owner is neither superuser nor BYPASSRLS, and row-level security is forced on its tables
        assertThat(Atlvs.builder(database.ownerDataSource()).strict(true).build()).isNotNull();
    }
}
