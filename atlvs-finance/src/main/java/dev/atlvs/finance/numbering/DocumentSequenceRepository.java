package dev.atlvs.finance.numbering;

import dev.atlvs.core.repository.Repository;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The document counters of the current organization. */
public interface DocumentSequenceRepository extends Repository<DocumentSequence> {

    /**
     * Takes the next number of {@code kind} in {@code year}; the counter stays locked until the transaction
     * ends, so a concurrent caller waits, and a rollback gives the number back.
     */
    @SqlQuery("select atlvs.next_document_number(:kind, :year)")
    long next(String kind, int year);

    /** The counter of {@code kind} in {@code year}, if a number was taken. */
    @SqlQuery("select * from atlvs.document_sequences where organization_id = :organizationId and kind = :kind and year = :year")
    Optional<DocumentSequence> find(String kind, int year);
}
