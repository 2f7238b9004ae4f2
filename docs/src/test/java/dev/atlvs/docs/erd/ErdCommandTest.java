package dev.atlvs.docs.erd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.cli.AtlvsCli;
import dev.atlvs.cli.erd.SchemaDiagrams;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.Credentials;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlvs erd} against a migrated database of the embedded server. */
class ErdCommandTest {

    private static TestDatabase database;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.shared().create(ErdCommandTest.class);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void erdWritesTheIndexAndOneDiagramPerModule() throws IOException {
        // given
        Map<String, String> expected = SchemaDiagrams.read(database.ownerDataSource(), AtlvsModules.installed()).files();

        // when
        int status = erd("--out", folder.toString());

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + folder.resolve("README.md"));
        assertThat(filesIn(folder)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8)).isEqualTo(file.getValue());
        }
        assertThat(expected.get("projects.md")).contains("```mermaid\nerDiagram\n", "    project_tasks {\n",
                "    projects ||..o{ project_tasks : \"project_id\"\n");
    }

    @Test
    void erdWithAModuleWritesOnlyThatModulesDiagram() throws IOException {
        // when
        int status = erd("--out", folder.toString(), "--module", "finance");

        // then
        assertThat(status).as(err.toString()).isZero();
        assertThat(filesIn(folder)).containsExactly("finance.md");
        assertThat(Files.readString(folder.resolve("finance.md"), StandardCharsets.UTF_8)).contains("# Module `finance`");
    }

    @Test
    void erdCheckPassesOnCurrentFilesAndNamesTheFileThatDiffers() throws IOException {
        // given
        assertThat(erd("--out", folder.toString())).isZero();
        assertThat(erd("--out", folder.toString(), "--check")).isZero();
        Path projects = folder.resolve("projects.md");
        Files.writeString(projects, Files.readString(projects, StandardCharsets.UTF_8).replace("        uuid reporter_user_id FK\n", ""), StandardCharsets.UTF_8);

        // when
        int status = erd("--out", folder.toString(), "--check");

        // then
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(projects + " line ", "(table project_tasks)", "uuid reporter_user_id FK", SchemaDiagrams.REGENERATE_COMMAND);
    }

    @Test
    void anUnknownModuleIsAUsageErrorNamingTheInstalledModules() {
        // when
        int status = erd("--out", folder.toString(), "--module", "invoices");

        // then
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--module must name an installed module (core, projects", "not invoices");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aDatabaseWithoutTheSchemaIsReportedWithWhatToRun() throws SQLException {
        // given
        String empty = database.name() + "_empty";
        execute(database.adminDataSource(), "create database " + empty + " owner " + TestDatabases.OWNER_ROLE + " template template0");
        try {
            Credentials owner = database.ownerCredentials();

            // when
            int status = AtlvsCli.execute(new PrintWriter(out), new PrintWriter(err), "erd", "--url", database.server().jdbcUrl(empty),
                    "--user", owner.user(), "--password", owner.password(), "--out", folder.toString());

            // then
            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("1910 SCHEMA_MISSING", "no schema atlvs", "atlvs migrate");
            assertThat(folder).isEmptyDirectory();
        } finally {
            execute(database.adminDataSource(), "drop database if exists " + empty + " with (force)");
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int erd(String... options) {
        Credentials owner = database.ownerCredentials();
        String[] arguments = Stream.concat(Stream.of("erd", "--url", database.jdbcUrl(), "--user", owner.user(), "--password", owner.password()),
                Stream.of(options)).toArray(String[]::new);
        return AtlvsCli.execute(new PrintWriter(out), new PrintWriter(err), arguments);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
