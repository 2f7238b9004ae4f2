package dev.atlvs.finance.ledger;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("journal_lines")
public interface JournalLine extends TenantEntity {

    Table<JournalLine, ImmutableJournalLine.Builder> TABLE = JournalLineTable.TABLE;

    static ImmutableJournalLine.Builder builder() {
        return ImmutableJournalLine.builder();
    }

    /** The entry; a line never moves to another. */
    @Db.Fixed
    UUID entryId();

    /** The position of the line in its entry, from 1. */
    @Db.Sortable
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

    @Db.Char(3)
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
        dev.atlvs.core.validation.Violations.of("JournalLine")
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(debit(), currency()), dev.atlvs.finance.FinanceRules.JOURNAL_LINES_DEBIT_MINOR_UNIT)
                .require(dev.atlvs.finance.currency.Currencies.fitsMinorUnit(credit(), currency()), dev.atlvs.finance.FinanceRules.JOURNAL_LINES_CREDIT_MINOR_UNIT)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
