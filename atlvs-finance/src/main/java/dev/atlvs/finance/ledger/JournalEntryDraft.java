package dev.atlvs.finance.ledger;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.AtlvsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A journal entry to post with {@link LedgerService#post(JournalEntryDraft)}: its header and its lines.
 *
 * <pre>{@code
 * JournalEntryDraft fee = JournalEntryDraft.builder().entryNumber("JE-2026-0001")
 *         .postingDate(LocalDate.of(2026, 7, 20)).description("Production fee, Northern Lights Festival")
 *         .addLines(JournalEntryDraft.Line.debit(receivables.id(), new BigDecimal("25000.00"), "EUR"),
 *                   JournalEntryDraft.Line.credit(fees.id(), new BigDecimal("25000.00"), "EUR"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@AtlvsStyle
public interface JournalEntryDraft extends JournalEntryHeader {

    static ImmutableJournalEntryDraft.Builder builder() {
        return ImmutableJournalEntryDraft.builder();
    }

    /** The entry number, unique in the organization. */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}", message = "must be 1 to 40 letters, digits or . _ / -")
    String entryNumber();

    /** The lines, in order. */
    List<@Valid Line> lines();

    /**
     * One line of a draft: an amount on one side of an account.
     *
     * @param accountId the account
     * @param debit the debit, zero when the line is a credit
     * @param credit the credit, zero when the line is a debit
     * @param currency the ISO 4217 currency
     * @param projectId the project of the line, if it differs from the entry's
     * @param memo a note
     */
    record Line(UUID accountId, BigDecimal debit, BigDecimal credit, String currency, Optional<UUID> projectId, Optional<String> memo) {
        public Line {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(debit, "debit is null");
            requireNonNull(credit, "credit is null");
            requireNonNull(currency, "currency is null");
            requireNonNull(projectId, "projectId is null");
            requireNonNull(memo, "memo is null");
        }

        /** A debit of {@code amount} to {@code accountId}. */
        public static Line debit(UUID accountId, BigDecimal amount, String currency) {
            return new Line(accountId, amount, BigDecimal.ZERO, currency, Optional.empty(), Optional.empty());
        }

        /** A credit of {@code amount} to {@code accountId}. */
        public static Line credit(UUID accountId, BigDecimal amount, String currency) {
            return new Line(accountId, BigDecimal.ZERO, amount, currency, Optional.empty(), Optional.empty());
        }

        /** This line for {@code project}. */
        public Line withProject(UUID project) {
            return new Line(accountId, debit, credit, currency, Optional.of(project), memo);
        }

        /** This line with {@code note}. */
        public Line withMemo(String note) {
            return new Line(accountId, debit, credit, currency, projectId, Optional.of(note));
        }

        /** The same amount on the other side. */
        public Line swapped() {
            return new Line(accountId, credit, debit, currency, projectId, memo);
        }
    }
}
