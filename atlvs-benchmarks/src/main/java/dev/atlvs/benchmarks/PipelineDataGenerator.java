package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.currency.ExchangeRates;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sales pipelines with dated stage histories, set-based: per organization, in one tenant transaction of its owner, a
 * pipeline with the default six stages, {@code deals} deals entering the lead stage on a day of the last year (values up
 * to 200,000 in USD, EUR or GBP, closes expected within three months either side of today), then four rounds of moves:
 * in each, about 70 % of the deals of an open stage move on (12 % of them to the lost stage, with a reason) some days
 * later, the last round from negotiation to won. Each move goes through the deal's triggers like any other (conversion
 * fact, stage-change activity, audit), so the generator measures them too. Open tasks are added to a tenth of the deals.
 * Exchange rates EUR and GBP to USD are recorded per organization.
 */
final class PipelineDataGenerator {

    /** One generated organization. */
    record Tenant(UUID organizationId, UUID ownerId, UUID pipelineId) {}

    private final Atlvs atlvs;
    private final PrintStream log;

    PipelineDataGenerator(Atlvs atlvs, PrintStream log) {
        this.atlvs = atlvs;
        this.log = log;
    }

    List<Tenant> generate(int organizations, int deals) {
        long started = System.nanoTime();
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            User owner = atlvs.platform().registerUser(User.builder().email("owner" + i + "@pipeline-bench.example")
                    .displayName("Sales lead " + i).build());
            Organization organization = atlvs.platform().createOrganization(Organization.builder().id(Ids.newId())
                    .name("Pipeline Bench " + i).slug("pipeline-bench-" + i).build(), owner.id()).organization();
            UUID pipeline = atlvs.inTenant(organization.id(), owner.id(), tx -> {
                ExchangeRates rates = new ExchangeRates(tx);
                rates.record("EUR", "USD", new BigDecimal("1.10"), LocalDate.of(2020, 1, 1), "bench");
                rates.record("GBP", "USD", new BigDecimal("1.25"), LocalDate.of(2020, 1, 1), "bench");
                // the pipeline and its stages in one transaction: its won and lost stages are checked at commit
                UUID created = tx.handle().createQuery("""
                        insert into atlvs.pipelines (organization_id, name, currency, is_default)
                        values (:org, 'Festival sales', 'USD', true) returning id
                        """).bind("org", tx.organizationId()).mapTo(UUID.class).one();
                UUID pipelineId = created;
                List<UUID> stages = tx.handle().createQuery("""
                        insert into atlvs.pipeline_stages (organization_id, pipeline_id, name, stage_order, probability,
                                                           forecast_category, is_won, is_lost)
                        select :org, :pipeline, s.name, s.stage_order, s.probability, s.category, s.won, s.lost
                          from (values ('Lead', 1, 10, 'pipeline', false, false), ('Qualified', 2, 25, 'pipeline', false, false),
                                       ('Proposal', 3, 50, 'best_case', false, false), ('Negotiation', 4, 75, 'commit', false, false),
                                       ('Won', 5, 100, 'closed', true, false), ('Lost', 6, 0, 'omitted', false, true))
                               s(name, stage_order, probability, category, won, lost)
                         order by s.stage_order
                        returning id
                        """).bind("org", tx.organizationId()).bind("pipeline", pipelineId).mapTo(UUID.class).list();
                tx.handle().createUpdate("""
                        insert into atlvs.pipeline_opportunities (organization_id, pipeline_id, stage_id, title, value, currency,
                                                                  expected_close_date, stage_entered_at, owner_user_id)
                        select :org, :pipeline, :lead, 'Deal ' || g, round((random() * 200000)::numeric, 2),
                               (array['USD', 'USD', 'USD', 'EUR', 'GBP'])[1 + floor(random() * 5)::integer],
                               current_date + (random() * 180 - 90)::integer,
                               now() - (90 + random() * 270) * interval '1 day', :owner
                          from generate_series(1, :deals) g
                        """).bind("org", tx.organizationId()).bind("pipeline", pipelineId).bind("lead", stages.get(0))
                        .bind("deals", deals).bind("owner", tx.actorId()).execute();
                for (int round = 0; round < 4; round++) {
                    UUID from = stages.get(round);
                    UUID next = round == 3 ? stages.get(4) : stages.get(round + 1);
                    tx.handle().createUpdate("""
                            update atlvs.pipeline_opportunities o
                               set stage_id = case when x.r < 0.12 then :lost else :next end,
                                   lost_reason = case when x.r < 0.12 then 'Budget went to another producer' end,
                                   stage_entered_at = least(now() - interval '1 minute', o.stage_entered_at + (1 + x.r * 25) * interval '1 day')
                              from (select d.id, random() as r from atlvs.pipeline_opportunities d
                                     where d.organization_id = :org and d.stage_id = :from) x
                             where o.organization_id = :org and o.id = x.id and x.r < 0.7
                            """).bind("org", tx.organizationId()).bind("from", from).bind("next", next)
                            .bind("lost", stages.get(5)).execute();
                }
                tx.handle().createUpdate("""
                        insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, due_at)
                        select o.organization_id, o.id, 'task', 'Follow up', now() + interval '3 days'
                          from atlvs.pipeline_opportunities o
                         where o.organization_id = :org and o.status = 'active' and random() < 0.1
                        """).bind("org", tx.organizationId()).execute();
                return pipelineId;
            });
            tenants.add(new Tenant(organization.id(), owner.id(), pipeline));
            if ((i + 1) % Math.max(1, organizations / 10) == 0 || i + 1 == organizations) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "pipeline data: %d/%d organizations, %d deals, %.1f s (%.0f deals/s)%n", i + 1, organizations,
                        (long) (i + 1) * deals, seconds, (i + 1) * (double) deals / seconds);
            }
        }
        return tenants;
    }
}
