package dev.atlvs.finance.ledger;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The header of a double-entry journal entry (the catalog's {@code finance_transactions}), its amounts in
 * {@link JournalLine}s. Post and reverse entries through {@link LedgerService}; the database keeps a
 * posted entry balanced per currency and immutable whatever code writes, and refuses postings into a
 * closed fiscal period. {@link #postedAt()} and {@link #postedBy()} are set by the database on posting.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("journal_entries")
public interface JournalEntry extends TenantEntity, JournalEntryHeader {

    Table<JournalEntry, ImmutableJournalEntry.Builder> TABLE = JournalEntryTable.TABLE;

    static ImmutableJournalEntry.Builder builder() {
        return ImmutableJournalEntry.builder();
    }

    /** The entry number, unique in the organization. */
    @Db.Sortable
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,47}", message = "must be 1 to 48 letters, digits or . _ / -")
    String entryNumber();

    @Db.Sortable
    @Value.Default
    default JournalEntryStatus status() {
        return JournalEntryStatus.DRAFT;
    }

    /** The entry this one reverses. */
    @Db.Fixed
    Optional<UUID> reversalOf();

    /** When the entry was posted (set by the database). */
    Optional<Instant> postedAt();

    /** Who posted the entry (set by the database). */
    Optional<UUID> postedBy();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
