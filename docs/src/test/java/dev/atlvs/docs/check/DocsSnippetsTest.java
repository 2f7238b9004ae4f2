package dev.atlvs.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of the guides and of the README is the code the build compiles and runs: every block marked
 * {@code <!-- snippet: name -->} equals the region {@code name} of a source under {@code src/test}, and every Java
 * block of the guides and the README is marked.
 */
class DocsSnippetsTest {
    /** The Markdown files whose every Java block must be a checked snippet, relative to the docs module. */
    static final List<Path> CHECKED = List.of(Path.of("../README.md"), Path.of("getting-started.md"), Path.of("production-setup.md"),
            Path.of("testing.md"));

    private static final SnippetSources SOURCES = SnippetSources.under(Path.of("src/test/java"), Path.of("src/test/resources"));

    /** With {@code -Datlvs.docs.snippets.write=true} the test first rewrites every marked block from its source. */
    static final boolean WRITE = Boolean.getBoolean("atlvs.docs.snippets.write");

    @Test
    void everyMarkedBlockEqualsItsSnippetAndEveryJavaBlockIsMarked() throws IOException {
        // given
        SnippetCheck check = new SnippetCheck(SOURCES);
        if (WRITE) {
            for (Path file : markdownFiles()) {
                check.rewrite(MarkdownDocument.read(file));
            }
        }
        List<String> problems = new ArrayList<>();

        // when
        for (Path file : markdownFiles()) {
            Set<String> marked = CHECKED.contains(file) ? Set.of("java") : Set.of();
            problems.addAll(check.problems(MarkdownDocument.read(file), marked));
        }

        // then
        assertThat(problems).as(String.join("\n", problems)
                + "\nEdit the snippet's source (or rewrite every marked block from its source: ./mvnw -B -q verify -pl docs -am"
                + " -Dtest=DocsSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false -Datlvs.docs.snippets.write=true)").isEmpty();
    }

    @Test
    void everySnippetIsShownSomewhere() throws IOException {
        // given
        List<MarkdownDocument> documents = new ArrayList<>();
        for (Path file : markdownFiles()) {
            documents.add(MarkdownDocument.read(file));
        }

        // when
        List<String> unused = new SnippetCheck(SOURCES).unused(documents);

        // then
        assertThat(unused).as("snippets tagged in the sources but shown in no Markdown file").isEmpty();
    }

    // The markers of the example below are written with an escaped colon so that this file tags no snippet itself.
    @Test
    void aBlockThatDriftedFromItsSourceIsReportedWithItsFileSnippetAndLine(@TempDir Path directory) throws IOException {
        // given
        Path source = directory.resolve("Example.java");
        Files.writeString(source, """
                class Example {
                    void run() {
                        // tag\u003A:example[]
                        int answer = 42;
                        String text = "forty-two";
                        // end\u003A:example[]
                    }
                }
                """, StandardCharsets.UTF_8);
        Path guide = directory.resolve("guide.md");
        Files.writeString(guide, """
                # Guide

                <!-- snippet: example -->
                ```java
                int answer = 42;
                String text = "forty-three";
                ```
                """, StandardCharsets.UTF_8);

        // when
        List<String> problems = new SnippetCheck(SnippetSources.under(directory)).problems(MarkdownDocument.read(guide), Set.of("java"));

        // then
        assertThat(problems).singleElement().asString()
                .contains(guide + ":5: snippet example differs from " + source + " at line 6 of the Markdown (line 2 of the snippet)")
                .contains("in the Markdown: \"String text = \"forty-three\";\"")
                .contains("in the source:   \"String text = \"forty-two\";\"");
    }

    @Test
    void anUnmarkedJavaBlockIsReported(@TempDir Path directory) throws IOException {
        // given
        Path guide = directory.resolve("guide.md");
        Files.writeString(guide, "Text\n\n```java\nint answer = 42;\n```\n", StandardCharsets.UTF_8);

        // when
        List<String> problems = new SnippetCheck(SnippetSources.under(directory)).problems(MarkdownDocument.read(guide), Set.of("java"));

        // then
        assertThat(problems).singleElement().asString().startsWith(guide + ":4: a java block without <!-- snippet: name -->");
    }

    /** The README and every Markdown file of the docs module, the generated diagrams aside. */
    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("../README.md"));
        try (var found = Files.walk(Path.of("."))) {
            found.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.startsWith(Path.of("./target")) && !p.startsWith(Path.of("./erd")) && !p.startsWith(Path.of("./src")))
                    .map(p -> Path.of(".").relativize(p))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
