package dev.atlvs.pipeline.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.ImmutableDeal;
import dev.atlvs.pipeline.sales.deal.WonDeal;
import dev.atlvs.pipeline.sales.pipeline.Pipeline;
import dev.atlvs.pipeline.sales.pipeline.PipelineService;
import dev.atlvs.pipeline.sales.pipeline.PipelineSetup;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture builders of the sales pipeline: a standard pipeline, deals in any stage, and a realistic year of selling
 * ({@link #salesYear}).
 */
public final class SalesFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final List<String> LOST_REASONS = List.of("Lost to a competitor on price", "Client's budget was cut",
            "Event cancelled by the promoter", "Went with their in-house team", "No decision before the deadline",
            "Dates clashed with our festival season");

    private SalesFixtures() {}

    /** A pipeline named {@code name} with the default stages (lead, qualified, proposal, negotiation, won, lost). */
    public static PipelineSetup pipeline(FixtureOrganization org, String name) {
        return pipeline(org, name, "EUR");
    }

    /** A pipeline named {@code name} in {@code currency}, with the default stages. */
    public static PipelineSetup pipeline(FixtureOrganization org, String name, String currency) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new PipelineService(tx).create(Pipeline.builder().organizationId(org.id())
                .name(name + " " + SEQUENCE.incrementAndGet()).currency(currency).build()));
    }

    /** The standard pipeline: "Festival production" in EUR with the default stages. */
    public static PipelineSetup standardPipeline(FixtureOrganization org) {
        return pipeline(org, "Festival production", "EUR");
    }

    /** A deal builder in the pipeline's lead stage, worth {@code value} in the pipeline's currency. */
    public static ImmutableDeal.Builder dealBuilder(FixtureOrganization org, PipelineSetup pipeline, String title, String value) {
        return Deal.builder().organizationId(org.id()).pipelineId(pipeline.pipeline().id()).stageId(pipeline.openStages().get(0).id())
                .title(title).value(new BigDecimal(value)).currency(pipeline.pipeline().currency().orElse("EUR"))
                .ownerUserId(org.owner().id()).source("Referral");
    }

    /** A deal opened in the pipeline's first stage, worth {@code value}. */
    public static Deal deal(FixtureOrganization org, PipelineSetup pipeline, String title, String value) {
        Deal deal = dealBuilder(org, pipeline, title, value).build();
        return org.asOwner(tx -> new DealService(tx).create(deal));
    }

    /**
     * A deal moved into the stage named {@code stage} of the pipeline: an open stage, the won stage (the deal becomes a
     * project) or the lost stage (with a reason).
     */
    public static Deal dealIn(FixtureOrganization org, PipelineSetup pipeline, String title, String value, String stage) {
        Deal deal = deal(org, pipeline, title, value);
        PipelineStage target = pipeline.stage(stage);
        return org.asOwner(tx -> {
            DealService deals = new DealService(tx);
            if (target.isWon()) {
                return deals.win(deal.id()).deal();
            }
            if (target.isLost()) {
                return deals.lose(deal.id(), LOST_REASONS.get(0));
            }
            return deals.moveTo(deal.id(), target.id());
        });
    }

    /** A note logged on a deal. */
    public static Activity note(FixtureOrganization org, Deal deal, String title) {
        return org.asOwner(tx -> new ActivityService(tx).log(Activity.builder().organizationId(org.id()).opportunityId(deal.id())
                .type(ActivityType.NOTE).title(title).userId(org.owner().id()).build()));
    }

    /** An open task on a deal, due at {@code dueAt}. */
    public static Activity task(FixtureOrganization org, Deal deal, String title, Instant dueAt) {
        return org.asOwner(tx -> new ActivityService(tx).log(Activity.builder().organizationId(org.id()).opportunityId(deal.id())
                .type(ActivityType.TASK).title(title).dueAt(dueAt).userId(org.owner().id()).build()));
    }

    /** {@link #salesYear(FixtureOrganization, long)} with the seed 2026: the same year every time. */
    public static SalesYear salesYear(FixtureOrganization org) {
        return salesYear(org, 2026L);
    }

    /**
     * A year of selling, seeded by {@code seed}: three pipelines (festival production in EUR, the default; touring in
     * USD; brand activations in GBP), 60 deals opened over the past year with backdated stage histories (each move
     * dated through its stage entry), about a third won (each a project with its seed budget), about a fifth lost with
     * reasons, and the rest open: about half with an open future activity, the others without one (stale once their
     * pipeline's threshold has passed). Rates of EUR, USD and GBP against the organization's base currency are recorded for every month of the
     * year.
     */
    public static SalesYear salesYear(FixtureOrganization org, long seed) {
        requireNonNull(org, "org is null");
        Random random = new Random(seed);
        List<Company> clients = new ArrayList<>();
        for (String name : List.of("Harbour Lights Promotions", "Northern Sky Festivals", "Velvet Arena Tours", "Brightside Drinks",
                "Copperline Motors", "Meridian Live", "Saltmarsh Arts Trust", "Fable & Finch Fashion")) {
            clients.add(CompanyFixtures.client(org, name + " " + SEQUENCE.incrementAndGet()));
        }
        return org.asOwner(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            Instant yearStart = now.minus(Duration.ofDays(365));
            ExchangeRates rates = new ExchangeRates(tx);
            String base = rates.baseCurrency();
            Map<String, BigDecimal> perEuro = Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("1.0850"), "GBP",
                    new BigDecimal("0.8550"), "CHF", new BigDecimal("0.9400"), "JPY", new BigDecimal("162.50"));
            Set<String> currencies = new LinkedHashSet<>(List.of("EUR", "USD", "GBP"));
            for (String currency : currencies) {
                if (currency.equals(base)) {
                    continue;
                }
                BigDecimal basePerEuro = perEuro.getOrDefault(base, BigDecimal.ONE);
                for (int month = 0; month <= 12; month++) {
                    LocalDate day = LocalDate.ofInstant(yearStart, ZoneOffset.UTC).plusMonths(month).withDayOfMonth(1);
                    BigDecimal drift = BigDecimal.ONE.add(new BigDecimal(random.nextInt(41) - 20).movePointLeft(3));
                    BigDecimal rate = basePerEuro.divide(perEuro.get(currency), 8, java.math.RoundingMode.HALF_UP).multiply(drift)
                            .setScale(6, java.math.RoundingMode.HALF_UP);
                    rates.record(currency, base, rate, day, "fixture");
                }
            }

            PipelineService pipelines = new PipelineService(tx);
            int n = SEQUENCE.incrementAndGet();
            List<PipelineSetup> setups = List.of(
                    pipelines.create(Pipeline.builder().organizationId(org.id()).name("Festival production " + n).currency("EUR")
                            .isDefault(true).build()),
                    pipelines.create(Pipeline.builder().organizationId(org.id()).name("Touring " + n).currency("USD")
                            .staleAfterDays(21).build()),
                    pipelines.create(Pipeline.builder().organizationId(org.id()).name("Brand activations " + n).currency("GBP")
                            .staleAfterDays(10).build()));
            List<String> kinds = List.of("Festival", "Tour", "Activation");
            List<String> places = List.of("Harbourside", "Northfield", "Riverbend", "Old Docks", "Castle Park", "Lakeshore",
                    "Eastgate", "Highmoor", "Millbrook", "Seaview");

            DealService deals = new DealService(tx);
            ActivityService activities = new ActivityService(tx);
            List<Deal> made = new ArrayList<>();
            Map<UUID, UUID> projects = new HashMap<>();
            Set<UUID> stale = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                PipelineSetup setup = setups.get(i % 3);
                List<PipelineStage> open = setup.openStages();
                Instant opened = yearStart.plus(Duration.ofHours(6L + random.nextInt(24 * 300)));
                BigDecimal value = new BigDecimal(8_000 + random.nextInt(1_800) * 500);
                LocalDate close = LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(30 + random.nextInt(120));
                LocalDate starts = close.plusDays(30 + random.nextInt(90));
                String title = places.get(random.nextInt(places.size())) + " " + kinds.get(i % 3) + " " + (2026 + random.nextInt(2))
                        + " #" + (i + 1);
                Deal deal = deals.create(Deal.builder().organizationId(org.id()).pipelineId(setup.pipeline().id())
                        .stageId(open.get(0).id()).title(title).companyId(clients.get(random.nextInt(clients.size())).id())
                        .ownerUserId(org.owner().id()).value(value).currency(setup.pipeline().currency().orElseThrow())
                        .expectedCloseDate(close).startsOn(starts).endsOn(starts.plusDays(random.nextInt(4)))
                        .source(List.of("Referral", "Tender", "Inbound enquiry", "Repeat client").get(random.nextInt(4)))
                        .stageEnteredAt(opened).build());
                int outcome = random.nextInt(100);
                int reach = outcome < 45 ? random.nextInt(open.size()) : open.size() - 1;
                Instant at = opened;
                for (int stage = 1; stage <= reach; stage++) {
                    Instant next = at.plus(Duration.ofHours(24L * (3 + random.nextInt(18)) + random.nextInt(24)));
                    if (next.isAfter(now.minus(Duration.ofDays(1)))) {
                        break;
                    }
                    at = next;
                    deal = deals.moveTo(deal.id(), open.get(stage).id(), at);
                }
                Instant closing = at.plus(Duration.ofDays(2 + random.nextInt(20)));
                boolean closable = closing.isBefore(now.minus(Duration.ofDays(1)));
                if (outcome >= 45 && outcome < 78 && closable) {
                    WonDeal won = deals.win(deal.id(), closing);
                    deal = won.deal();
                    projects.put(deal.id(), won.projectId());
                } else if (outcome >= 78 && closable) {
                    deal = deals.lose(deal.id(), LOST_REASONS.get(random.nextInt(LOST_REASONS.size())), closing);
                } else if (random.nextBoolean()) {
                    activities.log(Activity.builder().organizationId(org.id()).opportunityId(deal.id())
                            .type(random.nextBoolean() ? ActivityType.CALL : ActivityType.MEETING).title("Follow-up with the client")
                            .dueAt(now.plus(Duration.ofHours(24L + random.nextInt(24 * 14)))).userId(org.owner().id()).build());
                } else {
                    stale.add(deal.id());
                }
                made.add(deal);
            }
            return new SalesYear(now, setups, made, projects, stale, currencies);
        });
    }
}
