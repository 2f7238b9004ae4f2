package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.automation.ActionContext;
import dev.atlvs.core.automation.AutomationAction;
import dev.atlvs.core.automation.Params;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.notification.Notification;
import dev.atlvs.core.notification.NotificationRequest;
import dev.atlvs.core.notification.NotificationService;
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityService;
import dev.atlvs.pipeline.sales.activity.ActivityType;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealService;
import dev.atlvs.pipeline.sales.deal.ImmutableDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The action types of pipeline automations (see {@link PipelineAutomations}). */
final class PipelineActions {

    private PipelineActions() {}

    /** The deal of the event, as it is now. */
    static DealState deal(TenantTransaction tx, UUID id) {
        return tx.repository(DealAutomationRepository.class).find(id)
                .orElseThrow(() -> new NotFoundException(CoreErrorCode.NOT_FOUND, "Deal", "the deal of the automation was not found"));
    }

    /**
     * Logs a task on the deal through the activity service, assigned to its owner: params {@code title}, optional
     * {@code description} and {@code due_in_days} (0 to 365, default 1).
     */
    static final AutomationAction CREATE_TASK = new AutomationAction() {
        @Override
        public String name() {
            return PipelineAutomations.CREATE_TASK;
        }

        @Override
        public void validate(Params params) {
            params.only("title", "description", "due_in_days");
            params.text("title", 300);
            params.optionalText("description", 10_000);
            params.optionalInteger("due_in_days", 0, 365);
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            TenantTransaction tx = context.tx();
            DealState deal = deal(tx, context.event().entityId());
            Instant due = tx.now().plus(params.optionalInteger("due_in_days", 0, 365).orElse(1), ChronoUnit.DAYS);
            Activity task = new ActivityService(tx).log(Activity.builder().organizationId(tx.organizationId())
                    .opportunityId(deal.id()).type(ActivityType.TASK).title(params.text("title", 300))
                    .description(params.optionalText("description", 10_000)).dueAt(due).userId(deal.ownerUserId()).build());
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("activity_id", task.id());
            changes.put("due_at", due);
            changes.put("user_id", deal.ownerUserId().orElse(null));
            return changes;
        }
    };

    /**
     * Notifies the deal's owner (nobody when the deal has none): params {@code title} and optional {@code body}. The
     * notification links to the deal.
     */
    static final AutomationAction NOTIFY_OWNER = new AutomationAction() {
        @Override
        public String name() {
            return PipelineAutomations.NOTIFY_OWNER;
        }

        @Override
        public void validate(Params params) {
            params.only("title", "body");
            params.text("title", 200);
            params.optionalText("body", 4000);
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            TenantTransaction tx = context.tx();
            DealState deal = deal(tx, context.event().entityId());
            if (deal.ownerUserId().isEmpty()) {
                return Map.of("notified", List.of());
            }
            var request = NotificationRequest.builder().type(PipelineAutomations.NOTIFICATION_TYPE)
                    .title(params.text("title", 200)).body(params.optionalText("body", 4000))
                    .link("/pipeline/deals/" + deal.id())
                    .data("{\"deal_id\": \"" + deal.id() + "\", \"automation_id\": \"" + context.rule().id() + "\"}");
            EntityTypes.find(PipelineAutomations.ENTITY_TYPE)
                    .filter(type -> type.table().name().equals("pipeline_opportunities"))
                    .ifPresent(type -> request.entity(type.ref(deal.id())));
            List<Notification> sent = new NotificationService(tx).notify(List.of(deal.ownerUserId().get()), request.build());
            return Map.of("notified", sent.stream().map(Notification::userId).toList());
        }
    };

    /**
     * Sets the deal's own probability through the deal service (the database keeps it while the deal stays in its stage,
     * and derives 100 or 0 for a won or lost deal): param {@code probability}, 0 to 100.
     */
    static final AutomationAction SET_PROBABILITY = new AutomationAction() {
        @Override
        public String name() {
            return PipelineAutomations.SET_PROBABILITY;
        }

        @Override
        public void validate(Params params) {
            params.only("probability");
            BigDecimal probability = params.decimal("probability", BigDecimal.ZERO);
            if (probability.compareTo(BigDecimal.valueOf(100)) > 0 || probability.scale() > 2) {
                params.refuse("probability", "must be a percentage between 0 and 100 with at most two decimals");
            }
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            DealService deals = new DealService(context.tx());
            Deal deal = deals.get(context.event().entityId());
            Deal changed = deals.update(ImmutableDeal.copyOf(deal).withProbabilityOverride(params.decimal("probability", BigDecimal.ZERO)));
            return Map.of("probability", changed.probability());
        }
    };

    /**
     * Moves the deal to a stage through the deal service ({@link DealService#moveTo}: an open stage, of its pipeline or of
     * another it then joins, or the won stage, which wins it): param {@code stage_id}. The deal then enters that stage,
     * which fires {@code pipeline.stage_entered} in the same chain (what the loop check follows).
     */
    static final AutomationAction MOVE_STAGE = new AutomationAction() {
        @Override
        public String name() {
            return PipelineAutomations.MOVE_STAGE;
        }

        @Override
        public void validate(Params params) {
            params.only("stage_id").uuid("stage_id");
        }

        @Override
        public List<Map<String, Object>> mayCause(TenantTransaction tx, Params params) {
            UUID stage = params.uuid("stage_id");
            Map<String, Object> caused = new LinkedHashMap<>();
            caused.put("trigger_type", PipelineAutomations.STAGE_ENTERED);
            caused.put("stage_id", stage);
            tx.repository(DealAutomationRepository.class).pipelineOfStage(stage).ifPresent(pipeline -> caused.put("pipeline_id", pipeline));
            return List.of(caused);
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            TenantTransaction tx = context.tx();
            UUID stage = params.uuid("stage_id");
            Deal deal = new DealService(tx).get(context.event().entityId());
            if (stage.equals(deal.stageId())) {
                return Map.of("stage_id", stage, "moved", false);
            }
            Deal moved = new DealService(tx).moveTo(deal.id(), stage);
            PipelineAutomations.stageEntered(tx, moved.id(), deal.stageId(), moved.stageId());
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("from_stage_id", deal.stageId());
            changes.put("stage_id", moved.stageId());
            changes.put("status", moved.status());
            return changes;
        }
    };
}
