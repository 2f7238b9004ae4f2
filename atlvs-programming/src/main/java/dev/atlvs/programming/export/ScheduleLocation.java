package dev.atlvs.programming.export;

import java.util.List;

/**
 * Where a schedule takes place: a name and the lines of its address, as printed.
 *
 * @param name         the venue or site, such as {@code "Riverside Park"}
 * @param addressLines the address, one line each, possibly none
 */
public record ScheduleLocation(String name, List<String> addressLines) {

    /** Checks the texts and copies the lines. */
    public ScheduleLocation {
        name = Texts.line("location.name", name);
        addressLines = Texts.lines("location.addressLines", addressLines);
    }

    /** A location with the given address lines. */
    public static ScheduleLocation of(String name, String... addressLines) {
        return new ScheduleLocation(name, List.of(addressLines));
    }

    /** The name and address on one line, separated by commas, as an iCalendar {@code LOCATION}. */
    public String oneLine() {
        return addressLines.isEmpty() ? name : name + ", " + String.join(", ", addressLines);
    }
}
