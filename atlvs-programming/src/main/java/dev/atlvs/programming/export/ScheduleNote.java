package dev.atlvs.programming.export;

/**
 * A titled block of text printed under the schedule: safety, parking, catering, weather or anything else.
 *
 * @param title the heading, such as {@code "Safety"}
 * @param text  the text; it may span lines
 */
public record ScheduleNote(String title, String text) {

    /** Checks the texts; line breaks in the text are normalized to {@code \n}. */
    public ScheduleNote {
        title = Texts.line("note.title", title);
        text = Texts.block("note.text", text);
    }

    /** A note titled "Safety". */
    public static ScheduleNote safety(String text) {
        return new ScheduleNote("Safety", text);
    }

    /** A note titled "Parking". */
    public static ScheduleNote parking(String text) {
        return new ScheduleNote("Parking", text);
    }

    /** A note titled "Catering". */
    public static ScheduleNote catering(String text) {
        return new ScheduleNote("Catering", text);
    }

    /** A note titled "Weather". */
    public static ScheduleNote weather(String text) {
        return new ScheduleNote("Weather", text);
    }
}
