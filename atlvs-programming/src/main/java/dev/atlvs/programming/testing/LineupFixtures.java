package dev.atlvs.programming.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.programming.event.Event;
import dev.atlvs.programming.lineup.Billing;
import dev.atlvs.programming.lineup.ImmutableLineup;
import dev.atlvs.programming.lineup.Lineup;
import dev.atlvs.programming.lineup.LineupService;
import dev.atlvs.programming.lineup.PerformerType;
import dev.atlvs.programming.lineup.SlotStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Realistic lineups on {@link ProgrammingFixtures#festival}: Friday's main-stage running order (an opener, support acts,
 * a DJ who is a person act, and a contracted headliner) and Friday's tent lineup, whose last set runs past midnight.
 */
public final class LineupFixtures {

    private LineupFixtures() {}

    /**
     * Friday on the main stage (doors 12:00, curfew 23:00, Europe/London), in running order.
     *
     * @param headlinerCompany the headliner's company, with an active signed contract
     * @param contract         the headliner's active contract
     * @param dj               the person performing the DJ set
     * @param slots            opener, three support slots (the third the DJ) and the headliner, by position
     */
    public record MainStageFriday(Company headlinerCompany, CompanyContract contract, Person dj, List<Lineup> slots) {
        public MainStageFriday {
            slots = List.copyOf(slots);
        }

        /** The opener (position 0). */
        public Lineup opener() {
            return slots.get(0);
        }

        /** The headliner (the last slot). */
        public Lineup headliner() {
            return slots.get(slots.size() - 1);
        }
    }

    /** A builder of a pending slot of {@code event} (on its stage) from {@code start} to {@code end}, not stored. */
    public static ImmutableLineup.Builder slotBuilder(FixtureOrganization org, Event event, String performer, Instant start,
            Instant end, int changeoverMinutes) {
        requireNonNull(org, "org is null");
        return Lineup.builder().organizationId(org.id()).eventId(event.id()).spaceId(event.spaceId().orElseThrow())
                .performerName(performer).setStart(start).setEnd(end).changeoverMinutes(changeoverMinutes);
    }

    /** A stored slot. */
    public static Lineup slot(FixtureOrganization org, Lineup slot) {
        return org.asOwner(tx -> new LineupService(tx).add(slot));
    }

    private static Instant friday(int hour, int minute) {
        return ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(hour, minute));
    }

    /**
     * Friday's main-stage running order: the opener at 12:00, support at 13:00, 14:15 and (the DJ) 15:45, and the headliner
     * at 21:30 until 22:45, confirmed under the active contract of its company; changeovers of 20 to 45 minutes.
     */
    public static MainStageFriday mainStageFriday(FixtureOrganization org, Festival festival) {
        Event friday = ProgrammingFixtures.mainStageDay(festival, 0);
        Company band = CompanyFixtures.vendor(org, ProgrammingFixtures.unique("The Midnight Tides"));
        CompanyContract contract = CompanyFixtures.msa(org, band, null);
        Person dj = PeopleFixtures.person(org, "Ana", "Sol", "DJ");
        Lineup opener = slot(org, slotBuilder(org, friday, "The Early Birds", friday(12, 0), friday(12, 40), 0)
                .performerType(PerformerType.BAND).billing(Billing.OPENER).position(0).status(SlotStatus.TENTATIVE).build());
        Lineup first = slot(org, slotBuilder(org, friday, "Harbour Lights", friday(13, 0), friday(13, 45), 20)
                .performerType(PerformerType.BAND).billing(Billing.SUPPORT).position(1).build());
        Lineup second = slot(org, slotBuilder(org, friday, "Northern Static", friday(14, 15), friday(15, 15), 30)
                .performerType(PerformerType.BAND).billing(Billing.SUPPORT).position(2)
                .contactInfo("{\"agent\": \"Mira Holt, Southbank Agency\", \"manager\": \"Theo Grant\"}").build());
        Lineup third = slot(org, slotBuilder(org, friday, "Ana Sol", friday(15, 45), friday(16, 45), 30)
                .performerType(PerformerType.DJ).billing(Billing.SUPPORT).position(3).actPersonId(dj.id())
                .status(SlotStatus.TENTATIVE).build());
        Lineup headliner = slot(org, slotBuilder(org, friday, "The Midnight Tides", friday(21, 30), friday(22, 45), 45)
                .performerType(PerformerType.BAND).billing(Billing.HEADLINER).position(4).actCompanyId(band.id())
                .contractId(contract.id()).fee(new BigDecimal("85000.0000")).currency("GBP").expectedAttendance(11_000)
                .status(SlotStatus.CONFIRMED)
                .contactInfo("{\"agent\": \"Lou Marsh, Northline Artists\", \"manager\": \"Dee Carver\"}").build());
        return new MainStageFriday(band, contract, dj, List.of(opener, first, second, third, headliner));
    }

    /**
     * Friday's tent lineup (curfew 00:30 on Saturday): three sets from 14:00, the last from 23:15 to 00:15, after
     * midnight.
     */
    public static List<Lineup> tentFriday(FixtureOrganization org, Festival festival) {
        Event friday = festival.tentDays().get(0);
        LocalDate saturday = Festival.FIRST_DAY.plusDays(1);
        return List.of(
                slot(org, slotBuilder(org, friday, "Lowland Choir", friday(14, 0), friday(14, 45), 15)
                        .performerType(PerformerType.ARTIST).billing(Billing.OPENER).position(0).build()),
                slot(org, slotBuilder(org, friday, "Quiet Engines", friday(15, 0), friday(16, 0), 15)
                        .performerType(PerformerType.BAND).position(1).build()),
                slot(org, slotBuilder(org, friday, "Salt Flats", friday(23, 15),
                        ProgrammingFixtures.at(saturday, LocalTime.of(0, 15)), 30)
                        .performerType(PerformerType.DJ).billing(Billing.HEADLINER).position(2).build()));
    }
}
