package dev.atlvs.docs.erd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.cli.erd.DiagramDrift;
import dev.atlvs.cli.erd.SchemaDiagrams;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The committed diagrams under {@code docs/erd} are those of the migrated schema. When a migration changes a table,
 * this test fails naming the file, its first differing line and the command that regenerates the files; run it with
 * {@code -Datlvs.erd.write=true} to rewrite them instead:
 *
 * <pre>
 * ./mvnw -B verify -pl docs -am -Dtest=ErdDriftTest -Dsurefire.failIfNoSpecifiedTests=false -Datlvs.erd.write=true
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErdDriftTest {

    /** The committed diagrams: the folder {@code erd} of the docs module, where the build runs its tests. */
    static final Path COMMITTED = Path.of("erd").toAbsolutePath();

    private static final boolean WRITE = Boolean.getBoolean("atlvs.erd.write");

    @Test
    @Order(1)
    void theCommittedDiagramsAreThoseOfTheMigratedSchema() {
        try (TestDatabase database = TestDatabases.shared().create("erd_drift")) {
            // given
            SchemaDiagrams diagrams = SchemaDiagrams.read(database.ownerDataSource(), AtlvsModules.installed());
            if (WRITE) {
                diagrams.write(COMMITTED);
            }

            // when
            List<DiagramDrift> drifts = diagrams.compare(COMMITTED);

            // then
            assertThat(drifts)
                    .withFailMessage(() -> "the diagrams under docs/erd differ from the migrated schema:\n"
                            + drifts.stream().map(DiagramDrift::describe).collect(Collectors.joining("\n")))
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void aColumnAddedWithoutRegeneratingIsReportedWithItsTable() throws SQLException {
        try (TestDatabase database = TestDatabases.shared().create("erd_added_column")) {
            // given
            try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("alter table atlvs.project_tasks add column erd_probe text");
            }

            // when
            List<DiagramDrift> drifts = SchemaDiagrams.read(database.ownerDataSource(), AtlvsModules.installed()).compare(COMMITTED);

            // then
            assertThat(drifts).hasSize(1);
            DiagramDrift drift = drifts.get(0);
            assertThat(drift.file()).isEqualTo(COMMITTED.resolve("projects.md"));
            assertThat(drift.entity()).contains("project_tasks");
            assertThat(drift.generated()).isEqualTo("        text erd_probe");
            assertThat(drift.describe())
                    .contains("projects.md line " + drift.line() + " (table project_tasks)", "text erd_probe")
                    .contains(SchemaDiagrams.REGENERATE_COMMAND, "-Datlvs.erd.write=true");
        }
    }

    @Test
    @Order(3)
    void aTableNoMigrationCreatesIsListedInTheIndex() throws SQLException {
        try (TestDatabase database = TestDatabases.shared().create("erd_unowned_table")) {
            // given
            try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table atlvs.erd_scratch (id uuid primary key)");
            }

            // when
            SchemaDiagrams diagrams = SchemaDiagrams.read(database.ownerDataSource(), AtlvsModules.installed());

            // then
            assertThat(diagrams.index()).contains("## Tables no module's migrations create\n\n- `erd_scratch`\n");
            assertThat(diagrams.modules()).allSatisfy(module -> assertThat(diagrams.diagram(module)).doesNotContain("erd_scratch"));
            assertThat(diagrams.compare(COMMITTED)).singleElement()
                    .satisfies(drift -> assertThat(drift.file()).isEqualTo(COMMITTED.resolve(SchemaDiagrams.INDEX)));
        }
    }

    /** The line forms the generator writes, each one that Mermaid's {@code erDiagram} grammar accepts, and no other. */
    @Test
    @Order(4)
    void everyLineOfTheCommittedDiagramsIsMermaidErSyntax() throws IOException {
        // given
        List<Pattern> grammar = List.of(
                Pattern.compile("erDiagram"),
                Pattern.compile(" {4}[a-z_][a-z0-9_]* \\{"),
                Pattern.compile(" {8}[a-z][a-z0-9_]*(\\[])? [a-z_][a-z0-9_]*( (PK|FK|UK)(, (PK|FK|UK))*)?"),
                Pattern.compile(" {4}}"),
                Pattern.compile(" {4}[a-z_][a-z0-9_]*"),
                Pattern.compile(" {4}[a-z_][a-z0-9_]* (\\|\\||\\|o)(--|\\.\\.)(o\\{|o\\|) [a-z_][a-z0-9_]* : \"[a-z0-9_]+(, [a-z0-9_]+)*\""));
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(COMMITTED)) {
            diagrams = files.filter(file -> !file.endsWith(SchemaDiagrams.INDEX)).sorted().toList();
        }

        // when
        List<String> strays = new ArrayList<>();
        for (Path diagram : diagrams) {
            String text = Files.readString(diagram, StandardCharsets.UTF_8);
            String block = text.substring(text.indexOf("```mermaid\n") + "```mermaid\n".length(), text.lastIndexOf("```"));
            block.lines().filter(line -> grammar.stream().noneMatch(rule -> rule.matcher(line).matches()))
                    .forEach(line -> strays.add(diagram.getFileName() + ": " + line));
        }

        // then
        assertThat(diagrams).hasSizeGreaterThan(1);
        assertThat(strays).isEmpty();
    }
}
