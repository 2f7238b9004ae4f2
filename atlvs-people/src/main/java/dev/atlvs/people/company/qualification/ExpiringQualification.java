package dev.atlvs.people.company.qualification;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification as the expiry monitor sees it: whose it is, what it is, when it expires, and its status (an active
 * one past its expiry date reads expired).
 *
 * @param id the qualification
 * @param holderId the company holding it
 * @param holderName the company's name
 * @param name the qualification's name
 * @param expiryDate its last valid day
 * @param status its status on the day asked about
 */
public record ExpiringQualification(UUID id, UUID holderId, String holderName, String name, LocalDate expiryDate, QualificationStatus status) {
    public ExpiringQualification {
        requireNonNull(id, "id is null");
        requireNonNull(holderId, "holderId is null");
        requireNonNull(holderName, "holderName is null");
        requireNonNull(name, "name is null");
        requireNonNull(expiryDate, "expiryDate is null");
        requireNonNull(status, "status is null");
    }
}
