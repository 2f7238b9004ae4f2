package dev.atlvs.finance.ledger;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Journal lines of the current organization. The lines of a posted entry are read-only. */
public interface JournalLineRepository extends Repository<JournalLine> {

    /** The lines of entry {@code entryId} in order. */
    @SqlQuery("""
            select * from atlvs.journal_lines
             where organization_id = :organizationId and entry_id = :entryId
             order by line_number
            """)
    List<JournalLine> ofEntry(UUID entryId);
}
