package dev.atlvs.programming;

import dev.atlvs.core.permission.Permission;
import java.util.List;
import java.util.stream.Stream;

/**
 * The permissions of the programming module: every permission its operations require, declared once here. Hosts grant
 * them to custom roles or users by name or by pattern ({@code programming.*}).
 */
public final class ProgrammingPermissions {

    // --- spaces, events, bookings and activations ---

    /** Reading the programme: events, spaces, bookings, lineups, riders, call sheets, itineraries and passes. */
    public static final Permission PROGRAMME_READ = Permission.of("programming.programme.read",
            "Reading the programme: events, spaces, bookings, lineups, riders, call sheets, itineraries and passes");

    /** Adding events, spaces, bookings and activations. */
    public static final Permission PROGRAMME_CREATE = Permission.of("programming.programme.create",
            "Adding events, spaces, bookings and activations");

    /** Changing events, spaces, bookings and activations, and moving their status. */
    public static final Permission PROGRAMME_UPDATE = Permission.of("programming.programme.update",
            "Changing events, spaces, bookings and activations");

    /** Deleting events, spaces and activations (they can be restored). */
    public static final Permission PROGRAMME_DELETE = Permission.of("programming.programme.delete",
            "Deleting events, spaces and activations");

    // --- lineups ---

    /** Confirming a lineup slot without an active contract, with a reason recorded on the audit trail. */
    public static final Permission LINEUPS_OVERRIDE = Permission.of("programming.lineups.override",
            "Confirming a lineup slot without an active contract, with an audited reason");

    // --- riders ---

    /** Adding riders and their items. */
    public static final Permission RIDERS_CREATE = Permission.of("programming.riders.create", "Adding riders and their items");

    /** Changing riders and their items, submitting, recalling and fulfilling them. */
    public static final Permission RIDERS_UPDATE = Permission.of("programming.riders.update",
            "Changing riders and their items, submitting, recalling and fulfilling them");

    /** Reviewing, approving and rejecting riders (never one's own submission). */
    public static final Permission RIDERS_APPROVE = Permission.of("programming.riders.approve",
            "Reviewing, approving and rejecting riders");

    /** Deleting riders (they can be restored). */
    public static final Permission RIDERS_DELETE = Permission.of("programming.riders.delete", "Deleting riders");

    // --- call sheets ---

    /** Adding call sheets and their calls, and generating them from the bookings. */
    public static final Permission CALL_SHEETS_CREATE = Permission.of("programming.call_sheets.create",
            "Adding call sheets and their calls");

    /** Changing call sheets and their calls; publishing, distributing and cancelling them. */
    public static final Permission CALL_SHEETS_UPDATE = Permission.of("programming.call_sheets.update",
            "Changing, publishing, distributing and cancelling call sheets");

    /** Deleting call sheets (they can be restored) and removing calls. */
    public static final Permission CALL_SHEETS_DELETE = Permission.of("programming.call_sheets.delete",
            "Deleting call sheets and removing calls");

    /** Acknowledging a call on behalf of the person called (everyone acknowledges their own call without it). */
    public static final Permission CALL_SHEETS_APPROVE = Permission.of("programming.call_sheets.approve",
            "Acknowledging calls on behalf of the people called");

    // --- travel ---

    /** Planning travel: adding itineraries, their participants and segments. */
    public static final Permission TRAVEL_CREATE = Permission.of("programming.travel.create",
            "Planning travel: adding itineraries, their participants and segments");

    /** Changing itineraries, their participants and segments, confirming and cancelling them. */
    public static final Permission TRAVEL_UPDATE = Permission.of("programming.travel.update",
            "Changing itineraries, their participants and segments, confirming and cancelling them");

    /** Deleting itineraries (they can be restored). */
    public static final Permission TRAVEL_DELETE = Permission.of("programming.travel.delete", "Deleting itineraries");

    // --- accreditation ---

    /** Requesting passes for people. */
    public static final Permission PASSES_CREATE = Permission.of("programming.passes.create", "Requesting passes for people");

    /** Approving, printing, issuing and revoking passes. */
    public static final Permission PASSES_APPROVE = Permission.of("programming.passes.approve",
            "Approving, printing, issuing and revoking passes");

    /** Deciding which zones each crew role or pass type may enter. */
    public static final Permission ZONES_MANAGE = Permission.of("programming.zones.manage",
            "Deciding which zones each crew role or pass type may enter");

    // --- workshops ---

    /** Adding workshops. */
    public static final Permission WORKSHOPS_CREATE = Permission.of("programming.workshops.create", "Adding workshops");

    /** Changing workshops, opening and closing their registration, marking attendance. */
    public static final Permission WORKSHOPS_UPDATE = Permission.of("programming.workshops.update",
            "Changing workshops, opening and closing their registration, marking attendance");

    /** Registering attendees for workshops and cancelling registrations. */
    public static final Permission WORKSHOP_REGISTRATIONS_CREATE = Permission.of("programming.workshop_registrations.create",
            "Registering attendees for workshops and cancelling registrations");

    /** The permissions of spaces, events, bookings and activations. */
    private static final List<Permission> PROGRAMME = List.of(PROGRAMME_READ, PROGRAMME_CREATE, PROGRAMME_UPDATE, PROGRAMME_DELETE);

    /** The permissions of lineups. */
    private static final List<Permission> LINEUPS = List.of(LINEUPS_OVERRIDE);

    /** The permissions of riders. */
    private static final List<Permission> RIDERS = List.of(RIDERS_CREATE, RIDERS_UPDATE, RIDERS_APPROVE, RIDERS_DELETE);

    /** The permissions of call sheets. */
    private static final List<Permission> CALL_SHEETS = List.of(CALL_SHEETS_CREATE, CALL_SHEETS_UPDATE, CALL_SHEETS_DELETE,
            CALL_SHEETS_APPROVE);

    /** The permissions of travel. */
    private static final List<Permission> TRAVEL = List.of(TRAVEL_CREATE, TRAVEL_UPDATE, TRAVEL_DELETE);

    /** The permissions of accreditation. */
    private static final List<Permission> ACCREDITATION = List.of(PASSES_CREATE, PASSES_APPROVE, ZONES_MANAGE);

    /** The permissions of workshops. */
    private static final List<Permission> WORKSHOPS = List.of(WORKSHOPS_CREATE, WORKSHOPS_UPDATE, WORKSHOP_REGISTRATIONS_CREATE);

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(PROGRAMME, LINEUPS, RIDERS, CALL_SHEETS, TRAVEL, ACCREDITATION, WORKSHOPS)
            .flatMap(List::stream).toList();

    private ProgrammingPermissions() {}
}
