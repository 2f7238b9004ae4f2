package dev.atlvs.programming.testing;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.rider.Rider;
import dev.atlvs.programming.rider.RiderItem;
import dev.atlvs.programming.rider.RiderKind;
import dev.atlvs.programming.rider.RiderService;
import dev.atlvs.projects.project.Priority;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Riders on {@link ProgrammingFixtures#festival}: a headliner's technical rider (backline, monitors, power; mandatory
 * and optional lines) and hospitality rider (dressing room, catering, towels, water), with costs in GBP, both drafts.
 */
public final class RiderFixtures {

    private RiderFixtures() {}

    /**
     * A headliner's riders on the festival's Saturday main stage, stored as drafts.
     *
     * @param technical the technical rider
     * @param technicalItems its lines: backline and monitors and power mandatory, a spare guitar amp optional
     * @param hospitality the hospitality rider
     * @param hospitalityItems its lines: dressing room, catering, towels, water mandatory, a fruit platter optional
     */
    public record HeadlinerRiders(Rider technical, List<RiderItem> technicalItems, Rider hospitality, List<RiderItem> hospitalityItems) {
        public HeadlinerRiders {
            technicalItems = List.copyOf(technicalItems);
            hospitalityItems = List.copyOf(hospitalityItems);
        }
    }

    /** The headliner's riders on {@code festival}'s Saturday main stage (deadline: Thursday before, 18:00). */
    public static HeadlinerRiders headliner(FixtureOrganization org, Festival festival) {
        Event saturday = ProgrammingFixtures.mainStageDay(festival, 1);
        Rider technical = rider(org, saturday, "The Lanterns - technical rider", RiderKind.TECHNICAL, "9500.0000");
        List<RiderItem> technicalItems = new ArrayList<>();
        technicalItems.add(item(org, technical, "Backline", "Drum kit (DW Collector's, 22\" kick)", 1, true, "1200.0000"));
        technicalItems.add(item(org, technical, "Backline", "Bass amp (Ampeg SVT-CL with 8x10 cab)", 1, true, "450.0000"));
        technicalItems.add(item(org, technical, "Monitors", "Wedge monitors (L-Acoustics X15)", 8, true, "1600.0000"));
        technicalItems.add(item(org, technical, "Monitors", "In-ear systems (Shure PSM1000)", 4, true, "2200.0000"));
        technicalItems.add(item(org, technical, "Power", "63A three-phase supply stage left", 1, true, "900.0000"));
        technicalItems.add(item(org, technical, "Backline", "Spare guitar amp (Vox AC30)", 1, false, "300.0000"));
        Rider hospitality = rider(org, saturday, "The Lanterns - hospitality rider", RiderKind.HOSPITALITY, "2200.0000");
        List<RiderItem> hospitalityItems = new ArrayList<>();
        hospitalityItems.add(item(org, hospitality, "Dressing room", "Private dressing room for 6 with mirrors", 1, true, "600.0000"));
        hospitalityItems.add(item(org, hospitality, "Catering", "Hot meal for 12 (4 vegan)", 12, true, "720.0000"));
        hospitalityItems.add(item(org, hospitality, "Dressing room", "Black towels", 24, true, "96.0000"));
        hospitalityItems.add(item(org, hospitality, "Catering", "Still water, 500 ml", 48, true, "72.0000"));
        hospitalityItems.add(item(org, hospitality, "Catering", "Fruit platter", 1, false, "45.0000"));
        return new HeadlinerRiders(technical, technicalItems, hospitality, hospitalityItems);
    }

    /** A stored draft rider of {@code kind} on {@code event}, in GBP, due two days before the event's setup. */
    public static Rider rider(FixtureOrganization org, Event event, String title, RiderKind kind, String estimate) {
        return org.asOwner(tx -> new RiderService(tx).create(Rider.builder().organizationId(org.id()).eventId(event.id())
                .projectId(event.projectId()).title(title).kind(kind).priority(Priority.HIGH).currency("GBP")
                .budgetEstimate(new BigDecimal(estimate)).contactPerson("Mara Quinn (tour manager)")
                .contactEmail("mara.quinn@lanterns-touring.example").contactPhone("+447700900123")
                .deadline(ProgrammingFixtures.at(Festival.FIRST_DAY.minusDays(1), LocalTime.of(18, 0)))
                .specialRequests("No photography in the dressing room").build()));
    }

    /** A stored item of {@code rider} costing {@code cost} in the rider's currency. */
    public static RiderItem item(FixtureOrganization org, Rider rider, String category, String item, int quantity, boolean mandatory,
            String cost) {
        return org.asOwner(tx -> new RiderService(tx).addItem(RiderItem.builder().organizationId(org.id()).riderId(rider.id())
                .category(category).item(item).quantity(quantity).isMandatory(mandatory).cost(new BigDecimal(cost))
                .currency(rider.currency()).build()));
    }
}
