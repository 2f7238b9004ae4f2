package dev.atlvs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void withTheHostsFieldKeysTheSeedAlsoWritesEncryptedRecords(@TempDir Path keys) throws Exception {
        // given
        DeterministicAeadConfig.register();
        PrfConfig.register();
        Path aead = keys.resolve("aead.json");
        Path prf = keys.resolve("prf.json");
        Files.writeString(aead, TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV), InsecureSecretKeyAccess.get()));
        Files.writeString(prf, TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF), InsecureSecretKeyAccess.get()));
        try (TestDatabase database = TestDatabases.shared().create("SeedEncrypted")) {

            // when
            CliRun plain = CliRun.against(database, "seed", "--organizations", "1", "--output", "json");
            CliRun encrypted = CliRun.against(database, "seed", "--organizations", "1", "--output", "json",
                    "--field-keys-aead", aead.toString(), "--field-keys-prf", prf.toString());

            // then
            assertThat(encrypted.exit()).as(encrypted.err()).isZero();
            JsonObject without = JsonParser.parseString(plain.out()).getAsJsonObject().getAsJsonObject("rows");
            JsonObject with = JsonParser.parseString(encrypted.out()).getAsJsonObject().getAsJsonObject("rows");
            assertThat(with.keySet()).containsAll(without.keySet()).contains("emergency_contacts").hasSizeGreaterThan(without.size());
            assertThat(with.get("lineups").getAsLong()).isGreaterThan(without.get("lineups").getAsLong());
            assertThat(with.get("companies").getAsLong()).isGreaterThan(without.get("companies").getAsLong());
        }
    }

    @Test
    void oneKeysetWithoutTheOtherIsAUsageError(@TempDir Path keys) {
        // when
        CliRun seed = CliRun.of("seed", "--url", "jdbc:postgresql://localhost/atlvs", "--field-keys-aead", keys.resolve("aead.json").toString());

        // then
        assertThat(seed.exit()).isEqualTo(2);
        assertThat(seed.err()).startsWith("--field-keys-aead and --field-keys-prf go together: name both keysets or neither");
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
