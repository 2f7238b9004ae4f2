package dev.atlvs.programming;

import static dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED;
import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;

import dev.atlvs.core.error.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The named rules of the programming module's tables, declared once here: each is held by the database (a trigger, an
 * exclusion constraint or a CHECK over several columns) and reported with the same code, field and name whether the
 * database or a Java check catches it (see {@link Rule}). The single-column CHECK constraints are not listed:
 * validation reports them under their own names through the annotations that mirror them.
 */
public final class ProgrammingRules {

    // --- spaces ---

    /** A space holds no more people than its capacity. */
    public static final Rule SPACES_OCCUPANCY_WITHIN_CAPACITY = Rule.of("spaces_occupancy_within_capacity", VALIDATION_FAILED,
            "spaces", "currentOccupancy", "must not exceed the space's capacity");

    /** New booking rules (turnover, concurrent use) must not make the space's live bookings overlap. */
    public static final Rule SPACES_BOOKING_RULES_CONFLICT = Rule.of("spaces_booking_rules_conflict",
            ProgrammingErrorCode.SPACE_OCCUPIED, "spaces", "turnoverMinutes",
            "the space's bookings would overlap under the new booking rules");

    // --- events ---

    /** An event ends after it starts. */
    public static final Rule EVENTS_END_AT_CHECK = Rule.of("events_end_at_check", VALIDATION_FAILED,
            "events", "endAt", "must be after the start");

    /** Setup starts no later than the event. */
    public static final Rule EVENTS_SETUP_START_CHECK = Rule.of("events_setup_start_check", VALIDATION_FAILED,
            "events", "setupStart", "must not be after the start");

    /** Teardown ends no earlier than the event. */
    public static final Rule EVENTS_TEARDOWN_END_CHECK = Rule.of("events_teardown_end_check", VALIDATION_FAILED,
            "events", "teardownEnd", "must not be before the end");

    /** A curfew falls after the start. */
    public static final Rule EVENTS_CURFEW_AT_CHECK = Rule.of("events_curfew_at_check", VALIDATION_FAILED,
            "events", "curfewAt", "must be after the start");

    /** An event is not its own parent. */
    public static final Rule EVENTS_PARENT_CHECK = Rule.of("events_parent_check", VALIDATION_FAILED,
            "events", "parentEventId", "an event cannot be its own parent");

    /** An event's time zone is an IANA time zone. */
    public static final Rule EVENTS_TIMEZONE_ZONE = Rule.of("events_timezone_zone", VALIDATION_FAILED,
            "events", "timezone", "must be an IANA time zone such as Europe/London");

    /** A child event lies inside its parent's occupancy window. */
    public static final Rule EVENTS_INSIDE_PARENT = Rule.of("events_inside_parent", VALIDATION_FAILED,
            "events", "startAt", "must lie inside the parent event");

    /** An event holds no more people than its space. */
    public static final Rule EVENTS_CAPACITY_WITHIN_SPACE = Rule.of("events_capacity_within_space", VALIDATION_FAILED,
            "events", "capacity", "must not exceed the space's capacity");

    /** An event's occupancy window does not overlap another booking of its space, turnover included. */
    public static final Rule EVENTS_SPACE_OCCUPANCY = Rule.of("events_space_occupancy", ProgrammingErrorCode.SPACE_OCCUPIED,
            "events", "setupStart", "the space is occupied in the event's window, turnover included");

    /** An event is not placed in a space under maintenance, out of service or deleted. */
    public static final Rule EVENTS_SPACE_BOOKABLE = Rule.of("events_space_bookable", ProgrammingErrorCode.SPACE_NOT_BOOKABLE,
            "events", "spaceId", "the space takes no bookings while it is under maintenance, out of service or deleted");

    /** An event's occupancy is no longer than its space allows a booking to be. */
    public static final Rule EVENTS_SPACE_MAX_LENGTH = Rule.of("events_space_max_length", VALIDATION_FAILED,
            "events", "teardownEnd", "the event occupies its space longer than the space allows a booking to be");

    // --- space bookings ---

    /** A booking ends after it starts. */
    public static final Rule SPACE_BOOKINGS_ENDS_AT_CHECK = Rule.of("space_bookings_ends_at_check", VALIDATION_FAILED,
            "space_bookings", "endsAt", "must be after the start");

    /** What a booking is for is named by a type and an id together. */
    public static final Rule SPACE_BOOKINGS_BOOKED_FOR_CHECK = Rule.of("space_bookings_booked_for_check", VALIDATION_FAILED,
            "space_bookings", "bookedForId", "is given together with bookedForType");

    /** Live bookings of a space never overlap, each followed by the space's turnover, unless the space is shared. */
    public static final Rule SPACE_BOOKINGS_NO_OVERLAP = Rule.of("space_bookings_no_overlap", ProgrammingErrorCode.SPACE_OCCUPIED,
            "space_bookings", "startsAt", "the space is booked at that time, turnover included");

    /** A space under maintenance, out of service or deleted takes no booking. */
    public static final Rule SPACE_BOOKINGS_SPACE_BOOKABLE = Rule.of("space_bookings_space_bookable",
            ProgrammingErrorCode.SPACE_NOT_BOOKABLE, "space_bookings", "spaceId",
            "the space takes no bookings while it is under maintenance, out of service or deleted");

    /** A booking is no longer than its space allows. */
    public static final Rule SPACE_BOOKINGS_MAX_LENGTH = Rule.of("space_bookings_max_length", VALIDATION_FAILED,
            "space_bookings", "endsAt", "the booking is longer than the space allows");

    /** A booking that an event holds changes only with its event. */
    public static final Rule SPACE_BOOKINGS_EVENT_OWNED = Rule.of("space_bookings_event_owned", RULE_VIOLATED,
            "space_bookings", "eventId", "the booking of an event changes only with its event");

    // --- activations ---

    /** An activation ends no earlier than it starts. */
    public static final Rule ACTIVATIONS_END_DATE_CHECK = Rule.of("activations_end_date_check", VALIDATION_FAILED,
            "activations", "endDate", "must not be before the start");

    /** A budget has a currency. */
    public static final Rule ACTIVATIONS_BUDGET_CURRENCY_CHECK = Rule.of("activations_budget_currency_check", VALIDATION_FAILED,
            "activations", "currency", "is required with a budget");

    /** An activation lies inside its project's dates. */
    public static final Rule ACTIVATIONS_INSIDE_PROJECT = Rule.of("activations_inside_project", VALIDATION_FAILED,
            "activations", "startDate", "must lie inside the project's dates");

    // --- lineups ---

    // --- riders ---

    // --- call sheets ---

    /** A call sheet's time zone is an IANA time zone. */
    public static final Rule CALL_SHEETS_TIMEZONE_ZONE = Rule.of("call_sheets_timezone_zone", VALIDATION_FAILED,
            "call_sheets", "timezone", "must be an IANA time zone such as Europe/London");

    /** The event and the activation of a call sheet belong to its project. */
    public static final Rule CALL_SHEETS_EVENT_IN_PROJECT = Rule.of("call_sheets_event_in_project", VALIDATION_FAILED,
            "call_sheets", "eventId", "the event and the activation must belong to the call sheet's project");

    /** A call wraps after it starts. */
    public static final Rule CALL_SHEET_ENTRIES_WRAP_AT_CHECK = Rule.of("call_sheet_entries_wrap_at_check", VALIDATION_FAILED,
            "call_sheet_entries", "wrapAt", "must be after the call");

    /** An acknowledgement records its time and the revision acknowledged together. */
    public static final Rule CALL_SHEET_ENTRIES_ACKNOWLEDGED_CHECK = Rule.of("call_sheet_entries_acknowledged_check",
            VALIDATION_FAILED, "call_sheet_entries", "acknowledgedRevision", "is given together with acknowledgedAt");

    /** Everyone called holds a confirmed booking of themselves on the sheet's project covering the call. */
    public static final Rule CALL_SHEET_ENTRIES_ASSIGNMENT = Rule.of("call_sheet_entries_assignment",
            ProgrammingErrorCode.CALL_NOT_COVERED, "call_sheet_entries", "personId",
            "the person holds no confirmed booking on the project covering the call");

    /** A person is on one call at a time: the live calls of a person never overlap. */
    public static final Rule CALL_SHEET_ENTRIES_ONE_CALL = Rule.of("call_sheet_entries_one_call",
            ProgrammingErrorCode.PERSON_ALREADY_CALLED, "call_sheet_entries", "callAt",
            "the person is on another call at that time");

    /** A call lies on its sheet's date in the sheet's time zone (its wrap may fall after midnight). */
    public static final Rule CALL_SHEET_ENTRIES_ON_EVENT_DATE = Rule.of("call_sheet_entries_on_event_date", VALIDATION_FAILED,
            "call_sheet_entries", "callAt", "must fall on the call sheet's date in its time zone");

    /**
     * A confirmed booking that a live call stands on is not released, narrowed or moved away from the call while no
     * other confirmed booking of the person on the project covers it.
     */
    public static final Rule PROJECT_RESOURCES_CALLED = Rule.of("project_resources_called", ProgrammingErrorCode.CALL_NOT_COVERED,
            "project_resources", "status", "a person's call stands on this booking: move or remove the call first");

    /** A distributed revision is never rewritten (only its note changes). */
    public static final Rule CALL_SHEET_REVISIONS_IMMUTABLE = Rule.of("call_sheet_revisions_immutable", RULE_VIOLATED,
            "call_sheet_revisions", "entries", "a distributed revision is never rewritten");

    // --- travel ---

    // --- accreditation ---

    // --- workshops ---

    /** The rules of spaces, events, bookings and activations. */
    private static final List<Rule> PROGRAMME = List.of(SPACES_OCCUPANCY_WITHIN_CAPACITY, SPACES_BOOKING_RULES_CONFLICT,
            EVENTS_END_AT_CHECK, EVENTS_SETUP_START_CHECK, EVENTS_TEARDOWN_END_CHECK, EVENTS_CURFEW_AT_CHECK, EVENTS_PARENT_CHECK,
            EVENTS_TIMEZONE_ZONE, EVENTS_INSIDE_PARENT, EVENTS_CAPACITY_WITHIN_SPACE, EVENTS_SPACE_OCCUPANCY, EVENTS_SPACE_BOOKABLE,
            EVENTS_SPACE_MAX_LENGTH, SPACE_BOOKINGS_ENDS_AT_CHECK, SPACE_BOOKINGS_BOOKED_FOR_CHECK, SPACE_BOOKINGS_NO_OVERLAP,
            SPACE_BOOKINGS_SPACE_BOOKABLE, SPACE_BOOKINGS_MAX_LENGTH, SPACE_BOOKINGS_EVENT_OWNED, ACTIVATIONS_END_DATE_CHECK,
            ACTIVATIONS_BUDGET_CURRENCY_CHECK, ACTIVATIONS_INSIDE_PROJECT);

    /** The rules of lineups. */
    private static final List<Rule> LINEUPS = List.of();

    /** The rules of riders. */
    private static final List<Rule> RIDERS = List.of();

    /** The rules of call sheets. */
    private static final List<Rule> CALL_SHEETS = List.of(CALL_SHEETS_TIMEZONE_ZONE, CALL_SHEETS_EVENT_IN_PROJECT,
            CALL_SHEET_ENTRIES_WRAP_AT_CHECK, CALL_SHEET_ENTRIES_ACKNOWLEDGED_CHECK, CALL_SHEET_ENTRIES_ASSIGNMENT,
            CALL_SHEET_ENTRIES_ONE_CALL, CALL_SHEET_ENTRIES_ON_EVENT_DATE, PROJECT_RESOURCES_CALLED, CALL_SHEET_REVISIONS_IMMUTABLE);

    /** The rules of travel. */
    private static final List<Rule> TRAVEL = List.of();

    /** The rules of accreditation. */
    private static final List<Rule> ACCREDITATION = List.of();

    /** The rules of workshops. */
    private static final List<Rule> WORKSHOPS = List.of();

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(PROGRAMME, LINEUPS, RIDERS, CALL_SHEETS, TRAVEL, ACCREDITATION, WORKSHOPS)
            .flatMap(List::stream).toList();

    private ProgrammingRules() {}
}
