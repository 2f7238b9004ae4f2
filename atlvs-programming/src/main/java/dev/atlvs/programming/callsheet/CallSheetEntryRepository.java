package dev.atlvs.programming.callsheet;

import dev.atlvs.core.repository.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The calls of the current organization's call sheets, and the two reads that calls need from the modules below:
 * confirmed person bookings of a project (the projects module's {@code project_resources}, read-only, as the people
 * module's availability does) and the logins of the people called (to notify them).
 */
public interface CallSheetEntryRepository extends Repository<CallSheetEntry> {

    /** The calls of a sheet, by call time and person. */
    @SqlQuery("""
            select * from atlvs.call_sheet_entries
             where organization_id = :organizationId and call_sheet_id = :callSheetId
             order by call_at, person_id, id
            """)
    List<CallSheetEntry> ofSheet(UUID callSheetId);

    /** The call of {@code personId} on a sheet, if any. */
    @SqlQuery("""
            select * from atlvs.call_sheet_entries
             where organization_id = :organizationId and call_sheet_id = :callSheetId and person_id = :personId
            """)
    Optional<CallSheetEntry> ofPerson(UUID callSheetId, UUID personId);

    /** The live calls of a person overlapping {@code from} to {@code to}, by call time. */
    @SqlQuery("""
            select * from atlvs.call_sheet_entries
             where organization_id = :organizationId and person_id = :personId and live
               and call_at < :to and wrap_at > :from
             order by call_at, id
            """)
    List<CallSheetEntry> callsOf(UUID personId, Instant from, Instant to);

    /**
     * The confirmed bookings of named people on a project overlapping {@code from} to {@code to}, by person and start
     * (read-only; the bookings are the projects module's).
     */
    @SqlQuery("""
            select r.id as booking_id, r.resource_id as person_id, r.name, r.start_at, r.end_at
              from atlvs.project_resources r
             where r.organization_id = :organizationId and r.project_id = :projectId and r.resource_type = 'person'
               and r.resource_id is not null and r.status = 'confirmed' and r.start_at < :to and r.end_at > :from
             order by r.resource_id, r.start_at, r.id
            """)
    @RegisterConstructorMapper(PersonBooking.class)
    List<PersonBooking> confirmedPersonBookings(UUID projectId, Instant from, Instant to);

    /** The logins of {@code people} who have one (read-only; the people are the people module's). */
    @SqlQuery("""
            select p.id as person_id, p.user_id
              from atlvs.people p
             where p.organization_id = :organizationId and p.id = any(:people) and p.user_id is not null
            """)
    @RegisterConstructorMapper(Login.class)
    List<Login> loginsOf(UUID[] people);

    /**
     * A confirmed booking of a person on a project.
     *
     * @param bookingId the booking ({@code project_resources.id})
     * @param personId  the person booked
     * @param name      the booking's name (the role or task booked for)
     * @param startAt   the start of the booking
     * @param endAt     the end of the booking
     */
    record PersonBooking(UUID bookingId, UUID personId, String name, Instant startAt, Instant endAt) {}

    /**
     * The login of a person.
     *
     * @param personId the person
     * @param userId   the user who logs in as the person
     */
    record Login(UUID personId, UUID userId) {}
}
