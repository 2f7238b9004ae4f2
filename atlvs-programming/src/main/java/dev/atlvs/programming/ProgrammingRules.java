package dev.atlvs.programming;

import static dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED;
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

    /** A set ends after it starts. */
    public static final Rule LINEUPS_SET_END_CHECK = Rule.of("lineups_set_end_check", VALIDATION_FAILED,
            "lineups", "setEnd", "must be after the start of the set");

    /** A slot's act is a person or a company, not both. */
    public static final Rule LINEUPS_ONE_ACT = Rule.of("lineups_one_act", VALIDATION_FAILED,
            "lineups", "actCompanyId", "an act is a person or a company, not both");

    /** A fee has a currency. */
    public static final Rule LINEUPS_FEE_CURRENCY_CHECK = Rule.of("lineups_fee_currency_check", VALIDATION_FAILED,
            "lineups", "currency", "is required with a fee");

    /** Live slots of a stage never overlap, the changeover before each set included. */
    public static final Rule LINEUPS_NO_OVERLAP = Rule.of("lineups_no_overlap", ProgrammingErrorCode.LINEUP_SLOT_OCCUPIED,
            "lineups", "setStart", "the stage is taken at that time by another slot, changeover included");

    /** A person act is never in two overlapping live slots. */
    public static final Rule LINEUPS_PERSON_NO_OVERLAP = Rule.of("lineups_person_no_overlap",
            ProgrammingErrorCode.PERFORMER_DOUBLE_BOOKED, "lineups", "actPersonId",
            "the performer is already in an overlapping slot");

    /** A company act is never in two overlapping live slots. */
    public static final Rule LINEUPS_COMPANY_NO_OVERLAP = Rule.of("lineups_company_no_overlap",
            ProgrammingErrorCode.PERFORMER_DOUBLE_BOOKED, "lineups", "actCompanyId",
            "the act is already in an overlapping slot");

    /** A locked lineup takes no new slot and changes a slot only by cancelling it. */
    public static final Rule LINEUPS_LOCKED = Rule.of("lineups_locked", ProgrammingErrorCode.LINEUP_LOCKED,
            "lineups", "eventId", "the lineup is locked: a slot may only be cancelled");

    /** A slot is on its event's stage. */
    public static final Rule LINEUPS_SPACE_OF_EVENT = Rule.of("lineups_space_of_event", VALIDATION_FAILED,
            "lineups", "spaceId", "must be the stage of the slot's event");

    /** A slot lies inside its event's window. */
    public static final Rule LINEUPS_INSIDE_EVENT = Rule.of("lineups_inside_event", VALIDATION_FAILED,
            "lineups", "setStart", "must lie inside the event's window");

    /** A slot ends by the curfew of its event and of its stage. */
    public static final Rule LINEUPS_CURFEW = Rule.of("lineups_curfew", ProgrammingErrorCode.LINEUP_PAST_CURFEW,
            "lineups", "setEnd", "must end by the curfew of the event and the stage");

    /** A slot's contract is one of its act's company. */
    public static final Rule LINEUPS_CONTRACT_OF_ACT = Rule.of("lineups_contract_of_act", VALIDATION_FAILED,
            "lineups", "contractId", "must be a contract of the act's company");

    /** A confirmed slot has an active contract of its act's company or an override reason. */
    /** An override of the contract rule needs programming.lineups.override, whoever writes the slot. */
    public static final Rule LINEUPS_OVERRIDE_PERMISSION = Rule.of("lineups_override_permission", PERMISSION_DENIED,
            "lineups", "overrideReason", "overriding the contract rule of a slot needs programming.lineups.override");

    public static final Rule LINEUPS_CONFIRMED_CONTRACT = Rule.of("lineups_confirmed_contract",
            ProgrammingErrorCode.LINEUP_CONTRACT_REQUIRED, "lineups", "contractId",
            "a confirmed slot needs an active contract of the act's company or an override reason");

    /** A slot's status moves along {@code SlotStatus.LIFECYCLE}: a cancelled slot stays cancelled. */
    public static final Rule LINEUPS_STATUS_TRANSITION = Rule.of("lineups_status_transition",
            ProgrammingErrorCode.LINEUP_TRANSITION_INVALID, "lineups", "status", "the slot's status does not move that way");

    /** An event keeps its live lineup slots on its stage, inside its window and by its curfew (checked at commit). */
    public static final Rule EVENTS_LINEUP_FITS = Rule.of("events_lineup_fits", RULE_VIOLATED,
            "events", "startAt", "the event's live lineup slots must stay on its stage, inside its window and by its curfew");

    /** A stage's curfew falls after the end of every live slot on it (checked at commit). */
    public static final Rule SPACES_CURFEW_LINEUP = Rule.of("spaces_curfew_lineup", RULE_VIOLATED,
            "spaces", "curfew", "a live lineup slot on the stage ends after the new curfew");

    // --- riders ---

    /** The approver of a rider is never its submitter. */
    public static final Rule RIDERS_APPROVER_NOT_SUBMITTER = Rule.of("riders_approver_not_submitter",
            ProgrammingErrorCode.RIDER_SELF_APPROVAL, "riders", "approvedBy", "the approver of a rider is never its submitter");

    /** A rider starts as a draft and moves only along its L-APPROVAL lifecycle. */
    public static final Rule RIDERS_STATUS_TRANSITION = Rule.of("riders_status_transition",
            ProgrammingErrorCode.RIDER_TRANSITION_INVALID, "riders", "status",
            "a rider starts as a draft and moves only along its lifecycle");

    /** A rider belongs to its event's project. */
    public static final Rule RIDERS_PROJECT_OF_EVENT = Rule.of("riders_project_of_event", VALIDATION_FAILED,
            "riders", "projectId", "must be the event's project");

    /** A rider's deadline falls before its event's setup (its start without one). */
    public static final Rule RIDERS_DEADLINE_BEFORE_SETUP = Rule.of("riders_deadline_before_setup", VALIDATION_FAILED,
            "riders", "deadline", "must be before the event's setup start");

    /** A rider is fulfilled only when every mandatory item is. */
    public static final Rule RIDERS_FULFILLED_ITEMS = Rule.of("riders_fulfilled_items", ProgrammingErrorCode.RIDER_ITEMS_OPEN,
            "riders", "status", "a rider is fulfilled only when every mandatory item is");

    /** An item's cost is in its rider's currency. */
    public static final Rule RIDER_ITEMS_CURRENCY_OF_RIDER = Rule.of("rider_items_currency_of_rider", VALIDATION_FAILED,
            "rider_items", "currency", "must be the rider's currency");

    /** The items of a fulfilled rider stay fulfilled, and it takes no open mandatory item. */
    public static final Rule RIDER_ITEMS_RIDER_FULFILLED = Rule.of("rider_items_rider_fulfilled",
            ProgrammingErrorCode.RIDER_FULFILLED, "rider_items", "fulfilled",
            "a fulfilled rider's items stay fulfilled and it takes no open mandatory item");

    // --- call sheets ---

    /** A call sheet's time zone is an IANA time zone. */
    public static final Rule CALL_SHEETS_TIMEZONE_ZONE = Rule.of("call_sheets_timezone_zone", VALIDATION_FAILED,
            "call_sheets", "timezone", "must be an IANA time zone such as Europe/London");

    /** An activation goes active once its setup call sheet is distributed, unless the write carries an audit reason. */
    public static final Rule ACTIVATIONS_SETUP_CALL_DISTRIBUTED = Rule.of("activations_setup_call_distributed",
            ProgrammingErrorCode.ACTIVATION_NOT_READY, "activations", "status",
            "an activation goes active once its setup call sheet has been distributed");

    /** A call is acknowledged by the person called or by a holder of programming.call_sheets.approve. */
    public static final Rule CALL_SHEET_ENTRIES_ACKNOWLEDGE_PERMISSION = Rule.of("call_sheet_entries_acknowledge_permission",
            PERMISSION_DENIED, "call_sheet_entries", "acknowledgedAt",
            "a call is acknowledged by the person called or by a holder of programming.call_sheets.approve");

    /** A new date or time zone of a sheet keeps every live call on the sheet's date. */
    public static final Rule CALL_SHEETS_CALLS_ON_DATE = Rule.of("call_sheets_calls_on_date", VALIDATION_FAILED,
            "call_sheets", "eventDate", "every call of the sheet must lie on its date in its time zone");

    /** The event and the activation of a call sheet belong to its project. */
    public static final Rule CALL_SHEETS_EVENT_IN_PROJECT = Rule.of("call_sheets_event_in_project", VALIDATION_FAILED,
            "call_sheets", "eventId", "the event and the activation must belong to the call sheet's project");

    /** A call wraps after it starts. */
    public static final Rule CALL_SHEET_ENTRIES_WRAP_AT_CHECK = Rule.of("call_sheet_entries_wrap_at_check", VALIDATION_FAILED,
            "call_sheet_entries", "wrapAt", "must be after the call");

    /** An acknowledgement records its time and the revision acknowledged together. */
    public static final Rule CALL_SHEET_ENTRIES_ACKNOWLEDGED_CHECK = Rule.of("call_sheet_entries_acknowledged_check",
            VALIDATION_FAILED, "call_sheet_entries", "acknowledgedRevision", "is given together with acknowledgedAt");

    /** Nobody is called before their travel of the project gets them there ({@code atlvs.person_arrival_at}). */
    public static final Rule CALL_SHEET_ENTRIES_AFTER_ARRIVAL = Rule.of("call_sheet_entries_after_arrival",
            ProgrammingErrorCode.CALL_BEFORE_ARRIVAL, "call_sheet_entries", "callAt",
            "the person's travel does not get them there by the call");

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

    /** An itinerary ends no earlier than it starts. */
    public static final Rule ITINERARIES_END_DATE_CHECK = Rule.of("itineraries_end_date_check", VALIDATION_FAILED,
            "itineraries", "endDate", "must not be before the start date");

    /** An itinerary's budget has a currency. */
    public static final Rule ITINERARIES_BUDGET_CURRENCY_CHECK = Rule.of("itineraries_budget_currency_check", VALIDATION_FAILED,
            "itineraries", "currency", "is required with a budget");

    /** A segment arrives after it departs. */
    public static final Rule ITINERARY_SEGMENTS_ARRIVE_AT_CHECK = Rule.of("itinerary_segments_arrive_at_check", VALIDATION_FAILED,
            "itinerary_segments", "arriveAt", "must be after the departure");

    /** A segment's cost has a currency. */
    public static final Rule ITINERARY_SEGMENTS_COST_CURRENCY_CHECK = Rule.of("itinerary_segments_cost_currency_check",
            VALIDATION_FAILED, "itinerary_segments", "currency", "is required with a cost");

    /** A traveller's transport segments do not overlap. */
    public static final Rule ITINERARY_SEGMENTS_OVERLAP = Rule.of("itinerary_segments_overlap",
            ProgrammingErrorCode.TRAVEL_SCHEDULE_CONFLICT, "itinerary_segments", "departAt",
            "a traveller's transport segments do not overlap");

    /** A traveller's hotel stays do not overlap. */
    public static final Rule ITINERARY_SEGMENTS_HOTEL_OVERLAP = Rule.of("itinerary_segments_hotel_overlap",
            ProgrammingErrorCode.TRAVEL_SCHEDULE_CONFLICT, "itinerary_segments", "departAt",
            "a traveller's hotel stays do not overlap");

    /** A traveller has at least the itinerary's minimum connection time between one arrival and the next departure. */
    public static final Rule ITINERARY_SEGMENTS_CONNECTION = Rule.of("itinerary_segments_connection",
            ProgrammingErrorCode.CONNECTION_TOO_SHORT, "itinerary_segments", "departAt",
            "leaves less than the itinerary's minimum connection time between one arrival and the next departure");

    /** Each traveller of an international segment has a passport valid past the trip's end plus the margin. */
    public static final Rule ITINERARY_SEGMENTS_PASSPORT_VALID = Rule.of("itinerary_segments_passport_valid",
            ProgrammingErrorCode.TRAVEL_DOCUMENT_INVALID, "itinerary_segments", "personId",
            "each traveller needs a passport valid past the trip's end plus the itinerary's margin");

    /** Each traveller of a segment that requires a visa has a visa valid until the trip's end. */
    public static final Rule ITINERARY_SEGMENTS_VISA_VALID = Rule.of("itinerary_segments_visa_valid",
            ProgrammingErrorCode.TRAVEL_DOCUMENT_INVALID, "itinerary_segments", "personId",
            "each traveller needs a visa valid until the trip's end");

    /** A participant of an itinerary with international shared segments has a passport valid past the trip's end. */
    public static final Rule ITINERARY_PARTICIPANTS_PASSPORT_VALID = Rule.of("itinerary_participants_passport_valid",
            ProgrammingErrorCode.TRAVEL_DOCUMENT_INVALID, "itinerary_participants", "personId",
            "the participant needs a passport valid past the trip's end plus the itinerary's margin");

    /** A participant of an itinerary with shared segments that require a visa has a visa valid until the trip's end. */
    public static final Rule ITINERARY_PARTICIPANTS_VISA_VALID = Rule.of("itinerary_participants_visa_valid",
            ProgrammingErrorCode.TRAVEL_DOCUMENT_INVALID, "itinerary_participants", "personId",
            "the participant needs a visa valid until the trip's end");

    /** A person joins an itinerary only when its shared segments fit their other travel. */
    public static final Rule ITINERARY_PARTICIPANTS_SCHEDULE = Rule.of("itinerary_participants_schedule",
            ProgrammingErrorCode.TRAVEL_SCHEDULE_CONFLICT, "itinerary_participants", "personId",
            "the participant already travels at the time of one of the itinerary's segments, or too close to it");

    // --- accreditation ---

    /** An accreditation zone is allowed either for a crew role or for a pass type, exactly one of them. */
    public static final Rule ACCREDITATION_ZONES_HOLDER_CHECK = Rule.of("accreditation_zones_holder_check", VALIDATION_FAILED,
            "accreditation_zones", "crewRoleId", "names either a crew role or a pass type");

    /** A pass ends after it starts. */
    public static final Rule CREDENTIALS_PASSES_VALID_TO_CHECK = Rule.of("credentials_passes_valid_to_check", VALIDATION_FAILED,
            "credentials_passes", "validTo", "must be after the start of validity");

    /** A revoked pass records when and why; only a revoked pass has a revocation time. */
    public static final Rule CREDENTIALS_PASSES_REVOCATION_CHECK = Rule.of("credentials_passes_revocation_check",
            VALIDATION_FAILED, "credentials_passes", "revokedAt", "a revoked pass records its time and reason");

    /** A printed or issued pass has its badge number. */
    public static final Rule CREDENTIALS_PASSES_BADGE_CHECK = Rule.of("credentials_passes_badge_check", VALIDATION_FAILED,
            "credentials_passes", "badgeNumber", "is required once the pass is printed");

    /** Every zone of a pass is allowed for its crew role (or its pass type without a role). */
    public static final Rule CREDENTIALS_PASSES_ZONES_ALLOWED = Rule.of("credentials_passes_zones_allowed",
            ProgrammingErrorCode.ZONE_NOT_ALLOWED, "credentials_passes", "zones",
            "every zone must be allowed for the pass's crew role, or its pass type without a role");

    /** A pass lies within its event's window. */
    public static final Rule CREDENTIALS_PASSES_WITHIN_EVENT = Rule.of("credentials_passes_within_event", VALIDATION_FAILED,
            "credentials_passes", "validFrom", "must lie within the event's window");

    /** A pass's status moves along its lifecycle; a revoked pass is final. */
    public static final Rule CREDENTIALS_PASSES_STATUS_TRANSITION = Rule.of("credentials_passes_status_transition",
            ProgrammingErrorCode.CREDENTIALS_PASS_TRANSITION_INVALID, "credentials_passes", "status",
            "a pass moves requested, approved, printed, issued, and may be revoked from any of them; a revoked pass is final");

    // --- workshops ---

    /** A price has a currency. */
    public static final Rule WORKSHOPS_PRICE_CURRENCY_CHECK = Rule.of("workshops_price_currency_check", VALIDATION_FAILED,
            "workshops", "currency", "is required with a price");

    /** A workshop is an event of type workshop. */
    public static final Rule WORKSHOPS_EVENT_IS_WORKSHOP = Rule.of("workshops_event_is_workshop", VALIDATION_FAILED,
            "workshops", "eventId", "must be an event of type workshop");

    /** A workshop's seats are not cut below the registrations holding one. */
    public static final Rule WORKSHOPS_MAX_PARTICIPANTS_SEATED = Rule.of("workshops_max_participants_seated",
            ProgrammingErrorCode.WORKSHOP_SEATS_TAKEN, "workshops", "maxParticipants",
            "must not be below the registrations holding a seat");

    /** A registration names a person or an attendee. */
    public static final Rule WORKSHOP_REGISTRATIONS_ATTENDEE_CHECK = Rule.of("workshop_registrations_attendee_check",
            VALIDATION_FAILED, "workshop_registrations", "attendeeName", "is required without a person");

    /** A workshop takes registrations only while registration is open. */
    public static final Rule WORKSHOP_REGISTRATIONS_REGISTRATION_OPEN = Rule.of("workshop_registrations_registration_open",
            ProgrammingErrorCode.WORKSHOP_REGISTRATION_CLOSED, "workshop_registrations", "workshopId",
            "a workshop takes registrations only while registration is open");

    /** A workshop seats no more than its max_participants. */
    public static final Rule WORKSHOP_REGISTRATIONS_CAPACITY = Rule.of("workshop_registrations_capacity",
            ProgrammingErrorCode.WORKSHOP_FULL, "workshop_registrations", "status",
            "a workshop seats no more than its max_participants");

    /** The rules of spaces, events, bookings and activations. */
    private static final List<Rule> PROGRAMME = List.of(SPACES_OCCUPANCY_WITHIN_CAPACITY, SPACES_BOOKING_RULES_CONFLICT,
            EVENTS_END_AT_CHECK, EVENTS_SETUP_START_CHECK, EVENTS_TEARDOWN_END_CHECK, EVENTS_CURFEW_AT_CHECK, EVENTS_PARENT_CHECK,
            EVENTS_TIMEZONE_ZONE, EVENTS_INSIDE_PARENT, EVENTS_CAPACITY_WITHIN_SPACE, EVENTS_SPACE_OCCUPANCY, EVENTS_SPACE_BOOKABLE,
            EVENTS_SPACE_MAX_LENGTH, SPACE_BOOKINGS_ENDS_AT_CHECK, SPACE_BOOKINGS_BOOKED_FOR_CHECK, SPACE_BOOKINGS_NO_OVERLAP,
            SPACE_BOOKINGS_SPACE_BOOKABLE, SPACE_BOOKINGS_MAX_LENGTH, SPACE_BOOKINGS_EVENT_OWNED, ACTIVATIONS_END_DATE_CHECK,
            ACTIVATIONS_BUDGET_CURRENCY_CHECK, ACTIVATIONS_INSIDE_PROJECT);

    /** The rules of lineups. */
    private static final List<Rule> LINEUPS = List.of(LINEUPS_SET_END_CHECK, LINEUPS_ONE_ACT, LINEUPS_FEE_CURRENCY_CHECK,
            LINEUPS_NO_OVERLAP, LINEUPS_PERSON_NO_OVERLAP, LINEUPS_COMPANY_NO_OVERLAP, LINEUPS_LOCKED, LINEUPS_SPACE_OF_EVENT,
            LINEUPS_INSIDE_EVENT, LINEUPS_CURFEW, LINEUPS_CONTRACT_OF_ACT, LINEUPS_CONFIRMED_CONTRACT, LINEUPS_OVERRIDE_PERMISSION,
            LINEUPS_STATUS_TRANSITION, EVENTS_LINEUP_FITS, SPACES_CURFEW_LINEUP);

    /** The rules of riders. */
    private static final List<Rule> RIDERS = List.of(RIDERS_APPROVER_NOT_SUBMITTER, RIDERS_STATUS_TRANSITION,
            RIDERS_PROJECT_OF_EVENT, RIDERS_DEADLINE_BEFORE_SETUP, RIDERS_FULFILLED_ITEMS, RIDER_ITEMS_CURRENCY_OF_RIDER,
            RIDER_ITEMS_RIDER_FULFILLED);

    /** The rules of call sheets. */
    private static final List<Rule> CALL_SHEETS = List.of(CALL_SHEETS_TIMEZONE_ZONE, CALL_SHEETS_EVENT_IN_PROJECT,
            ACTIVATIONS_SETUP_CALL_DISTRIBUTED, CALL_SHEET_ENTRIES_ACKNOWLEDGE_PERMISSION,
            CALL_SHEET_ENTRIES_WRAP_AT_CHECK, CALL_SHEET_ENTRIES_ACKNOWLEDGED_CHECK, CALL_SHEET_ENTRIES_ASSIGNMENT,
            CALL_SHEET_ENTRIES_ONE_CALL, CALL_SHEET_ENTRIES_ON_EVENT_DATE, PROJECT_RESOURCES_CALLED, CALL_SHEET_REVISIONS_IMMUTABLE,
            CALL_SHEET_ENTRIES_AFTER_ARRIVAL, CALL_SHEETS_CALLS_ON_DATE);

    /** The rules of travel. */
    private static final List<Rule> TRAVEL = List.of(ITINERARIES_END_DATE_CHECK, ITINERARIES_BUDGET_CURRENCY_CHECK,
            ITINERARY_SEGMENTS_ARRIVE_AT_CHECK, ITINERARY_SEGMENTS_COST_CURRENCY_CHECK, ITINERARY_SEGMENTS_OVERLAP,
            ITINERARY_SEGMENTS_HOTEL_OVERLAP, ITINERARY_SEGMENTS_CONNECTION, ITINERARY_SEGMENTS_PASSPORT_VALID,
            ITINERARY_SEGMENTS_VISA_VALID, ITINERARY_PARTICIPANTS_PASSPORT_VALID, ITINERARY_PARTICIPANTS_VISA_VALID,
            ITINERARY_PARTICIPANTS_SCHEDULE);

    /** The rules of accreditation. */
    private static final List<Rule> ACCREDITATION = List.of(ACCREDITATION_ZONES_HOLDER_CHECK, CREDENTIALS_PASSES_VALID_TO_CHECK,
            CREDENTIALS_PASSES_REVOCATION_CHECK, CREDENTIALS_PASSES_BADGE_CHECK, CREDENTIALS_PASSES_ZONES_ALLOWED,
            CREDENTIALS_PASSES_WITHIN_EVENT, CREDENTIALS_PASSES_STATUS_TRANSITION);

    /** The rules of workshops. */
    private static final List<Rule> WORKSHOPS = List.of(WORKSHOPS_PRICE_CURRENCY_CHECK, WORKSHOPS_EVENT_IS_WORKSHOP,
            WORKSHOPS_MAX_PARTICIPANTS_SEATED, WORKSHOP_REGISTRATIONS_ATTENDEE_CHECK, WORKSHOP_REGISTRATIONS_REGISTRATION_OPEN,
            WORKSHOP_REGISTRATIONS_CAPACITY);

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(PROGRAMME, LINEUPS, RIDERS, CALL_SHEETS, TRAVEL, ACCREDITATION, WORKSHOPS)
            .flatMap(List::stream).toList();

    private ProgrammingRules() {}
}
