package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import dev.atlvs.people.company.qualification.QualificationType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a company may be engaged as a vendor, and if not, every reason why ({@link VendorEligibility#check}).
 *
 * @param companyId the company
 * @param reasons why it is not eligible; empty when it is
 */
public record Eligibility(UUID companyId, List<Reason> reasons) {

    public Eligibility {
        requireNonNull(companyId, "companyId is null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
    }

    /** Whether the company is eligible: no reason against it. */
    public boolean eligible() {
        return reasons.isEmpty();
    }

    /** What stands in the way. */
    public enum Problem {
        /** The company is not active (pending or inactive). */
        NOT_ACTIVE,
        /** The company is blacklisted. */
        BLACKLISTED,
        /** No active qualification of a required type. */
        QUALIFICATION_MISSING,
        /** Active qualifications of the type, none covering the required amount in its currency. */
        COVERAGE_TOO_LOW,
        /** A qualification that would do expires before the engagement ends. */
        EXPIRES_BEFORE_END
    }

    /**
     * One reason against the engagement.
     *
     * @param problem what is wrong
     * @param type the qualification type it is about, for the qualification problems
     * @param message the reason in words
     */
    public record Reason(Problem problem, Optional<QualificationType> type, String message) {
        public Reason {
            requireNonNull(problem, "problem is null");
            requireNonNull(type, "type is null");
            requireNonNull(message, "message is null");
        }
    }
}
