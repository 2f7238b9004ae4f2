package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import dev.atlvs.people.company.qualification.QualificationType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A qualification a vendor must hold for an engagement: of a type, and where a minimum coverage is given, covering at
 * least that amount in that currency (general liability insurance of £5m).
 *
 * @param type the qualification type
 * @param minimumCoverage the least coverage amount, empty when any will do
 * @param currency the currency of the minimum coverage (required with it)
 */
public record RequiredQualification(QualificationType type, Optional<BigDecimal> minimumCoverage, Optional<String> currency) {

    public RequiredQualification {
        requireNonNull(type, "type is null");
        requireNonNull(minimumCoverage, "minimumCoverage is null");
        requireNonNull(currency, "currency is null");
        if (minimumCoverage.isPresent() && currency.isEmpty()) {
            throw new IllegalArgumentException("a minimum coverage has a currency");
        }
    }

    /** A qualification of {@code type}, whatever its coverage. */
    public static RequiredQualification of(QualificationType type) {
        return new RequiredQualification(type, Optional.empty(), Optional.empty());
    }

    /** A qualification of {@code type} covering at least {@code amount} in {@code currency}. */
    public static RequiredQualification covering(QualificationType type, BigDecimal amount, String currency) {
        return new RequiredQualification(type, Optional.of(requireNonNull(amount, "amount is null")), Optional.of(requireNonNull(currency, "currency is null")));
    }
}
