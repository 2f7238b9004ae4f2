package dev.atlvs.people.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A crew compliance matrix: people × the certifications required of them, as of a day and through the end date of the
 * work. Rows in the order the people were given, columns in the order of the requirements.
 *
 * @param asOf the day the matrix is read on
 * @param through the last day of the work
 * @param personIds the rows
 * @param competencyIds the columns: competencies whose certification is required
 * @param cells every cell, row by row
 */
public record ComplianceMatrix(LocalDate asOf, LocalDate through, List<UUID> personIds, List<UUID> competencyIds, List<ComplianceCell> cells) {

    public ComplianceMatrix {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(through, "through is null");
        personIds = List.copyOf(personIds);
        competencyIds = List.copyOf(competencyIds);
        cells = List.copyOf(cells);
    }

    /** The cell of one person and one competency. */
    public Optional<ComplianceCell> cell(UUID personId, UUID competencyId) {
        return cells.stream().filter(c -> c.personId().equals(personId) && c.competencyId().equals(competencyId)).findFirst();
    }

    /** The cells that are not {@link CellState#OK}, row by row. */
    public List<ComplianceCell> gaps() {
        return cells.stream().filter(c -> c.state().isGap()).toList();
    }

    /** Whether every person holds every required certification through the end date. */
    public boolean compliant() {
        return gaps().isEmpty();
    }
}
