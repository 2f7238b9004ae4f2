package dev.atlvs.docs.snippets.readme;

// tag::readme-pipeline[]
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.WonDeal;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.workforce.manning.CrewPlan;
import dev.atlvs.pipeline.workforce.manning.ManningService;
import dev.atlvs.pipeline.workforce.manning.ManningSlot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

// end::readme-pipeline[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.user.User;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.person.Person;
import java.util.UUID;

/** The README's pipeline: a deal won becomes a project whose crew plan starts filling. */
public final class Pipeline {
    private Pipeline() {
    }

    /** The crew plan of the won deal's project; {@code client} is a client company, {@code eli} a rigger. */
    public static CrewPlan winAndStaff(Atlvs atlvs, UUID org, User maya, Company client, Person eli) {
        // tag::readme-pipeline[]
        LocalDate buildDay = LocalDate.of(2026, 8, 19);
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        CrewPlan plan = atlvs.inTenant(org, maya.id(), tx -> {
            PipelineSetup sales = new PipelineService(tx).defaultPipeline();       // lead, qualified, proposal, negotiation, won, lost
            DealService deals = new DealService(tx);
            Deal deal = deals.create(Deal.builder().organizationId(org).pipelineId(sales.pipeline().id())
                    .stageId(sales.stage("Lead").id()).title("Aurora Energy summer summit").companyId(client.id())
                    .value(new BigDecimal("2400000")).currency("NOK").startsOn(LocalDate.of(2026, 8, 20)).endsOn(LocalDate.of(2026, 8, 21))
                    .build());
            deals.moveTo(deal.id(), sales.stage("Proposal").id());                 // a conversion fact and a stage-change activity
            WonDeal won = deals.win(deal.id());                                     // the project and its seed budget, once
            ManningService manning = new ManningService(tx);
            ManningSlot riggers = manning.plan(ManningSlot.builder().organizationId(org).projectId(won.projectId())
                    .roleName("Rigger").neededOn(buildDay).startsAt(buildDay.atTime(7, 0).atZone(oslo).toInstant())
                    .endsAt(buildDay.atTime(19, 0).atZone(oslo).toInstant()).requiredCount(4)
                    .dayRate(new BigDecimal("3900")).currency("NOK").build());
            manning.confirm(manning.assign(riggers.id(), eli.id()).id());           // Eli's time is committed; never above 4
            return manning.crewPlan(won.projectId());                               // fill rate per role and day, day-rate cost
        });
        // end::readme-pipeline[]
        return plan;
    }
}
