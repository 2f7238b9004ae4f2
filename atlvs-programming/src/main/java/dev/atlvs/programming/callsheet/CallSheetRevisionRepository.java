package dev.atlvs.programming.callsheet;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The distributed revisions of the current organization's call sheets. */
public interface CallSheetRevisionRepository extends Repository<CallSheetRevision> {

    /** The revisions of a sheet, oldest first. */
    @SqlQuery("""
            select * from atlvs.call_sheet_revisions
             where organization_id = :organizationId and call_sheet_id = :callSheetId
             order by revision
            """)
    List<CallSheetRevision> ofSheet(UUID callSheetId);

    /** The last distributed revision of a sheet, if any. */
    @SqlQuery("""
            select * from atlvs.call_sheet_revisions
             where organization_id = :organizationId and call_sheet_id = :callSheetId
             order by revision desc
             limit 1
            """)
    Optional<CallSheetRevision> lastOf(UUID callSheetId);

    /** The calls of revision {@code revisionId} as distributed, by call time and person. */
    @SqlQuery("""
            select (x ->> 'entry_id')::uuid as entry_id, (x ->> 'person_id')::uuid as person_id, x ->> 'role' as role,
                   x ->> 'department' as department, (x ->> 'call_at')::timestamptz as call_at,
                   (x ->> 'wrap_at')::timestamptz as wrap_at, x ->> 'location_note' as location_note
              from atlvs.call_sheet_revisions r
             cross join lateral jsonb_array_elements(r.entries) x
             where r.organization_id = :organizationId and r.id = :revisionId
             order by 5, 2
            """)
    @RegisterConstructorMapper(DistributedCall.class)
    List<DistributedCall> callsOf(UUID revisionId);

    /**
     * A call as it was distributed.
     *
     * @param entryId      the call ({@code call_sheet_entries.id})
     * @param personId     the person called
     * @param role         their role, if any
     * @param department   their department, if any
     * @param callAt       when they were to report
     * @param wrapAt       when they were to wrap
     * @param locationNote where they were to report, if said
     */
    record DistributedCall(UUID entryId, UUID personId, String role, String department, Instant callAt, Instant wrapAt,
                           String locationNote) {}
}
