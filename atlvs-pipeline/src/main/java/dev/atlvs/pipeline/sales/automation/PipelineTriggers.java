package dev.atlvs.pipeline.sales.automation;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.automation.AutomationEvent;
import dev.atlvs.core.automation.AutomationTrigger;
import dev.atlvs.core.automation.Params;
import dev.atlvs.core.automation.ScheduledTrigger;
import dev.atlvs.core.organization.OrganizationRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The trigger types of pipeline automations (see {@link PipelineAutomations}). */
final class PipelineTriggers {

    private PipelineTriggers() {}

    /** Whether {@code config} names exactly one of a stage and a pipeline. */
    private static void stageOrPipeline(Params config) {
        config.only("stage_id", "pipeline_id");
        boolean stage = config.optionalUuid("stage_id").isPresent();
        boolean pipeline = config.optionalUuid("pipeline_id").isPresent();
        if (stage == pipeline && config.violations().isEmpty()) {
            config.refuse("stage_id", "give either a stage (stage_id) or a pipeline for any of its stages (pipeline_id)");
        }
    }

    private static boolean sameId(Optional<UUID> configured, Object value) {
        return configured.map(id -> value != null && id.toString().equals(value.toString())).orElse(true);
    }

    /** A deal entered a stage: config {@code stage_id}, or {@code pipeline_id} for any stage of the pipeline. */
    static final AutomationTrigger STAGE_ENTERED = new AutomationTrigger() {
        @Override
        public String name() {
            return PipelineAutomations.STAGE_ENTERED;
        }

        @Override
        public String entityType() {
            return PipelineAutomations.ENTITY_TYPE;
        }

        @Override
        public void validate(Params config) {
            stageOrPipeline(config);
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return sameId(config.optionalUuid("stage_id"), event.state().get("stage_id"))
                    && sameId(config.optionalUuid("pipeline_id"), event.state().get("pipeline_id"));
        }

        @Override
        public boolean mayMatch(Params config, Map<String, Object> caused) {
            return sameId(config.optionalUuid("stage_id"), caused.get("stage_id"))
                    && (caused.get("pipeline_id") == null || sameId(config.optionalUuid("pipeline_id"), caused.get("pipeline_id")));
        }
    };

    /**
     * A deal's value rose above an amount: config {@code amount} and {@code currency}. Fired on each change of a deal's
     * value; it matches when the deal is in the currency and its value went from at most the amount (or none) to above
     * it. Values in other currencies do not match.
     */
    static final AutomationTrigger VALUE_ABOVE = new AutomationTrigger() {
        @Override
        public String name() {
            return PipelineAutomations.VALUE_ABOVE;
        }

        @Override
        public String entityType() {
            return PipelineAutomations.ENTITY_TYPE;
        }

        @Override
        public void validate(Params config) {
            config.only("amount", "currency");
            config.decimal("amount", BigDecimal.ZERO);
            config.currency("currency");
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            BigDecimal amount = config.decimal("amount", BigDecimal.ZERO);
            if (!Objects.equals(config.currency("currency"), event.state().get("currency"))
                    || !(event.state().get("value") instanceof BigDecimal now) || now.compareTo(amount) <= 0) {
                return false;
            }
            Object before = event.previous().get("value");
            return !(before instanceof BigDecimal was) || was.compareTo(amount) <= 0;
        }
    };

    /**
     * An active deal had no activity for {@code days} days (config): due once per idle period, the period being
     * identified by the time of the deal's last activity (a new activity starts a new one).
     */
    static final ScheduledTrigger IDLE_DAYS = new ScheduledTrigger() {
        @Override
        public String name() {
            return PipelineAutomations.IDLE_DAYS;
        }

        @Override
        public String entityType() {
            return PipelineAutomations.ENTITY_TYPE;
        }

        @Override
        public void validate(Params config) {
            config.only("days").integer("days", 1, 3650);
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return true;
        }

        @Override
        public List<AutomationEvent> due(TenantTransaction tx, Params config, Instant now) {
            Instant cutoff = now.minus(config.integer("days", 1, 3650), ChronoUnit.DAYS);
            return tx.repository(DealAutomationRepository.class).idleSince(cutoff).stream()
                    .map(deal -> PipelineAutomations.event(IDLE_DAYS.name(), deal)
                            .withOccurrence("idle since " + deal.lastActivityAt().truncatedTo(ChronoUnit.MICROS)))
                    .toList();
        }
    };

    /**
     * An active deal's expected close date is past (in the organization's time zone): due once per close date, so a
     * deal whose close date is moved and passes again is due again.
     */
    static final ScheduledTrigger CLOSE_DATE_PASSED = new ScheduledTrigger() {
        @Override
        public String name() {
            return PipelineAutomations.CLOSE_DATE_PASSED;
        }

        @Override
        public String entityType() {
            return PipelineAutomations.ENTITY_TYPE;
        }

        @Override
        public void validate(Params config) {
            config.only();
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return true;
        }

        @Override
        public List<AutomationEvent> due(TenantTransaction tx, Params config, Instant now) {
            ZoneId zone = ZoneId.of(tx.repository(OrganizationRepository.class).get(tx.organizationId()).timezone());
            LocalDate today = LocalDate.ofInstant(now, zone);
            return tx.repository(DealAutomationRepository.class).closeDatePassed(today).stream()
                    .map(deal -> PipelineAutomations.event(CLOSE_DATE_PASSED.name(), deal)
                            .withOccurrence("close date " + deal.expectedCloseDate().orElseThrow()))
                    .toList();
        }
    };
}
