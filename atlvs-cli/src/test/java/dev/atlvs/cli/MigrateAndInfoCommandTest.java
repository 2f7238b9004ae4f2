package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.atlvs.core.module.AtlvsModules;
import org.junit.jupiter.api.Test;

class MigrateAndInfoCommandTest {

    @Test
    void infoOnADatabaseNeverMigratedShowsEveryMigrationPending() throws Exception {
        // given
        try (EmptyDatabase database = EmptyDatabase.create()) {

            // when
            CliRun info = CliRun.against(database.url(), "info");

            // then
            assertThat(info.exit()).as(info.err()).isZero();
            assertThat(info.out()).contains("database       " + database.name() + ", schema atlvs missing").contains("not migrated:").contains("run atlvs migrate")
                    .containsPattern("(?m)^core\\s+none\\s+V(\\d+)\\s+V1 to V\\1 \\(\\1\\)$");
            assertThat(info.out()).contains("run-time role  atlvs_app (safe: neither superuser nor BYPASSRLS; not granted the schema yet");
            assertThat(info.err()).isEmpty();
        }
    }

    @Test
    void migrateThenInfoShowsEveryModuleUpToDate() throws Exception {
        // given
        try (EmptyDatabase database = EmptyDatabase.create()) {

            // when
            CliRun migrate = CliRun.against(database.url(), "migrate");
            CliRun info = CliRun.against(database.url(), "info");
            CliRun json = CliRun.against(database.url(), "info", "--output", "json");
            CliRun again = CliRun.against(database.url(), "migrate");

            // then
            assertThat(migrate.exit()).as(migrate.err()).isZero();
            assertThat(migrate.out()).containsPattern("(?m)^core\\s+applied \\d+ migrations$").contains("schema atlvs is up to date");
            assertThat(info.exit()).isZero();
            assertThat(info.out()).contains("database       " + database.name() + ", schema atlvs present").endsWith("up to date" + System.lineSeparator())
                    .contains("run-time role  atlvs_app (safe: neither superuser nor BYPASSRLS)");
            assertThat(json.exit()).isZero();
            JsonObject status = JsonParser.parseString(json.out()).getAsJsonObject();
            assertThat(status.get("upToDate").getAsBoolean()).isTrue();
            assertThat(status.get("schemaPresent").getAsBoolean()).isTrue();
            assertThat(status.get("pendingMigrations").getAsInt()).isZero();
            assertThat(status.getAsJsonObject("runtimeRole").get("safe").getAsBoolean()).isTrue();
            assertThat(status.getAsJsonArray("modules")).hasSize(AtlvsModules.installed().inDependencyOrder().size())
                    .allSatisfy(module -> {
                        JsonObject entry = module.getAsJsonObject();
                        assertThat(entry.get("currentVersion").getAsString()).isEqualTo(entry.get("latestVersion").getAsString());
                        assertThat(entry.getAsJsonArray("pending")).isEmpty();
                    });
            assertThat(again.out()).isEqualTo("schema atlvs is up to date" + System.lineSeparator());
        }
    }
}
