package dev.atlvs.pipeline.sales;

import dev.atlvs.core.TenantTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sales test data written by raw SQL in a tenant transaction: pipelines with their stages, deals, moves dated in the
 * past (the database writes the conversion facts), and activities.
 */
public final class SalesData {

    private SalesData() {}

    /** A pipeline and its stages, in the order lead, qualified, proposal, negotiation, won, lost. */
    public record Stages(UUID pipeline, UUID lead, UUID qualified, UUID proposal, UUID negotiation, UUID won, UUID lost) {

        /** The open stages, first to last. */
        public java.util.List<UUID> open() {
            return java.util.List.of(lead, qualified, proposal, negotiation);
        }

        /** The probability of an open stage. */
        public int probability(UUID stage) {
            return stage.equals(lead) ? 10 : stage.equals(qualified) ? 25 : stage.equals(proposal) ? 50 : stage.equals(negotiation) ? 75
                    : stage.equals(won) ? 100 : 0;
        }
    }

    /**
     * A pipeline with the default stages: lead 10 % (pipeline), qualified 25 % (pipeline), proposal 50 % (best case),
     * negotiation 75 % (commit), won, lost. Written in the caller's transaction: the won and lost stages are checked at
     * its commit.
     */
    public static Stages pipeline(TenantTransaction tx, String name, int staleAfterDays) {
        UUID pipeline = tx.handle().createQuery("""
                insert into atlvs.pipelines (organization_id, name, currency, stale_after_days)
                values (:org, :name, 'USD', :stale) returning id
                """).bind("org", tx.organizationId()).bind("name", name).bind("stale", staleAfterDays).mapTo(UUID.class).one();
        return new Stages(pipeline,
                stage(tx, pipeline, "Lead", 1, 10, "pipeline", false, false),
                stage(tx, pipeline, "Qualified", 2, 25, "pipeline", false, false),
                stage(tx, pipeline, "Proposal", 3, 50, "best_case", false, false),
                stage(tx, pipeline, "Negotiation", 4, 75, "commit", false, false),
                stage(tx, pipeline, "Won", 5, 100, "closed", true, false),
                stage(tx, pipeline, "Lost", 6, 0, "omitted", false, true));
    }

    private static UUID stage(TenantTransaction tx, UUID pipeline, String name, int order, int probability, String category,
            boolean won, boolean lost) {
        return tx.handle().createQuery("""
                insert into atlvs.pipeline_stages (organization_id, pipeline_id, name, stage_order, probability, forecast_category,
                                                   is_won, is_lost)
                values (:org, :pipeline, :name, :order, :probability, :category, :won, :lost) returning id
                """).bind("org", tx.organizationId()).bind("pipeline", pipeline).bind("name", name).bind("order", order)
                .bind("probability", probability).bind("category", category).bind("won", won).bind("lost", lost)
                .mapTo(UUID.class).one();
    }

    /** A deal entering {@code stage} at {@code enteredAt}, with a value (or none), expected to close on {@code expectedClose}. */
    public static UUID deal(TenantTransaction tx, Stages stages, UUID stage, String title, BigDecimal value, String currency,
            LocalDate expectedClose, Instant enteredAt) {
        return tx.handle().createQuery("""
                insert into atlvs.pipeline_opportunities (organization_id, pipeline_id, stage_id, title, value, currency,
                                                          expected_close_date, stage_entered_at, owner_user_id)
                values (:org, :pipeline, :stage, :title, :value, :currency, :close, :at, :owner) returning id
                """).bind("org", tx.organizationId()).bind("pipeline", stages.pipeline()).bind("stage", stage).bind("title", title)
                .bind("value", value).bind("currency", currency).bind("close", expectedClose).bind("at", enteredAt)
                .bind("owner", tx.actorId()).mapTo(UUID.class).one();
    }

    /** A deal of {@code value} dollars entering {@code stage} at {@code enteredAt}. */
    public static UUID deal(TenantTransaction tx, Stages stages, UUID stage, String title, String value, String currency,
            Instant enteredAt) {
        return deal(tx, stages, stage, title, new BigDecimal(value), currency, LocalDate.of(2026, 7, 15), enteredAt);
    }

    /** Moves a deal to {@code stage} at {@code at} (not before its previous move); a move to the lost stage gives a reason. */
    public static void move(TenantTransaction tx, UUID deal, UUID stage, Instant at) {
        tx.handle().createUpdate("""
                update atlvs.pipeline_opportunities
                   set stage_id = :stage, stage_entered_at = :at,
                       lost_reason = case when (select s.is_lost from atlvs.pipeline_stages s
                                                 where s.organization_id = :org and s.id = :stage)
                                          then 'Client chose another producer' end
                 where organization_id = :org and id = :id
                """).bind("stage", stage).bind("at", at).bind("org", tx.organizationId()).bind("id", deal).execute();
    }

    /** Wins a deal at {@code at}, closed on {@code closedOn}. */
    public static void win(TenantTransaction tx, Stages stages, UUID deal, Instant at, LocalDate closedOn) {
        tx.handle().createUpdate("""
                update atlvs.pipeline_opportunities set stage_id = :stage, stage_entered_at = :at, actual_close_date = :closed
                 where organization_id = :org and id = :id
                """).bind("stage", stages.won()).bind("at", at).bind("closed", closedOn).bind("org", tx.organizationId())
                .bind("id", deal).execute();
    }

    /** An activity of a deal: open with a due time, or completed at a time. */
    public static void activity(TenantTransaction tx, UUID deal, String type, String title, Instant dueAt, Instant completedAt) {
        tx.handle().createUpdate("""
                insert into atlvs.pipeline_activities (organization_id, opportunity_id, type, title, due_at, completed, completed_at)
                values (:org, :deal, :type, :title, :due, :completed, :completedAt)
                """).bind("org", tx.organizationId()).bind("deal", deal).bind("type", type).bind("title", title)
                .bind("due", dueAt).bind("completed", completedAt != null).bind("completedAt", completedAt).execute();
    }
}
