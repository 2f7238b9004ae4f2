package dev.atlvs.people.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One cell of a {@link ComplianceMatrix}: a person against a competency that requires a certification.
 *
 * @param personId the person
 * @param competencyId the competency whose certification is required
 * @param state where the person stands
 * @param certificationId the certification the state is read from (the best one), when there is one
 * @param expiryDate its expiry date, when it has one
 */
public record ComplianceCell(UUID personId, UUID competencyId, CellState state, Optional<UUID> certificationId,
        Optional<LocalDate> expiryDate) {

    public ComplianceCell {
        requireNonNull(personId, "personId is null");
        requireNonNull(competencyId, "competencyId is null");
        requireNonNull(state, "state is null");
        requireNonNull(certificationId, "certificationId is null");
        requireNonNull(expiryDate, "expiryDate is null");
    }
}
