package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SeedCommandTest {

    @Test
    void seedingTwoOrganizationsTwiceWithTheSameSeedWritesTheSameRowsEachTime() throws Exception {
        // given
        try (TestDatabase database = TestDatabases.shared().create("Seed")) {

            // when
            CliRun first = CliRun.against(database, "seed", "--organizations", "2", "--seed", "7", "--output", "json");
            CliRun second = CliRun.against(database, "seed", "--organizations", "2", "--seed", "7", "--output", "json");

            // then
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(second.exit()).as(second.err()).isZero();
            JsonObject one = JsonParser.parseString(first.out()).getAsJsonObject();
            JsonObject two = JsonParser.parseString(second.out()).getAsJsonObject();
            assertThat(one.getAsJsonArray("organizations")).hasSize(2);
            assertThat(one.get("users").getAsInt()).isEqualTo(10);
            JsonObject rows = one.getAsJsonObject("rows");
            assertThat(rows.keySet()).contains("organizations", "organization_members", "projects", "project_tasks",
                    "manning_slots", "events", "pipeline_opportunities", "invoices", "audit_logs");
            assertThat(rows.get("organizations").getAsLong()).isEqualTo(2);
            assertThat(rows.get("organization_members").getAsLong()).isEqualTo(10);
            assertThat(two.getAsJsonObject("rows")).isEqualTo(rows);
            assertThat(two.getAsJsonArray("organizations").get(0).getAsJsonObject().get("name"))
                    .isEqualTo(one.getAsJsonArray("organizations").get(0).getAsJsonObject().get("name"));
            try (Connection admin = database.adminDataSource().getConnection(); Statement statement = admin.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from atlvs.organizations")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(4);
            }
            assertThat(first.err()).isEmpty();
        }
    }

    @Test
    void theTextReportNamesTheOrganizationsTheUsersAndTheRowsPerTable() {
        // given
        try (TestDatabase database = TestDatabases.shared().create("SeedText")) {

            // when
            CliRun seed = CliRun.against(database, "seed", "--organizations", "1", "--seed", "11");

            // then
            assertThat(seed.exit()).as(seed.err()).isZero();
            assertThat(seed.out()).startsWith("created 1 organization (seed 11):")
                    .containsPattern("(?m)^  [a-z0-9-]+-[a-z0-9]{6}-1  .+ Productions  \\(5 users\\)$")
                    .contains("users: 5")
                    .containsPattern("(?m)^rows per table \\(\\d+ in all\\):$")
                    .containsPattern("(?m)^  projects\\s+\\d+$");
        }
    }
}
