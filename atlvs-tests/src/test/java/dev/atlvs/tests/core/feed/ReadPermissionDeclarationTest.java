package dev.atlvs.tests.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every table whose changes reach the change feed (an audited tenant table) declares the permission that lets an
 * actor read it, so that the feed can deliver its changes only to those who may see them; a new table without one
 * fails here.
 */
@AtlvsTest
class ReadPermissionDeclarationTest {

    @Test
    void everyAuditedTenantTableOfTheInstalledModulesDeclaresAReadPermission(TestDatabase database) throws Exception {
        List<String> audited = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from atlvs.registered_tables where scope = 'tenant' and audited order by table_name")) {
            while (rows.next()) {
                audited.add(rows.getString(1));
            }
        }

        assertThat(audited).isNotEmpty();
        assertThat(audited).as("audited tenant tables without a read permission")
                .filteredOn(table -> AtlvsModules.installed().readPermission(table).isEmpty()).isEmpty();
        assertThat(AtlvsModules.installed().readPermissions().keySet()).as("read permissions of tables that are not audited tenant tables")
                .allSatisfy(table -> assertThat(audited).contains(table));
    }
}
