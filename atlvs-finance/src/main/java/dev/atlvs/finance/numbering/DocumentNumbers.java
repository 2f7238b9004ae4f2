package dev.atlvs.finance.numbering;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import java.util.List;

/**
 * Gap-free document numbers per organization, kind and year: 1, 2, 3... in the order transactions take
 * them, with no number lost to a rolled-back transaction and none given twice. Taking a number locks the
 * counter until the transaction ends, so take it as late as possible in the transaction that issues the
 * document.
 *
 * <pre>{@code
 * String number = new DocumentNumbers(tx).format("invoice", "INV", 2026);   // "INV-2026-000042"
 * }</pre>
 */
public final class DocumentNumbers {
    private final DocumentSequenceRepository sequences;

    public DocumentNumbers(TenantTransaction tx) {
        this.sequences = requireNonNull(tx, "tx is null").repository(DocumentSequenceRepository.class);
    }

    /**
     * The next number of {@code kind} in {@code year}.
     *
     * @throws ValidationException ({@link FinanceErrorCode#NUMBERING_INVALID}) when the kind is not 1 to 40 lower-case
     *         letters, digits or _ starting with a letter, or the year is outside 1900-9999
     */
    public long next(String kind, int year) {
        requireNonNull(kind, "kind is null");
        if (!kind.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new ValidationException(FinanceErrorCode.NUMBERING_INVALID, "DocumentSequence",
                    List.of(new FieldViolation("kind", "document_sequences_kind_check",
                            "is 1 to 40 lower-case letters, digits or _, starting with a letter")));
        }
        if (year < 1900 || year > 9999) {
            throw new ValidationException(FinanceErrorCode.NUMBERING_INVALID, "DocumentSequence",
                    List.of(new FieldViolation("year", "document_sequences_year_check", "is between 1900 and 9999")));
        }
        return sequences.next(kind, year);
    }

    /** The next number of {@code kind} in {@code year}, formatted {@code PREFIX-YEAR-NNNNNN}. */
    public String format(String kind, String prefix, int year) {
        requireNonNull(prefix, "prefix is null");
        return String.format("%s-%d-%06d", prefix, year, next(kind, year));
    }
}
