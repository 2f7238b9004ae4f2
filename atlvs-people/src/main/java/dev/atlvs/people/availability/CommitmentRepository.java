package dev.atlvs.people.availability;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The commitments of the current organization's people. */
public interface CommitmentRepository extends Repository<Commitment> {

    /** The commitments of the people whose window overlaps {@code from} (inclusive) to {@code to} (exclusive), by start. */
    @SqlQuery("""
            select * from atlvs.person_commitments
             where organization_id = :organizationId and person_id = any(:personIds)
               and starts_at < :to and ends_at > :from
             order by person_id, starts_at, id
            """)
    List<Commitment> ofPeopleBetween(UUID[] personIds, Instant from, Instant to);

    /** The commitment a source record holds, if any. */
    @SqlQuery("""
            select * from atlvs.person_commitments
             where organization_id = :organizationId and source = :source and source_id = :sourceId
            """)
    java.util.Optional<Commitment> ofSource(String source, UUID sourceId);
}
