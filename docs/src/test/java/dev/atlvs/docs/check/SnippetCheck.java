package dev.atlvs.docs.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Compares the marked blocks of Markdown files with the regions of the snippet sources, and reports each difference
 * as a sentence naming the file, the snippet and the first differing line.
 */
public final class SnippetCheck {
    private final SnippetSources sources;

    /** A check against {@code sources}. */
    public SnippetCheck(SnippetSources sources) {
        this.sources = sources;
    }

    /**
     * The problems of {@code document}: a {@code snippet} block that differs from its region or names none, and, when
     * {@code requireMarked} holds a block's language, a block of that language without a marker.
     */
    public List<String> problems(MarkdownDocument document, Set<String> requireMarked) {
        List<String> problems = new ArrayList<>();
        for (MarkdownDocument.Block block : document.blocks()) {
            String where = document.file() + ":" + block.firstLine();
            if (block.markerKind().isEmpty()) {
                if (requireMarked.contains(block.language())) {
                    problems.add(where + ": a " + block.language() + " block without <!-- snippet: name --> on the line before"
                            + " it; every " + block.language() + " block of this file is checked");
                }
                continue;
            }
            if (!block.markerKind().equals("snippet")) {
                continue;
            }
            var snippet = sources.snippet(block.name());
            if (snippet.isEmpty()) {
                problems.add(where + ": snippet " + block.name() + " is tagged in no snippet source (// tag::" + block.name() + "[])");
                continue;
            }
            List<String> expected = snippet.get().lines();
            List<String> actual = block.lines().stream().map(String::stripTrailing).toList();
            int differing = firstDifference(expected, actual);
            if (differing >= 0) {
                problems.add(where + ": snippet " + block.name() + " differs from " + snippet.get().file() + " at line "
                        + (block.firstLine() + differing) + " of the Markdown (line " + (differing + 1) + " of the snippet):\n"
                        + "  in the Markdown: " + lineOrEnd(actual, differing) + "\n"
                        + "  in the source:   " + lineOrEnd(expected, differing));
            }
        }
        return problems;
    }

    /**
     * Rewrites every {@code snippet} block of {@code document} with its region's text (blocks naming no snippet stay),
     * and returns whether the file changed.
     */
    public boolean rewrite(MarkdownDocument document) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(document.file(), StandardCharsets.UTF_8));
        List<MarkdownDocument.Block> blocks = new ArrayList<>(document.blocks());
        Collections.reverse(blocks);
        for (MarkdownDocument.Block block : blocks) {
            if (block.markerKind().equals("snippet")) {
                var snippet = sources.snippet(block.name());
                if (snippet.isPresent()) {
                    int from = block.firstLine() - 1;
                    lines.subList(from, from + block.lines().size()).clear();
                    lines.addAll(from, snippet.get().lines());
                }
            }
        }
        String text = String.join("\n", lines) + "\n";
        if (text.equals(Files.readString(document.file(), StandardCharsets.UTF_8))) {
            return false;
        }
        Files.writeString(document.file(), text, StandardCharsets.UTF_8);
        return true;
    }

    /** The names of the snippets used by no block of {@code documents}. */
    public List<String> unused(List<MarkdownDocument> documents) {
        List<String> unused = new ArrayList<>(sources.names());
        for (MarkdownDocument document : documents) {
            for (MarkdownDocument.Block block : document.blocks()) {
                if (block.markerKind().equals("snippet")) {
                    unused.remove(block.name());
                }
            }
        }
        return unused;
    }

    private static int firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            if (i >= expected.size() || i >= actual.size() || !expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String lineOrEnd(List<String> lines, int index) {
        return index < lines.size() ? "\"" + lines.get(index) + "\"" : "(end of the snippet)";
    }
}
