package dev.atlvs.programming.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a {@link Schedule} as a printable page: XHTML (which browsers display and print as HTML) and PDF made
 * from that XHTML.
 *
 * <pre>{@code
 * ScheduleDocument document = new ScheduleDocument();
 * String page = document.html(schedule);                                  // times in the event's zone
 * byte[] pdf = document.pdf(schedule, ZoneId.of("America/New_York"));     // and a "your time" column
 * }</pre>
 *
 * <p>Times are printed in the schedule's zone ({@code HH:mm}, with {@code +1} or {@code -1} when an item falls on
 * the day after or before the schedule's day); with a viewer's zone a second column shows the same instants in it,
 * with the weekday. A day on which the clocks change says so. Every text of the schedule is escaped: a title such as
 * {@code <script>} prints as those characters.
 *
 * <p>The output depends only on the schedule, the viewer's zone and the locale: the PDF embeds a fixed font
 * (Liberation Sans, which Apache PDFBox ships), takes its creation date from {@link Schedule#generatedAt()} and its
 * file identifier from the content, so the same input gives the same bytes. Instances are immutable and thread-safe.
 *
 * <p>The PDF renderer (openhtmltopdf) logs through {@code java.util.logging} under {@code com.openhtmltopdf}, a few
 * INFO lines per document; hosts route or silence them there (for example with SLF4J's {@code jul-to-slf4j}).
 */
public final class ScheduleDocument {
    /** The media type of {@link #html(Schedule)}. */
    public static final String HTML_MEDIA_TYPE = "text/html; charset=utf-8";
    /** The media type of {@link #pdf(Schedule)}. */
    public static final String PDF_MEDIA_TYPE = "application/pdf";

    private static final String TEMPLATE = "schedule.html.mustache";
    private static final String FONT_FAMILY = "AtlvsSans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PRODUCER = "ATLVS";

    private final Locale locale;
    private final Mustache template;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter day;
    private final DateTimeFormatter issued;

    /** A document with English day and month names. */
    public ScheduleDocument() {
        this(Locale.ENGLISH);
    }

    /**
     * A document whose day and month names are in the given locale (the headings stay English).
     *
     * @param locale the locale of dates
     */
    public ScheduleDocument(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale must not be null");
        this.template = compile();
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.dayTime = DateTimeFormatter.ofPattern("EEE HH:mm", locale);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.issued = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'xxx", locale);
    }

    /** The schedule as XHTML, times in its zone. */
    public String html(Schedule schedule) {
        return html(schedule, Optional.empty());
    }

    /** The schedule as XHTML, times in its zone and, in a second column, in the viewer's zone. */
    public String html(Schedule schedule, ZoneId viewerZone) {
        return html(schedule, Optional.of(Objects.requireNonNull(viewerZone, "viewerZone must not be null")));
    }

    /** The schedule as PDF, times in its zone. */
    public byte[] pdf(Schedule schedule) {
        return pdf(schedule, Optional.empty());
    }

    /** The schedule as PDF, times in its zone and, in a second column, in the viewer's zone. */
    public byte[] pdf(Schedule schedule, ZoneId viewerZone) {
        return pdf(schedule, Optional.of(Objects.requireNonNull(viewerZone, "viewerZone must not be null")));
    }

    private String html(Schedule schedule, Optional<ZoneId> viewerZone) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        StringWriter out = new StringWriter();
        template.execute(out, view(schedule, viewerZone.filter(v -> !v.equals(schedule.zone()))));
        return out.toString();
    }

    private byte[] pdf(Schedule schedule, Optional<ZoneId> viewerZone) {
        String html = html(schedule, viewerZone);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.withProducer(PRODUCER);
        builder.useFont(() -> new ByteArrayInputStream(Font.BYTES), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Font.BYTES), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Font.BYTES), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                fix(pdf, schedule, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the schedule could not be rendered as PDF", e);
        }
    }

    /** Dates from the schedule and a file identifier from the content, in place of the clock's. */
    private static void fix(PDDocument pdf, Schedule schedule, String html) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        GregorianCalendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        generated.setTimeInMillis(schedule.generatedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        info.setCreationDate(generated);
        info.setModificationDate(generated);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        byte[] digest = Arrays.copyOf(sha256(html), 16);
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private Map<String, Object> view(Schedule schedule, Optional<ZoneId> viewer) {
        ZoneId zone = schedule.zone();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("language", locale.toLanguageTag());
        view.put("title", schedule.title());
        view.put("subtitle", schedule.subtitle().stream().toList());
        view.put("dayLabel", day.format(schedule.day()));
        view.put("zoneLabel", zoneLabel(zone, schedule.day()));
        view.put("hasViewer", viewer.isPresent());
        view.put("viewerZoneLabel", viewer.map(v -> zoneLabel(v, schedule.day())).orElse(""));
        view.put("clockChange", clockChange(zone, schedule.day()).stream().toList());
        view.put("issued", issued.format(schedule.generatedAt().atZone(zone)));
        view.put("location", schedule.location().stream().map(location -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", location.name());
            map.put("addressLines", location.addressLines());
            return map;
        }).toList());

        List<ScheduleItem> sorted = new ArrayList<>(schedule.items());
        sorted.sort(ScheduleItem.CHRONOLOGICAL);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ScheduleItem item : sorted) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("statusClass", item.status().name().toLowerCase(Locale.ROOT));
            row.put("start", local(item.start(), zone, schedule.day()));
            row.put("end", local(item.end(), zone, schedule.day()));
            row.put("viewerStart", viewer.map(v -> dayTime.format(item.start().atZone(v))).orElse(""));
            row.put("viewerEnd", viewer.map(v -> dayTime.format(item.end().atZone(v))).orElse(""));
            row.put("summary", item.summary());
            row.put("person", item.attendee().map(ScheduleAttendee::name).stream().toList());
            row.put("descriptionLines", item.description().map(d -> List.of(d.split("\n", -1))).orElse(List.of()));
            row.put("categories", item.categories().isEmpty() ? List.of() : List.of(String.join(", ", item.categories())));
            row.put("where", item.location().orElse(""));
            row.put("status", label(item.status()));
            row.put("revision", item.sequence() > 0 ? List.of(Integer.toString(item.sequence())) : List.of());
            items.add(row);
        }
        view.put("hasItems", !items.isEmpty());
        view.put("items", items);

        List<Map<String, Object>> contacts = new ArrayList<>();
        for (ScheduleContact contact : schedule.contacts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("role", contact.role());
            row.put("name", contact.name());
            row.put("phone", contact.phone().orElse(""));
            row.put("email", contact.email().orElse(""));
            contacts.add(row);
        }
        view.put("hasContacts", !contacts.isEmpty());
        view.put("contacts", contacts);

        List<Map<String, Object>> notes = new ArrayList<>();
        for (ScheduleNote note : schedule.notes()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("title", note.title());
            block.put("lines", List.of(note.text().split("\n", -1)));
            notes.add(block);
        }
        view.put("notes", notes);
        return view;
    }

    /** {@code HH:mm}, followed by {@code +n} or {@code -n} days when the instant is not on the schedule's day. */
    private String local(Instant instant, ZoneId zone, LocalDate scheduleDay) {
        ZonedDateTime at = instant.atZone(zone);
        long days = ChronoUnit.DAYS.between(scheduleDay, at.toLocalDate());
        String text = time.format(at);
        return days == 0 ? text : text + (days > 0 ? " +" : " ") + days;
    }

    private String zoneLabel(ZoneId zone, LocalDate on) {
        ZonedDateTime noon = on.atTime(12, 0).atZone(zone);
        String offset = noon.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + noon.getOffset().getId();
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        return zone.getId().equals(name) ? zone.getId() + " (" + offset + ")" : zone.getId() + " (" + name + ", " + offset + ")";
    }

    /** A line saying the clocks change on the day, if they do. */
    private Optional<String> clockChange(ZoneId zone, LocalDate on) {
        Instant from = on.atStartOfDay(zone).toInstant();
        Instant to = on.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = zone.getRules().nextTransition(from.minusNanos(1));
        if (next == null || !next.getInstant().isBefore(to)) {
            return Optional.empty();
        }
        return Optional.of("Clocks change at " + time.format(next.getDateTimeBefore()) + " local time: "
                + offsetLabel(next.getOffsetBefore().getTotalSeconds()) + " becomes "
                + offsetLabel(next.getOffsetAfter().getTotalSeconds()) + ".");
    }

    private static String offsetLabel(int seconds) {
        return seconds == 0 ? "UTC" : "UTC" + java.time.ZoneOffset.ofTotalSeconds(seconds).getId();
    }

    private static String label(ScheduleItemStatus status) {
        switch (status) {
            case TENTATIVE:
                return "Tentative";
            case CANCELLED:
                return "Cancelled";
            default:
                return "Confirmed";
        }
    }

    private static Mustache compile() {
        InputStream in = ScheduleDocument.class.getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IllegalStateException("the template " + TEMPLATE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new DefaultMustacheFactory().compile(reader, TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded font, read once. */
    private static final class Font {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + FONT_RESOURCE + " is missing from Apache PDFBox");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
