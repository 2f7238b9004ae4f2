package dev.atlvs.programming.export;

import static dev.atlvs.programming.export.Schedules.BERLIN;
import static dev.atlvs.programming.export.Schedules.FRIDAY;
import static dev.atlvs.programming.export.Schedules.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The printable schedule: escaped XHTML, times in the event's and the viewer's zone, and PDF. */
class ScheduleDocumentTest {
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & ]]> {{title}}";

    private final ScheduleDocument document = new ScheduleDocument();

    @Test
    void theScheduleIsPrintedInTheEventsZoneInOrderOfTime() throws Exception {
        // when
        String html = document.html(Schedules.festivalFriday());

        // then
        Document dom = xml(html);
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Call sheet - Friday");
        assertThat(cells(dom, "time")).containsExactly("08:00 – 09:00", "16:00 – 16:30", "20:45 – 21:30", "21:30 – 22:55", "23:00 – 01:00 +1");
        assertThat(html).contains("Friday, July 3, 2026", "Times in Europe/Berlin (Central European Time, UTC+02:00)",
                "Issued 28 Jun 2026, 18:45 UTC+02:00", "Riverside Park", "Uferstraße 12", "Alex Kim", "medic@example.org",
                "Hard hats on the stage deck until doors.", "No one under the rig during flying.", "(rev. 3)", "For: Jamie Lee");
        assertThat(html).doesNotContain("Your time");
    }

    @Test
    void aViewersZoneAddsAYourTimeColumn() throws Exception {
        // when
        String html = document.html(Schedules.festivalFriday(), ZoneId.of("America/New_York"));

        // then
        Document dom = xml(html);
        assertThat(html).contains("<th>Your time</th>", "Your time in America/New_York");
        assertThat(cells(dom, "time viewer")).first().isEqualTo("Fri 02:00 – Fri 03:00");
        assertThat(cells(dom, "time viewer")).last().isEqualTo("Fri 17:00 – Fri 19:00");
    }

    @Test
    void theViewersZoneIsLeftOutWhenItIsTheEventsZone() {
        assertThat(document.html(Schedules.festivalFriday(), BERLIN)).isEqualTo(document.html(Schedules.festivalFriday()));
    }

    @Test
    void aDayWhenTheClocksChangeSaysSo() {
        Schedule sunday = Schedule.builder().title("Sunday").zone(BERLIN).day(LocalDate.of(2026, 3, 29)).generatedAt(ISSUED).build();

        assertThat(document.html(sunday)).contains("Clocks change at 02:00 local time: UTC+01:00 becomes UTC+02:00.", "Nothing scheduled.");
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        // given
        Schedule schedule = Schedule.builder().title(HOSTILE).subtitle(HOSTILE).zone(BERLIN).day(FRIDAY).generatedAt(ISSUED)
                .location(ScheduleLocation.of(HOSTILE, HOSTILE))
                .addContact(new ScheduleContact(HOSTILE, HOSTILE, java.util.Optional.of(HOSTILE), java.util.Optional.of(HOSTILE)))
                .addNote(new ScheduleNote(HOSTILE, HOSTILE + "\n" + HOSTILE))
                .addItem(ScheduleItem.builder().uid("x@atlvs").summary(HOSTILE).description(HOSTILE).location(HOSTILE)
                        .categories(HOSTILE).attendee(ScheduleAttendee.named(HOSTILE))
                        .start(Schedules.friday(9, 0).toInstant()).end(Schedules.friday(10, 0).toInstant()).build())
                .build();

        // when
        String html = document.html(schedule);

        // then
        assertThat(html).doesNotContain("<script", "<img", "]]>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "{{title}}");
        Document dom = xml(html);
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("img").getLength()).isZero();
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(HOSTILE);
        assertThat(dom.getDocumentElement().getTextContent().split(java.util.regex.Pattern.quote(HOSTILE), -1).length - 1)
                .as("every text printed as text").isGreaterThanOrEqualTo(13);
    }

    @PropertyTest(tries = 200)
    void anyScheduleIsWellFormedXhtmlThatShowsItsTextsAsText(Gen gen) throws Exception {
        // given
        Schedule schedule = Schedules.random(gen);
        ZoneId viewer = ZoneId.of(gen.oneOf(Schedules.zoneIds().toArray(String[]::new)));

        // when
        String html = document.html(schedule, viewer);

        // then
        Document dom = xml(html);
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(schedule.title());
        List<String> divs = texts(dom.getElementsByTagName("div"));
        for (ScheduleItem item : schedule.items()) {
            assertThat(divs).contains(item.summary());
        }
        assertThat(cells(dom, "time")).hasSameSizeAs(schedule.items());
    }

    @Test
    void thePdfOpensAndHoldsTheSchedulesText() throws Exception {
        // when
        byte[] pdf = document.pdf(Schedules.festivalFriday(), ZoneId.of("America/New_York"));

        // then
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(opened);
            assertThat(text).contains("Call sheet - Friday", "Riverside Festival 2026", "Crew call - Main Stage", "08:00", "09:00",
                    "The Lumens, headline set", "Uferstraße 12", "Your time", "Fri 02:00", "Dr. Jo Weiß", "Safety",
                    "Hard hats on the stage deck until doors.", "Cancelled", "Tentative");
            assertThat(opened.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ISSUED);
            assertThat(opened.getDocumentInformation().getTitle()).isEqualTo("Call sheet - Friday");
        }
    }

    @Test
    void theSameScheduleGivesTheSamePdf() {
        assertThat(document.pdf(Schedules.festivalFriday())).isEqualTo(document.pdf(Schedules.festivalFriday()));
    }

    @Test
    void hostileTextInThePdfIsPrintedAsText() throws Exception {
        Schedule schedule = Schedule.builder().title(HOSTILE).zone(BERLIN).day(FRIDAY).generatedAt(ISSUED)
                .addItem(ScheduleItem.builder().uid("x@atlvs").summary("Set <b>not bold</b> & more")
                        .start(Schedules.friday(9, 0).toInstant()).end(Schedules.friday(10, 0).toInstant()).build())
                .build();

        try (PDDocument opened = Loader.loadPDF(document.pdf(schedule))) {
            assertThat(new PDFTextStripper().getText(opened)).contains("Set <b>not bold</b> & more", "<script>alert('x')</script>");
        }
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(html)));
    }

    private static List<String> cells(Document dom, String cssClass) {
        List<String> cells = new ArrayList<>();
        NodeList tds = dom.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            Element td = (Element) tds.item(i);
            if (td.getAttribute("class").equals(cssClass)) {
                cells.add(td.getTextContent());
            }
        }
        return cells;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @SuppressWarnings("unused")
    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
