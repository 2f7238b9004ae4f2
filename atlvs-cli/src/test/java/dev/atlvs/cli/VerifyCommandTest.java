package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {

    @Test
    void aMigratedDatabasePassesEveryCheck() {
        // given
        try (TestDatabase database = TestDatabases.shared().create("VerifyPasses")) {

            // when
            CliRun verify = CliRun.against(database, "verify");

            // then
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).startsWith("no findings: ").containsPattern("\\d+ tables and \\d+ repository queries checked");
            assertThat(verify.err()).isEmpty();
        }
    }

    @Test
    void aDroppedPolicyAndAnUnindexedForeignKeyAreReportedAndFailTheRun() throws Exception {
        // given
        try (TestDatabase database = TestDatabases.shared().create("VerifyFinds")) {
            try (Connection owner = database.ownerDataSource().getConnection(); Statement statement = owner.createStatement()) {
                statement.execute("drop policy tenant_isolation on atlvs.locations");
                statement.execute("alter table atlvs.locations add column manager_id uuid");
                statement.execute("""
                        alter table atlvs.locations add constraint locations_manager_fk
                            foreign key (organization_id, manager_id) references atlvs.locations (organization_id, id)
                        """);
            }

            // when
            CliRun verify = CliRun.against(database, "verify");

            // then
            assertThat(verify.exit()).isEqualTo(1);
            assertThat(verify.out())
                    .containsPattern("(?m)^tenant policy\\s+locations: the table has no policy$")
                    .containsPattern("(?m)^foreign-key index\\s+locations: foreign key locations_manager_fk \\[organization_id, manager_id\\] "
                            + "has no index leading with its columns$")
                    .containsPattern("(?m)^\\d+ findings$");
            assertThat(verify.err()).isEmpty();
        }
    }
}
