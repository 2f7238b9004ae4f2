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
     * One line of a draft: an amount on one side of an account, and optionally the same amount in the
     * organization's base currency. A line in a foreign currency without a base amount is converted at the
     * posting date's exchange rate when posted; a line in the base currency has the same base amount.
     *
     * @param accountId the account
     * @param debit the debit, zero when the line is a credit
     * @param credit the credit, zero when the line is a debit
     * @param currency the ISO 4217 currency
     * @param projectId the project of the line, if it differs from the entry's
     * @param memo a note
     * @param baseDebit the debit in the base currency, if given rather than converted
     * @param baseCredit the credit in the base currency, if given rather than converted
     */
    record Line(UUID accountId, BigDecimal debit, BigDecimal credit, String currency, Optional<UUID> projectId, Optional<String> memo,
            Optional<BigDecimal> baseDebit, Optional<BigDecimal> baseCredit) {
        public Line {
            requireNonNull(accountId, "accountId is null");
            requireNonNull(debit, "debit is null");
            requireNonNull(credit, "credit is null");
            requireNonNull(currency, "currency is null");
            requireNonNull(projectId, "projectId is null");
            requireNonNull(memo, "memo is null");
            requireNonNull(baseDebit, "baseDebit is null");
            requireNonNull(baseCredit, "baseCredit is null");
        }

        /** A line without base amounts: converted when posted. */
        public Line(UUID accountId, BigDecimal debit, BigDecimal credit, String currency, Optional<UUID> projectId, Optional<String> memo) {
            this(accountId, debit, credit, currency, projectId, memo, Optional.empty(), Optional.empty());
        }

        /** A debit of {@code amount} to {@code accountId}. */
        public static Line debit(UUID accountId, BigDecimal amount, String currency) {
            return new Line(accountId, amount, BigDecimal.ZERO, currency, Optional.empty(), Optional.empty());
        }

        /** A credit of {@code amount} to {@code accountId}. */
        public static Line credit(UUID accountId, BigDecimal amount, String currency) {
            return new Line(accountId, BigDecimal.ZERO, amount, currency, Optional.empty(), Optional.empty());
        }

        /**
         * An exchange difference realized on a document in {@code currency}: no amount in that currency, a debit
         * (a loss) or a credit (a gain) of {@code baseAmount} in the base currency; positive debits, negative credits.
         */
        public static Line exchangeDifference(UUID accountId, String currency, BigDecimal baseAmount) {
            return new Line(accountId, BigDecimal.ZERO, BigDecimal.ZERO, currency, Optional.empty(), Optional.empty(),
                    Optional.of(baseAmount.max(BigDecimal.ZERO)), Optional.of(baseAmount.negate().max(BigDecimal.ZERO)));
        }

        /** This line for {@code project}. */
        public Line withProject(UUID project) {
            return new Line(accountId, debit, credit, currency, Optional.of(project), memo, baseDebit, baseCredit);
        }

        /** This line with {@code note}. */
        public Line withMemo(String note) {
            return new Line(accountId, debit, credit, currency, projectId, Optional.of(note), baseDebit, baseCredit);
        }

        /** This line with its amount in the base currency given as {@code baseAmount} on the line's side. */
        public Line withBaseAmount(BigDecimal baseAmount) {
            requireNonNull(baseAmount, "baseAmount is null");
            return debit.signum() != 0
                    ? new Line(accountId, debit, credit, currency, projectId, memo, Optional.of(baseAmount), Optional.of(BigDecimal.ZERO))
                    : new Line(accountId, debit, credit, currency, projectId, memo, Optional.of(BigDecimal.ZERO), Optional.of(baseAmount));
        }

        /** The same amounts on the other side. */
        public Line swapped() {
            return new Line(accountId, credit, debit, currency, projectId, memo, baseCredit, baseDebit);
        }

        /** Whether the line books only an exchange difference in the base currency. */
        public boolean isExchangeDifference() {
            return debit.signum() == 0 && credit.signum() == 0;
        }
    }
}
