package dev.atlvs.programming.testing;

import dev.atlvs.programming.lineup.Lineup;
import java.util.List;

/**
 * A three-day festival with its show: {@link ProgrammingFixtures#threeDayFestival} stores it.
 *
 * @param festival   the festival: project, two stages with curfews, the festival, its days and its stage days
 * @param mainStage  Friday's running order on the main stage, with a contracted headliner
 * @param tent       Friday's lineup in the tent, its last set past midnight
 * @param riders     the headliner's technical and hospitality riders
 * @param crewCall   Friday's crew call sheet on the main stage, distributed, with the crew booked on the project
 * @param touringParty the headliner's touring party and its flights from Los Angeles
 */
public record FestivalProduction(Festival festival, LineupFixtures.MainStageFriday mainStage, List<Lineup> tent,
                                 RiderFixtures.HeadlinerRiders riders, CallSheetFixtures.FridayCrewCall crewCall,
                                 TravelFixtures.TouringParty touringParty) {

    public FestivalProduction {
        tent = List.copyOf(tent);
    }
}
