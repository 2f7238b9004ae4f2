package dev.atlvs.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guides name what the code has: every set-up error with its number, every module's fixtures. */
class GuideCoverageTest {

    /** The set-up errors: a failed migration (1906), a missing context key (1907) and the band 1910-1919. */
    @Test
    void theProductionGuideSaysWhatToRunForEverySetupError() throws IOException {
        // given
        String guide = Files.readString(Path.of("production-setup.md"), StandardCharsets.UTF_8);

        // when
        List<CoreErrorCode> setup = Stream.of(CoreErrorCode.values())
                .filter(code -> code.category() == ErrorCategory.INFRASTRUCTURE && code.number() >= 1906 && code.number() <= 1919)
                .filter(code -> code != CoreErrorCode.READ_ONLY_TRANSACTION)
                .toList();

        // then
        assertThat(setup).isNotEmpty().allSatisfy(code ->
                assertThat(guide).contains("| " + code.number() + " | `" + code.name() + "` |"));
    }

    @Test
    void theTestingGuideListsTheFixturesOfEveryModule() throws IOException {
        // given
        String guide = Files.readString(Path.of("testing.md"), StandardCharsets.UTF_8);

        // when
        List<String> fixtures;
        try (Stream<Path> files = Files.walk(Path.of(".."), 12)) {
            fixtures = files.filter(file -> file.toString().contains("/src/main/java/dev/atlvs/"))
                    .filter(file -> file.getParent().getFileName().toString().equals("testing"))
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Fixtures.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .distinct().sorted().toList();
        }

        // then
        assertThat(fixtures).contains("Fixtures", "ProjectFixtures", "FinanceFixtures")
                .allSatisfy(name -> assertThat(guide).contains("`" + name + "`"));
    }
}
