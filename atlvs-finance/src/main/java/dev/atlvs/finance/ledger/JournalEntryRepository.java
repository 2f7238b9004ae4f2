package dev.atlvs.finance.ledger;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Journal entries of the current organization. Drafts are written and edited here; posting and reversing
 * go through {@link LedgerService}.
 */
public interface JournalEntryRepository extends Repository<JournalEntry> {

    /** The entry with this number. */
    @SqlQuery("""
            select * from atlvs.journal_entries
             where organization_id = :organizationId and entry_number = :entryNumber
            """)
    Optional<JournalEntry> findByNumber(String entryNumber);

    /** The entries booked on {@code from} to {@code to} (both included), by date then number. */
    @SqlQuery("""
            select * from atlvs.journal_entries
             where organization_id = :organizationId and posting_date between :from and :to
             order by posting_date, entry_number
            """)
    List<JournalEntry> bookedBetween(LocalDate from, LocalDate to);

    /** The entry that reverses {@code id}, if it is reversed. */
    @SqlQuery("""
            select * from atlvs.journal_entries
             where organization_id = :organizationId and reversal_of = :id
            """)
    Optional<JournalEntry> reversalOf(UUID id);

    /** Moves the draft {@code id} to posted; the database stamps the time and actor and checks the balance at commit. */
    @SqlUpdate("""
            update atlvs.journal_entries set status = 'posted'
             where organization_id = :organizationId and id = :id and status = 'draft'
            """)
    int markPosted(UUID id);

    /** Marks the posted entry {@code id} reversed; the database accepts it only once its reversing entry is posted. */
    @SqlUpdate("""
            update atlvs.journal_entries set status = 'reversed'
             where organization_id = :organizationId and id = :id and status = 'posted'
            """)
    int markReversed(UUID id);
}
