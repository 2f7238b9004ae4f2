package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.core.tenancy.ContextKey;
import dev.atlvs.testing.SqlContext;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Sales pipelines with dated stage histories, set-based: per organization, in one tenant transaction of its owner, a
 * pipeline with the default six stages, {@code deals} deals entering the lead stage on a day of the last year (values up
 * to 200,000 in USD, EUR or GBP, closes expected within three months either side of today), then four rounds of moves:
 * in each, about 70 % of the deals of an open stage move on (12 % of them to the lost stage, with a reason) some days
 * later, the last round from negotiation to won. Each move goes through the deal's triggers like any other (conversion
 * fact, stage-change activity, audit), so the generator measures them too. Open tasks are added to a tenth of the deals.
 * Exchange rates EUR and GBP to USD are recorded per organization.
 *
 * <p>{@link #generateBulk} makes the same data set-based, for large sizes: the organizations, owners and exchange rates
 * through the SDK as above, then the pipelines, stages, deals, conversion facts, stage-change and task activities and
 * the reporting copy of the facts with {@code insert ... select} over many organizations at once, on one superuser
 * connection with {@code session_replication_role = replica} (no trigger, no foreign-key check, no row-level
 * security). Every column the triggers derive is computed as they compute it; audit rows and search documents are not
 * written. {@link #verifyBulk} checks the result against the triggers.
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

    /** The default stages of a generated pipeline: name, order, probability, forecast category, won, lost. */
    private static final String STAGES = """
            (values ('Lead', 1, 10, 'pipeline', false, false), ('Qualified', 2, 25, 'pipeline', false, false),
                    ('Proposal', 3, 50, 'best_case', false, false), ('Negotiation', 4, 75, 'commit', false, false),
                    ('Won', 5, 100, 'closed', true, false), ('Lost', 6, 0, 'omitted', false, true))
                s(name, stage_order, probability, category, won, lost)""";

    /** Organizations loaded per transaction by {@link #generateBulk}. */
    private static final int BULK_CHUNK = 100;

    /**
     * The same data set as {@link #generate}, written set-based on {@code admin} (a superuser connection: it bypasses
     * row-level security and sets {@code session_replication_role = replica}, so no trigger and no foreign-key check
     * fires). Organizations, owners and exchange rates go through the SDK; the rest is computed as the triggers compute
     * it ({@code derive_deal}, {@code record_deal_move}, {@code copy_pipeline_conversion}, the standard columns) and
     * inserted {@value #BULK_CHUNK} organizations per statement. Not written: audit rows and search documents.
     */
    List<Tenant> generateBulk(DataSource admin, int organizations, int deals) throws SQLException {
        long started = System.nanoTime();
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            User owner = atlvs.platform().registerUser(User.builder().email("owner" + i + "@pipeline-bench.example")
                    .displayName("Sales lead " + i).build());
            Organization organization = atlvs.platform().createOrganization(Organization.builder().id(Ids.newId())
                    .name("Pipeline Bench " + i).slug("pipeline-bench-" + i).build(), owner.id()).organization();
            atlvs.inTenant(organization.id(), owner.id(), tx -> {
                ExchangeRates rates = new ExchangeRates(tx);
                rates.record("EUR", "USD", new BigDecimal("1.10"), LocalDate.of(2020, 1, 1), "bench");
                rates.record("GBP", "USD", new BigDecimal("1.25"), LocalDate.of(2020, 1, 1), "bench");
                return null;
            });
            tenants.add(new Tenant(organization.id(), owner.id(), Ids.newId()));
        }
        log.printf(Locale.ROOT, "pipeline data (bulk): %d organizations and owners through the SDK in %.1f s%n", organizations,
                (System.nanoTime() - started) / 1e9);
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.execute("select setseed(0.42)");
            }
            for (int from = 0; from < tenants.size(); from += BULK_CHUNK) {
                loadChunk(connection, tenants.subList(from, Math.min(tenants.size(), from + BULK_CHUNK)), from, deals);
                connection.commit();
                int done = Math.min(tenants.size(), from + BULK_CHUNK);
                double seconds = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "pipeline data (bulk): %d/%d organizations, %d deals, %.1f s (%.0f deals/s)%n", done,
                        organizations, (long) done * deals, seconds, done * (double) deals / seconds);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
            }
            connection.commit();
        }
        return tenants;
    }

    private static void loadChunk(Connection connection, List<Tenant> tenants, int first, int deals) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temp table bench_orgs (n integer, organization_id uuid, owner_id uuid, pipeline_id uuid, close_day date)
                        on commit drop""");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_orgs (n, organization_id, owner_id, pipeline_id) values (?, ?, ?, ?)")) {
                for (int i = 0; i < tenants.size(); i++) {
                    insert.setInt(1, first + i);
                    insert.setObject(2, tenants.get(i).organizationId());
                    insert.setObject(3, tenants.get(i).ownerId());
                    insert.setObject(4, tenants.get(i).pipelineId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // derive_deal: the close date of a won or lost deal is today in the organization's time zone
            statement.execute("""
                    update bench_orgs b set close_day = (now() at time zone coalesce(o.timezone, 'UTC'))::date
                      from atlvs.organizations o where o.id = b.organization_id""");
            statement.execute("""
                    insert into atlvs.pipelines (organization_id, id, name, currency, is_default, status, stale_after_days,
                                                 created_at, created_by, updated_at, updated_by, version)
                    select b.organization_id, b.pipeline_id, 'Festival sales', 'USD', true, 'active', 14, now(), b.owner_id,
                           now(), b.owner_id, 1
                      from bench_orgs b order by b.n""");
            statement.execute("""
                    create temp table bench_stages on commit drop as
                    select b.organization_id, b.pipeline_id, b.owner_id, atlvs.uuid_v7() as id, s.name, s.stage_order,
                           s.probability::numeric(5,2) as probability, s.category, s.won, s.lost
                      from bench_orgs b cross join %s
                     order by b.n, s.stage_order""".formatted(STAGES));
            statement.execute("""
                    insert into atlvs.pipeline_stages (organization_id, id, pipeline_id, name, stage_order, probability,
                                                       forecast_category, is_won, is_lost, created_at, created_by,
                                                       updated_at, updated_by, version)
                    select s.organization_id, s.id, s.pipeline_id, s.name, s.stage_order, s.probability, s.category, s.won,
                           s.lost, now(), s.owner_id, now(), s.owner_id, 1
                      from bench_stages s""");
            statement.execute("analyze bench_stages");
        }
        // Each deal: entered the lead stage at t1; move k (k = 1..4) happens while the deal is open in stage k and its
        // random number r_k < 0.7, to the lost stage when r_k < 0.12, else to the next stage (won after the fourth),
        // dated least(now - 1 minute, previous + (1 + r_k * 25) days): the generator's trigger path, deal by deal.
        try (PreparedStatement plan = connection.prepareStatement("""
                create temp table bench_deals on commit drop as
                with p as materialized (
                    select b.n, b.organization_id, b.pipeline_id, b.owner_id, b.close_day, g, atlvs.uuid_v7() as id,
                           round((random() * 200000)::numeric, 2)::numeric(19,4) as value,
                           (array['USD', 'USD', 'USD', 'EUR', 'GBP'])[1 + floor(random() * 5)::integer]::char(3) as currency,
                           current_date + (random() * 180 - 90)::integer as expected_close_date,
                           now() - (90 + random() * 270) * interval '1 day' as t1,
                           random() as r1, random() as r2, random() as r3, random() as r4
                      from bench_orgs b cross join generate_series(1, ?) g
                     order by b.n, g)
                select p.*, t2.t2, t3.t3, t4.t4, t5.t5, m.moves,
                       case when m.moves = 0 then 1
                            when (array[p.r1, p.r2, p.r3, p.r4])[m.moves] < 0.12 then 6
                            else m.moves + 1 end as final_order
                  from p
                 cross join lateral (select least(now() - interval '1 minute', p.t1 + (1 + p.r1 * 25) * interval '1 day') as t2) t2
                 cross join lateral (select least(now() - interval '1 minute', t2.t2 + (1 + p.r2 * 25) * interval '1 day') as t3) t3
                 cross join lateral (select least(now() - interval '1 minute', t3.t3 + (1 + p.r3 * 25) * interval '1 day') as t4) t4
                 cross join lateral (select least(now() - interval '1 minute', t4.t4 + (1 + p.r4 * 25) * interval '1 day') as t5) t5
                 cross join lateral (select case when p.r1 >= 0.7 then 0 when p.r1 < 0.12 then 1
                                                 when p.r2 >= 0.7 then 1 when p.r2 < 0.12 then 2
                                                 when p.r3 >= 0.7 then 2 when p.r3 < 0.12 then 3
                                                 when p.r4 >= 0.7 then 3 else 4 end as moves) m
                 order by p.n, p.g""")) {
            plan.setInt(1, deals);
            plan.execute();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze bench_deals");
            // One step per stage entered: step 1 the lead stage, step k + 1 the stage move k led to.
            statement.execute("""
                    create temp table bench_steps on commit drop as
                    select x.*, atlvs.uuid_v7() as conversion_id
                      from (select d.organization_id, d.pipeline_id, d.owner_id, d.id as deal_id, d.value, d.currency, k.step,
                                   case when k.step > 1 then k.step - 1 end as from_order,
                                   case when k.step = 1 then 1
                                        when (array[d.r1, d.r2, d.r3, d.r4])[k.step - 1] < 0.12 then 6
                                        else k.step end as to_order,
                                   (array[d.t1, d.t2, d.t3, d.t4, d.t5])[k.step] as at,
                                   case when k.step > 1
                                        then greatest(0, round((extract(epoch from ((array[d.t1, d.t2, d.t3, d.t4, d.t5])[k.step]
                                                                              - (array[d.t1, d.t2, d.t3, d.t4, d.t5])[k.step - 1])) / 86400)::numeric, 2))
                                   end::numeric(10,2) as days
                              from bench_deals d cross join generate_series(1, 5) k(step)
                             where k.step <= d.moves + 1
                             order by d.n, d.g, k.step) x""");
            statement.execute("analyze bench_steps");
            statement.execute("""
                    insert into atlvs.pipeline_opportunities (organization_id, id, pipeline_id, stage_id, title, owner_user_id, value,
                                                              currency, probability, probability_override, forecast_category,
                                                              expected_close_date, actual_close_date, status, deal_size,
                                                              lost_reason, stage_entered_at, stage_name, company_name,
                                                              created_at, created_by, updated_at, updated_by, version)
                    select d.organization_id, d.id, d.pipeline_id, s.id, 'Deal ' || d.g, d.owner_id, d.value, d.currency,
                           s.probability, null, s.category, d.expected_close_date,
                           case when s.won or s.lost then d.close_day end,
                           case when s.won then 'won' when s.lost then 'lost' else 'active' end,
                           case when d.value is null then null when d.value < 25000 then 'small' when d.value < 100000 then 'medium'
                                when d.value < 500000 then 'large' else 'enterprise' end,
                           case when s.lost then 'Budget went to another producer' end,
                           (array[d.t1, d.t2, d.t3, d.t4, d.t5])[d.moves + 1], s.name, null,
                           now(), d.owner_id, now(), d.owner_id, 1 + d.moves
                      from bench_deals d
                      join bench_stages s on s.organization_id = d.organization_id and s.stage_order = d.final_order
                     order by d.n, d.g""");
            statement.execute("""
                    insert into atlvs.pipeline_conversions (organization_id, id, opportunity_id, pipeline_id, from_stage_id,
                                                            to_stage_id, moved_at, moved_by, days_in_from_stage, value_at_move,
                                                            currency, probability)
                    select t.organization_id, t.conversion_id, t.deal_id, t.pipeline_id, f.id, s.id, t.at, t.owner_id, t.days,
                           t.value, t.currency, s.probability
                      from bench_steps t
                      join bench_stages s on s.organization_id = t.organization_id and s.stage_order = t.to_order
                      left join bench_stages f on f.organization_id = t.organization_id and f.stage_order = t.from_order""");
            statement.execute("""
                    insert into atlvs_reporting.pipeline_conversion_facts (organization_id, id, opportunity_id, pipeline_id,
                                                                           to_stage_id, outcome, moved_at, days_in_from_stage,
                                                                           value_at_move, currency)
                    select t.organization_id, t.conversion_id, t.deal_id, t.pipeline_id, s.id,
                           case when s.won then 'won' when s.lost then 'lost' else 'open' end, t.at, t.days, t.value, t.currency
                      from bench_steps t
                      join bench_stages s on s.organization_id = t.organization_id and s.stage_order = t.to_order""");
            statement.execute("""
                    insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, completed, completed_at,
                                                           user_id, from_stage_id, to_stage_id, created_at, created_by,
                                                           updated_at, updated_by, version)
                    select t.organization_id, t.deal_id, 'stage_change', left(format('Moved from %s to %s', f.name, s.name), 300),
                           true, t.at, t.owner_id, f.id, s.id, now(), t.owner_id, now(), t.owner_id, 1
                      from bench_steps t
                      join bench_stages s on s.organization_id = t.organization_id and s.stage_order = t.to_order
                      join bench_stages f on f.organization_id = t.organization_id and f.stage_order = t.from_order
                     where t.step > 1""");
            statement.execute("""
                    insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, due_at, created_at,
                                                           created_by, updated_at, updated_by, version)
                    select d.organization_id, d.id, 'task', 'Follow up', now() + interval '3 days', now(), d.owner_id, now(),
                           d.owner_id, 1
                      from bench_deals d
                     where d.final_order <= 4 and random() < 0.1""");
        }
    }

    /**
     * Checks the generated data against the triggers, on {@code admin} (a superuser connection), after a refresh of the
     * materialized funnel; throws {@link IllegalStateException} on the first disagreement. For a few organizations spread
     * over the list: the live funnel ({@code pipeline_funnel_monthly_live}) equals the materialized one row for row and
     * every row has entered = moved on + lost + won + still there; each deal's status, probability, forecast category,
     * stage name, close date, lost reason and size follow its stage and value; its conversion facts form one chain from
     * the lead stage to its stage (dates, days in the stage left, value, probability, version) and each has its
     * reporting copy and, for a move, its stage-change activity. Then, for some deals of each final stage of two of them,
     * the deal is replayed through the triggers (inserted in the lead stage, moved on the same dates, in a tenant
     * transaction rolled back) and its derived columns, conversion facts, stage-change activities and reporting copies
     * compared with the generated ones. Over all organizations: one reporting copy per conversion fact and one
     * stage-change activity per move. Returns what was checked, for the summary.
     */
    static String verify(DataSource admin, ContextKey key, List<Tenant> tenants, PrintStream log) throws SQLException {
        long started = System.nanoTime();
        List<Tenant> sample = new ArrayList<>();
        for (int index : new int[] {0, tenants.size() / 4, tenants.size() / 2, 3 * tenants.size() / 4, tenants.size() - 1}) {
            if (!sample.contains(tenants.get(index))) {
                sample.add(tenants.get(index));
            }
        }
        int replayed = 0;
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
                expectZero(statement, "reporting copies missing or extra over all organizations", """
                        select abs((select count(*) from atlvs.pipeline_conversions)
                                   - (select count(*) from atlvs_reporting.pipeline_conversion_facts))""");
                expectZero(statement, "stage-change activities missing or extra over all organizations", """
                        select abs((select count(*) from atlvs.pipeline_conversions where from_stage_id is not null)
                                   - (select count(*) from atlvs.pipeline_activities where type = 'stage_change'))""");
            }
            for (Tenant tenant : sample) {
                checkOrganization(connection, tenant);
            }
            for (Tenant tenant : sample.subList(0, Math.min(2, sample.size()))) {
                replayed += replay(connection, key, tenant);
            }
        }
        String checked = String.format(Locale.ROOT, "checked against the triggers in %.1f s: %d organizations (live = materialized "
                + "funnel, derived columns, conversion chains, copies, activities), %d deals replayed through the triggers",
                (System.nanoTime() - started) / 1e9, sample.size(), replayed);
        log.println("pipeline data " + checked);
        return checked;
    }

    private static void checkOrganization(Connection connection, Tenant tenant) throws SQLException {
        String org = "'" + tenant.organizationId() + "'::uuid";
        try (Statement statement = connection.createStatement()) {
            expectZero(statement, "live and materialized funnels differ for " + tenant.organizationId(), """
                    with live as (select organization_id, pipeline_id, stage_id, month, currency, entered, moved_on, lost, won,
                                         still_there, days_in_stage_sum, days_in_stage_count, value_sum, cycle_days_sum,
                                         cycle_count
                                    from atlvs.pipeline_funnel_monthly_live where organization_id = %1$s),
                         mat as (select organization_id, pipeline_id, stage_id, month, currency, entered, moved_on, lost, won,
                                        still_there, days_in_stage_sum, days_in_stage_count, value_sum, cycle_days_sum,
                                        cycle_count
                                   from atlvs_reporting.pipeline_funnel_monthly where organization_id = %1$s)
                    select (select count(*) from (select * from live except all select * from mat) a)
                         + (select count(*) from (select * from mat except all select * from live) b)
                         + (select count(*) from live where entered <> moved_on + lost + won + still_there)
                         + (select case when count(*) = 0 then 1 else 0 end from mat)""".formatted(org));
            expectZero(statement, "deals whose derived columns disagree with their stage in " + tenant.organizationId(), """
                    select count(*)
                      from atlvs.pipeline_opportunities o
                      join atlvs.pipeline_stages s on s.organization_id = o.organization_id and s.id = o.stage_id
                     where o.organization_id = %s
                       and (s.pipeline_id <> o.pipeline_id
                            or o.status <> case when s.is_won then 'won' when s.is_lost then 'lost' else 'active' end
                            or o.probability <> s.probability or o.forecast_category <> s.forecast_category
                            or o.stage_name is distinct from s.name or o.probability_override is not null
                            or (o.actual_close_date is not null) <> (s.is_won or s.is_lost)
                            or (o.lost_reason is not null) <> s.is_lost
                            or o.deal_size is distinct from case when o.value is null then null when o.value < 25000 then 'small'
                                                                 when o.value < 100000 then 'medium'
                                                                 when o.value < 500000 then 'large' else 'enterprise' end)""".formatted(org));
            expectZero(statement, "conversion facts that do not chain up to their deal in " + tenant.organizationId(), """
                    select count(*)
                      from (select c.*, lag(c.to_stage_id) over w as previous_stage, lag(c.moved_at) over w as previous_at,
                                   row_number() over w as k, count(*) over (partition by c.opportunity_id) as n
                              from atlvs.pipeline_conversions c
                             where c.organization_id = %1$s
                            window w as (partition by c.opportunity_id order by c.moved_at, c.id)) c
                      join atlvs.pipeline_opportunities o on o.organization_id = c.organization_id and o.id = c.opportunity_id
                      join atlvs.pipeline_stages s on s.organization_id = c.organization_id and s.id = c.to_stage_id
                      left join atlvs_reporting.pipeline_conversion_facts f on f.organization_id = c.organization_id and f.id = c.id
                      left join atlvs.pipeline_activities a on a.organization_id = c.organization_id and a.opportunity_id = c.opportunity_id
                                and a.type = 'stage_change' and a.to_stage_id = c.to_stage_id and a.completed_at = c.moved_at
                     where c.from_stage_id is distinct from c.previous_stage
                        or c.days_in_from_stage is distinct from
                           case when c.k > 1
                                then greatest(0, round((extract(epoch from (c.moved_at - c.previous_at)) / 86400)::numeric, 2)) end
                        or (c.k = 1 and (s.stage_order <> 1 or c.from_stage_id is not null))
                        or (c.k = c.n and (c.to_stage_id <> o.stage_id or c.moved_at <> o.stage_entered_at))
                        or c.n <> o.version or c.pipeline_id <> o.pipeline_id or c.moved_by is distinct from o.owner_user_id
                        or c.value_at_move is distinct from o.value or c.currency is distinct from o.currency
                        or c.probability <> s.probability
                        or f.id is null or f.opportunity_id <> c.opportunity_id or f.pipeline_id <> c.pipeline_id
                        or f.to_stage_id <> c.to_stage_id or f.moved_at <> c.moved_at
                        or f.days_in_from_stage is distinct from c.days_in_from_stage
                        or f.value_at_move is distinct from c.value_at_move or f.currency is distinct from c.currency::text
                        or f.outcome <> case when s.is_won then 'won' when s.is_lost then 'lost' else 'open' end or f.deal_deleted
                        or (c.from_stage_id is null) <> (a.id is null)
                        or (a.id is not null and (a.from_stage_id <> c.from_stage_id or a.user_id is distinct from c.moved_by
                                                  or not a.completed))""".formatted(org));
        }
    }

    /** Replays some deals of the tenant through the triggers and compares; returns how many. */
    private static int replay(Connection connection, ContextKey key, Tenant tenant) throws SQLException {
        List<UUID> deals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id from (select o.id, row_number() over (partition by o.stage_id order by o.id) as k
                                  from atlvs.pipeline_opportunities o where o.organization_id = ?) x
                 where k <= 5 order by id""")) {
            select.setObject(1, tenant.organizationId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    deals.add(rows.getObject(1, UUID.class));
                }
            }
        }
        connection.setAutoCommit(false);
        try {
            SqlContext.of(key).tenant(connection, tenant.organizationId(), tenant.ownerId());
            for (UUID deal : deals) {
                UUID copy = Ids.newId();
                List<Object[]> moves = new ArrayList<>();
                try (PreparedStatement steps = connection.prepareStatement("""
                        select c.to_stage_id, c.moved_at, s.is_lost from atlvs.pipeline_conversions c
                          join atlvs.pipeline_stages s on s.organization_id = c.organization_id and s.id = c.to_stage_id
                         where c.organization_id = ? and c.opportunity_id = ? order by c.moved_at, c.id""")) {
                    steps.setObject(1, tenant.organizationId());
                    steps.setObject(2, deal);
                    try (ResultSet rows = steps.executeQuery()) {
                        while (rows.next()) {
                            moves.add(new Object[] {rows.getObject(1, UUID.class), rows.getObject(2), rows.getBoolean(3)});
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into atlvs.pipeline_opportunities (organization_id, id, pipeline_id, stage_id, title, value, currency,
                                                                  expected_close_date, stage_entered_at, owner_user_id)
                        select o.organization_id, ?, o.pipeline_id, ?, o.title, o.value, o.currency, o.expected_close_date, ?,
                               o.owner_user_id
                          from atlvs.pipeline_opportunities o where o.organization_id = ? and o.id = ?""")) {
                    insert.setObject(1, copy);
                    insert.setObject(2, moves.get(0)[0]);
                    insert.setObject(3, moves.get(0)[1]);
                    insert.setObject(4, tenant.organizationId());
                    insert.setObject(5, deal);
                    insert.executeUpdate();
                }
                try (PreparedStatement move = connection.prepareStatement("""
                        update atlvs.pipeline_opportunities
                           set stage_id = ?, lost_reason = case when ? then 'Budget went to another producer' end, stage_entered_at = ?
                         where organization_id = ? and id = ?""")) {
                    for (Object[] step : moves.subList(1, moves.size())) {
                        move.setObject(1, step[0]);
                        move.setBoolean(2, (Boolean) step[2]);
                        move.setObject(3, step[1]);
                        move.setObject(4, tenant.organizationId());
                        move.setObject(5, copy);
                        move.executeUpdate();
                    }
                }
                String generated = signature(connection, tenant.organizationId(), deal);
                String replayed = signature(connection, tenant.organizationId(), copy);
                if (!generated.equals(replayed)) {
                    throw new IllegalStateException("the generated deal " + deal + " differs from its replay through the triggers:\n"
                            + "generated " + generated + "\nreplayed  " + replayed);
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return deals.size();
    }

    /** What the triggers derive for a deal: its columns, conversion facts, stage-change activities and reporting copies. */
    private static String signature(Connection connection, UUID organization, UUID deal) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select jsonb_build_object(
                    'deal', (select jsonb_build_array(o.pipeline_id, o.stage_id, o.title, o.value, o.currency, o.probability,
                                                      o.probability_override, o.forecast_category, o.expected_close_date,
                                                      o.actual_close_date, o.status, o.deal_size, o.lost_reason,
                                                      o.stage_entered_at, o.stage_name, o.company_name, o.owner_user_id,
                                                      o.created_by, o.updated_by, o.version, o.tags, o.custom_fields, o.deleted_at)
                               from atlvs.pipeline_opportunities o where o.organization_id = ?1 and o.id = ?2),
                    'conversions', (select jsonb_agg(jsonb_build_array(c.pipeline_id, c.from_stage_id, c.to_stage_id, c.moved_at,
                                                                       c.moved_by, c.days_in_from_stage, c.value_at_move, c.currency,
                                                                       c.probability) order by c.moved_at, c.id)
                                      from atlvs.pipeline_conversions c where c.organization_id = ?1 and c.opportunity_id = ?2),
                    'activities', (select jsonb_agg(jsonb_build_array(a.type, a.title, a.description, a.due_at, a.completed,
                                                                      a.completed_at, a.user_id, a.from_stage_id, a.to_stage_id,
                                                                      a.created_by, a.version) order by a.completed_at, a.id)
                                     from atlvs.pipeline_activities a
                                    where a.organization_id = ?1 and a.opportunity_id = ?2 and a.type = 'stage_change'),
                    'facts', (select jsonb_agg(jsonb_build_array(f.pipeline_id, f.to_stage_id, f.outcome, f.moved_at,
                                                                 f.days_in_from_stage, f.value_at_move, f.currency, f.deal_deleted)
                                               order by f.moved_at, f.id)
                                from atlvs_reporting.pipeline_conversion_facts f
                               where f.organization_id = ?1 and f.opportunity_id = ?2))::text""".replace("?1", "?::uuid")
                .replace("?2", "?::uuid"))) {
            // ?1 and ?2 appear four times each, in that order
            for (int i = 0; i < 4; i++) {
                select.setObject(2 * i + 1, organization);
                select.setObject(2 * i + 2, deal);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void expectZero(Statement statement, String what, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long count = row.getLong(1);
            if (count != 0) {
                throw new IllegalStateException("pipeline data does not match the triggers: " + what + " (" + count + ")");
            }
        }
    }
}
