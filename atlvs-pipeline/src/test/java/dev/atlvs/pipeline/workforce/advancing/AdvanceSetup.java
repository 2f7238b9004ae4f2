package dev.atlvs.pipeline.workforce.advancing;

import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.pipeline.testing.AdvancingFixtures;
import dev.atlvs.testing.OrganizationFixture;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The hand-worked production advance of the advancing tests, on {@link AdvancingFixtures#festival} (plan lines: equipment
 * EUR 60,000, travel EUR 20,000; one US dollar buys 0.90 euros from 1 January 2026):
 *
 * <pre>
 * category             item                   status      due      estimated     actual   budget category
 * audio                Main stage PA          pending     20 Aug   24,000 EUR        -    equipment (committed 24,000)
 * lighting             Lighting rig           completed   15 Aug   12,000 EUR   13,500    equipment (actual 13,500)
 * power                Generators             cancelled   10 Aug    8,000 EUR        -    equipment (nothing)
 * video                LED screens            pending      1 Sep    5,000 USD        -    equipment (committed 4,500 EUR)
 * site_infrastructure  Toilets and welfare    pending      1 Aug    3,000 EUR        -    facilities (no plan line)
 * artist_travel        Headliner flights      confirmed    5 Sep    3,000 EUR    2,750    travel (actual 2,750)
 * transport            Artist shuttles        pending      8 Sep    1,200 EUR        -    travel (committed 1,200)
 * </pre>
 */
record AdvanceSetup(AdvancingFixtures.Festival festival, AdvancingItem audio, AdvancingItem lighting, AdvancingItem power,
        AdvancingItem video, AdvancingItem toilets, AdvancingItem flights, AdvancingItem shuttles) {

    static AdvanceSetup of(OrganizationFixture org) {
        AdvancingFixtures.Festival festival = AdvancingFixtures.festival(org);
        org.asOwner(tx -> new ExchangeRates(tx).record("USD", "EUR", new BigDecimal("0.90"), LocalDate.of(2026, 1, 1), "Fixture"));
        AdvancingItem audio = add(org, festival, AdvancingCategory.AUDIO, "Main stage PA", "24000", null, "EUR", 8, 20);
        AdvancingItem lighting = add(org, festival, AdvancingCategory.LIGHTING, "Lighting rig", "12000", "13500", "EUR", 8, 15);
        AdvancingItem power = add(org, festival, AdvancingCategory.POWER, "Generators", "8000", null, "EUR", 8, 10);
        AdvancingItem video = add(org, festival, AdvancingCategory.VIDEO, "LED screens", "5000", null, "USD", 9, 1);
        AdvancingItem toilets = add(org, festival, AdvancingCategory.SITE_INFRASTRUCTURE, "Toilets and welfare", "3000", null, "EUR", 8, 1);
        AdvancingItem flights = add(org, festival, AdvancingCategory.ARTIST_TRAVEL, "Headliner flights", "3000", "2750", "EUR", 9, 5);
        AdvancingItem shuttles = add(org, festival, AdvancingCategory.TRANSPORT, "Artist shuttles", "1200", null, "EUR", 9, 8);
        AdvancingItem lightingDone = org.asOwner(tx -> {
            AdvancingService advancing = new AdvancingService(tx);
            advancing.move(lighting.id(), AdvancingStatus.IN_PROGRESS);
            return advancing.move(lighting.id(), AdvancingStatus.COMPLETED);
        });
        AdvancingItem powerCancelled = org.asOwner(tx -> new AdvancingService(tx).move(power.id(), AdvancingStatus.CANCELLED));
        AdvancingItem flightsConfirmed = org.asOwner(tx -> new AdvancingService(tx).move(flights.id(), AdvancingStatus.CONFIRMED));
        return new AdvanceSetup(festival, audio, lightingDone, powerCancelled, video, toilets, flightsConfirmed, shuttles);
    }

    private static AdvancingItem add(OrganizationFixture org, AdvancingFixtures.Festival festival, AdvancingCategory category, String title,
            String estimated, String actual, String currency, int month, int day) {
        return org.asOwner(tx -> new AdvancingService(tx).add(AdvancingFixtures.itemBuilder(festival.project(), category, title)
                .estimatedCost(new BigDecimal(estimated)).actualCost(java.util.Optional.ofNullable(actual).map(BigDecimal::new))
                .currency(currency).dueDate(LocalDate.of(2026, month, day)).build()));
    }
}
