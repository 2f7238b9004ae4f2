package dev.atlvs.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown file, each with the marker comment on the line before it, if any:
 * {@code <!-- snippet: name -->} (the block must equal the snippet source's region {@code name}) or
 * {@code <!-- run: name -->} (the block is itself the source, run by a test).
 */
public final class MarkdownDocument {
    private static final Pattern FENCE = Pattern.compile("^(```+)\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*(snippet|run):\\s*([a-z0-9-]+)\\s*-->\\s*$");

    private final Path file;
    private final List<Block> blocks;

    private MarkdownDocument(Path file, List<Block> blocks) {
        this.file = file;
        this.blocks = blocks;
    }

    /**
     * One fenced block.
     *
     * @param language the fence's info string, empty when none
     * @param markerKind {@code snippet} or {@code run}, empty when the block has no marker
     * @param name the marker's name, empty when the block has no marker
     * @param firstLine the line number (1-based) of the block's first content line
     */
    public record Block(String language, String markerKind, String name, int firstLine, List<String> lines) {
        /** The block's text, its lines joined by newlines. */
        public String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    /** Reads {@code file}. */
    public static MarkdownDocument read(Path file) {
        List<String> source;
        try {
            source = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            Matcher fence = FENCE.matcher(source.get(i));
            if (!fence.matches()) {
                continue;
            }
            String kind = "";
            String name = "";
            Matcher marker = i > 0 ? MARKER.matcher(source.get(i - 1).strip()) : null;
            if (marker != null && marker.matches()) {
                kind = marker.group(1);
                name = marker.group(2);
            }
            int end = i + 1;
            while (end < source.size() && !source.get(end).strip().equals(fence.group(1))) {
                end++;
            }
            if (end == source.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": the fenced block is never closed");
            }
            blocks.add(new Block(fence.group(2), kind, name, i + 2, List.copyOf(source.subList(i + 1, end))));
            i = end;
        }
        return new MarkdownDocument(file, List.copyOf(blocks));
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** Every fenced block, in order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The block marked {@code <!-- run: name -->}. */
    public Optional<Block> runBlock(String name) {
        return blocks.stream().filter(b -> b.markerKind().equals("run") && b.name().equals(name)).findFirst();
    }
}
