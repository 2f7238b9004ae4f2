package dev.atlvs.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The changelog keeps the Keep a Changelog layout and has a section for the version being built. */
class ChangelogTest {
    private static final Pattern RELEASE = Pattern.compile("^## \\[(Unreleased|\\d+\\.\\d+\\.\\d+)\\]( - (Unreleased|\\d{4}-\\d{2}-\\d{2}))?$");
    private static final List<String> KINDS = List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

    @Test
    void theVersionBeingBuiltHasASectionBelowUnreleased() throws Exception {
        // given
        List<String> lines = Files.readAllLines(Path.of("../CHANGELOG.md"), StandardCharsets.UTF_8);
        String version = projectVersion().replace("-SNAPSHOT", "");

        // when
        List<String> releases = lines.stream().filter(line -> line.startsWith("## ")).toList();

        // then
        assertThat(releases).allSatisfy(heading -> assertThat(heading).matches(RELEASE));
        assertThat(releases).first().isEqualTo("## [Unreleased]");
        assertThat(releases).contains("## [" + version + "] - Unreleased");
    }

    @Test
    void everyKindOfChangeIsOneOfKeepAChangelogs() throws IOException {
        // when
        List<String> kinds = Files.readAllLines(Path.of("../CHANGELOG.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("### ")).map(line -> line.substring(4)).toList();

        // then
        assertThat(kinds).isNotEmpty().allSatisfy(kind -> assertThat(KINDS).contains(kind));
    }

    private static String projectVersion() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(Path.of("../pom.xml").toFile()).getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("version")) {
                return element.getTextContent().strip();
            }
        }
        throw new AssertionError("the root pom has no version");
    }
}
