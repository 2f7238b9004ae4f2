package dev.atlvs.finance.ledger;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface JournalEntry extends TenantEntity, JournalEntryHeader {

    Table<JournalEntry, ImmutableJournalEntry.Builder> TABLE = Table
            .tenant("journal_entries", JournalEntry.class, ImmutableJournalEntry::builder, ImmutableJournalEntry.Builder::build)
            .column("entry_number", ColumnType.TEXT, JournalEntry::entryNumber, ImmutableJournalEntry.Builder::entryNumber).sortable()
            .column("posting_date", ColumnType.DATE, JournalEntry::postingDate, ImmutableJournalEntry.Builder::postingDate).sortable()
            .column("description", ColumnType.TEXT, JournalEntry::description, ImmutableJournalEntry.Builder::description)
            .column("reference_type", ColumnType.enumeration(ReferenceType.class), JournalEntry::referenceType,
                    ImmutableJournalEntry.Builder::referenceType)
            .optional("reference_id", ColumnType.UUID_TYPE, JournalEntry::referenceId, ImmutableJournalEntry.Builder::referenceId)
            .optional("project_id", ColumnType.UUID_TYPE, JournalEntry::projectId, ImmutableJournalEntry.Builder::projectId)
            .column("status", ColumnType.enumeration(JournalEntryStatus.class), JournalEntry::status, ImmutableJournalEntry.Builder::status)
            .sortable()
            .optional("reversal_of", ColumnType.UUID_TYPE, JournalEntry::reversalOf, ImmutableJournalEntry.Builder::reversalOf).fixed()
            .optional("posted_at", ColumnType.TIMESTAMPTZ, JournalEntry::postedAt, ImmutableJournalEntry.Builder::postedAt)
            .optional("posted_by", ColumnType.UUID_TYPE, JournalEntry::postedBy, ImmutableJournalEntry.Builder::postedBy)
            .build();

    static ImmutableJournalEntry.Builder builder() {
        return ImmutableJournalEntry.builder();
    }

    /** The entry number, unique in the organization. */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,47}", message = "must be 1 to 48 letters, digits or . _ / -")
    String entryNumber();

    @Value.Default
    default JournalEntryStatus status() {
        return JournalEntryStatus.DRAFT;
    }

    /** The entry this one reverses. */
    Optional<UUID> reversalOf();

    /** When the entry was posted (set by the database). */
    Optional<Instant> postedAt();

    /** Who posted the entry (set by the database). */
    Optional<UUID> postedBy();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
