package dev.atlvs.cli.erd;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A generated file that differs from what the schema gives: the first line where they part.
 *
 * @param file the file, in the folder that was compared
 * @param line the 1-based number of the first differing line; 0 when the file is missing
 * @param generated that line as the schema gives it, or {@code null} past the end of the generated text (the file
 *        has lines the schema no longer gives, or is no generated file at all)
 * @param found that line in the file, or {@code null} when the file is missing or ends before it
 * @param entity the table whose block in the generated diagram holds the line, if it is inside one
 */
public record DiagramDrift(Path file, int line, String generated, String found, Optional<String> entity) {

    public DiagramDrift {
        requireNonNull(file, "file is null");
        requireNonNull(entity, "entity is null");
    }

    /** What differs and how to regenerate, in one paragraph for a test failure or a terminal. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(file);
        if (line == 0) {
            text.append(" is missing");
        } else if (generated == null && line == 1) {
            text.append(" is not generated from the schema (no module has this name): delete it");
        } else if (generated == null) {
            text.append(" line ").append(line).append(" is not generated from the schema any more: \"").append(found.strip()).append('"');
        } else {
            text.append(" line ").append(line);
            entity.ifPresent(table -> text.append(" (table ").append(table).append(')'));
            text.append(": the schema gives \"").append(generated.strip()).append("\", the file has ")
                    .append(found == null ? "no such line" : "\"" + found.strip() + "\"");
        }
        return text.append(". Regenerate with `").append(SchemaDiagrams.REGENERATE_COMMAND).append("` against a migrated database, or with `")
                .append(SchemaDiagrams.REGENERATE_BUILD).append('`').toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
