package dev.atlvs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateDatabaseTest {

    private final TestDatabases databases = TestDatabases.shared();

    @Test
    void templateIsMarkedAsATemplateThatAcceptsNoConnections() throws Exception {
        var row = Queries.column(databases.server().adminDataSource("postgres"),
                "select array[datistemplate, datallowconn]::text from pg_database where datname = '"
                        + databases.templateName() + "'");

        assertThat(row).isEqualTo(List.of("{t,f}"));
    }

    @Test
    void templateIsOwnedByTheOwnerRole() throws Exception {
        var owner = Queries.single(databases.server().adminDataSource("postgres"),
                "select datdba::regrole::text from pg_database where datname = '" + databases.templateName() + "'");

        assertThat(owner).isEqualTo(TestDatabases.OWNER_ROLE);
    }

    @Test
    void connectingToTheTemplateIsRefused() {
        var url = databases.server().jdbcUrl(databases.templateName());
        var owner = databases.ownerCredentials();

        assertThatThrownBy(() -> DriverManager.getConnection(url, owner.user(), owner.password()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("not currently accepting connections");
    }
}
