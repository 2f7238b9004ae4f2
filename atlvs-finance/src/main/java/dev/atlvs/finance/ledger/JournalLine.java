package dev.atlvs.finance.ledger;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One line of a journal entry: an amount on exactly one side (debit or credit) of an account, in a
 * currency, and the same amount in the organization's base currency, optionally for a project. An
 * exchange-difference line has no amount in its currency, only a base amount. The lines of a posted entry
 * never change.
 */
@Value.Immutable
@AtlvsStyle
public interface JournalLine extends TenantEntity {

    Table<JournalLine, ImmutableJournalLine.Builder> TABLE = Table
            .tenant("journal_lines", JournalLine.class, ImmutableJournalLine::builder, ImmutableJournalLine.Builder::build)
            .column("entry_id", ColumnType.UUID_TYPE, JournalLine::entryId, ImmutableJournalLine.Builder::entryId).fixed()
            .column("line_number", ColumnType.INTEGER, JournalLine::lineNumber, ImmutableJournalLine.Builder::lineNumber).sortable()
            .column("account_id", ColumnType.UUID_TYPE, JournalLine::accountId, ImmutableJournalLine.Builder::accountId)
            .column("debit", ColumnType.numeric(19, 4), JournalLine::debit, ImmutableJournalLine.Builder::debit)
            .column("credit", ColumnType.numeric(19, 4), JournalLine::credit, ImmutableJournalLine.Builder::credit)
            .column("currency", ColumnType.character(3), JournalLine::currency, ImmutableJournalLine.Builder::currency)
            .column("base_debit", ColumnType.numeric(19, 4), JournalLine::baseDebit, ImmutableJournalLine.Builder::baseDebit)
            .column("base_credit", ColumnType.numeric(19, 4), JournalLine::baseCredit, ImmutableJournalLine.Builder::baseCredit)
            .optional("project_id", ColumnType.UUID_TYPE, JournalLine::projectId, ImmutableJournalLine.Builder::projectId)
            .optional("memo", ColumnType.TEXT, JournalLine::memo, ImmutableJournalLine.Builder::memo)
            .build();

    static ImmutableJournalLine.Builder builder() {
        return ImmutableJournalLine.builder();
    }

    /** The entry; a line never moves to another. */
    UUID entryId();

    /** The position of the line in its entry, from 1. */
    @Positive
    int lineNumber();

    UUID accountId();

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal debit() {
        return new BigDecimal("0.0000");
    }

    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal credit() {
        return new BigDecimal("0.0000");
    }

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();

    /** The debit in the base currency; the database sets it to {@link #debit()} for a line in the base currency. */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal baseDebit() {
        return new BigDecimal("0.0000");
    }

    /** The credit in the base currency; the database sets it to {@link #credit()} for a line in the base currency. */
    @Value.Default
    @PositiveOrZero
    @Digits(integer = 15, fraction = 4)
    default BigDecimal baseCredit() {
        return new BigDecimal("0.0000");
    }

    /** Whether the line books only an exchange difference in the base currency. */
    default boolean isExchangeDifference() {
        return debit().signum() == 0 && credit().signum() == 0;
    }

    Optional<UUID> projectId();

    Optional<@Size(max = 500) String> memo();

    @Value.Check
    default void check() {
        boolean regular = (debit().signum() == 0) != (credit().signum() == 0)
                && (debit().signum() == 0) == (baseDebit().signum() == 0) && (credit().signum() == 0) == (baseCredit().signum() == 0);
        boolean exchangeDifference = isExchangeDifference() && (baseDebit().signum() == 0) != (baseCredit().signum() == 0);
        if (!regular && !exchangeDifference) {
            throw dev.atlvs.finance.FinanceRules.JOURNAL_LINES_ONE_SIDE_CHECK.exception();
        }
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
