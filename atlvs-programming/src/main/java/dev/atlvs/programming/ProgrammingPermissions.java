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

    // --- riders ---

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

    // --- accreditation ---

    // --- workshops ---

    /** The permissions of spaces, events, bookings and activations. */
    private static final List<Permission> PROGRAMME = List.of(PROGRAMME_READ, PROGRAMME_CREATE, PROGRAMME_UPDATE, PROGRAMME_DELETE);

    /** The permissions of lineups. */
    private static final List<Permission> LINEUPS = List.of();

    /** The permissions of riders. */
    private static final List<Permission> RIDERS = List.of();

    /** The permissions of call sheets. */
    private static final List<Permission> CALL_SHEETS = List.of(CALL_SHEETS_CREATE, CALL_SHEETS_UPDATE, CALL_SHEETS_DELETE,
            CALL_SHEETS_APPROVE);

    /** The permissions of travel. */
    private static final List<Permission> TRAVEL = List.of();

    /** The permissions of accreditation. */
    private static final List<Permission> ACCREDITATION = List.of();

    /** The permissions of workshops. */
    private static final List<Permission> WORKSHOPS = List.of();

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(PROGRAMME, LINEUPS, RIDERS, CALL_SHEETS, TRAVEL, ACCREDITATION, WORKSHOPS)
            .flatMap(List::stream).toList();

    private ProgrammingPermissions() {}
}
