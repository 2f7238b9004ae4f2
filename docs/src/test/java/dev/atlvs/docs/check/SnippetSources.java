package dev.atlvs.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tagged regions of the documentation's snippet sources: the lines between {@code tag::name[]} and
 * {@code end::name[]} markers (in a {@code //} or {@code <!-- -->} comment). A name may be tagged several times in one
 * file: its regions are joined in order, each dedented on its own, so a snippet can show its imports and then its code.
 * Regions may nest and overlap; marker lines are never part of a region.
 */
public final class SnippetSources {
    private static final Pattern MARKER = Pattern.compile("^\\s*(?://|<!--)\\s*(tag|end)::([a-z0-9-]+)\\[\\]\\s*(?:-->)?\\s*$");

    private final Map<String, Snippet> snippets;

    private SnippetSources(Map<String, Snippet> snippets) {
        this.snippets = snippets;
    }

    /** A snippet: its text and the file it was read from. */
    public record Snippet(String name, Path file, List<String> lines) {}

    /** The regions of every {@code .java} and {@code .xml} file under {@code roots}. */
    public static SnippetSources under(Path... roots) {
        Map<String, Snippet> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xml")).sorted().toList()) {
                    for (Snippet snippet : read(file).values()) {
                        Snippet earlier = found.putIfAbsent(snippet.name(), snippet);
                        if (earlier != null) {
                            throw new IllegalStateException("the snippet " + snippet.name() + " is tagged in two files: " + earlier.file()
                                    + " and " + snippet.file());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SnippetSources(found);
    }

    /** The snippet called {@code name}, if a file tags it. */
    public Optional<Snippet> snippet(String name) {
        return Optional.ofNullable(snippets.get(name));
    }

    /** The names of every snippet found. */
    public Set<String> names() {
        return snippets.keySet();
    }

    /** The snippets tagged in {@code file}, by name. */
    static Map<String, Snippet> read(Path file) {
        List<String> source;
        try {
            source = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<List<String>>> regions = new LinkedHashMap<>();
        Set<String> open = new LinkedHashSet<>();
        for (int number = 1; number <= source.size(); number++) {
            String line = source.get(number - 1);
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                String name = marker.group(2);
                if (marker.group(1).equals("tag")) {
                    if (!open.add(name)) {
                        throw new IllegalStateException(file + ":" + number + ": the region " + name + " is open already");
                    }
                    regions.computeIfAbsent(name, n -> new ArrayList<>()).add(new ArrayList<>());
                } else if (!open.remove(name)) {
                    throw new IllegalStateException(file + ":" + number + ": end::" + name + "[] closes no open region");
                }
                continue;
            }
            for (String name : open) {
                List<List<String>> of = regions.get(name);
                of.get(of.size() - 1).add(line);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException(file + ": the regions " + open + " are never closed");
        }
        Map<String, Snippet> snippets = new LinkedHashMap<>();
        regions.forEach((name, parts) -> {
            List<String> lines = new ArrayList<>();
            parts.forEach(part -> lines.addAll(dedent(part)));
            snippets.put(name, new Snippet(name, file, List.copyOf(lines)));
        });
        return snippets;
    }

    /** {@code lines} without the indentation they all share (blank lines aside) and without trailing spaces. */
    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(SnippetSources::indentation).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
