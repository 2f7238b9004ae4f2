package dev.atlvs.pipeline.sales.automation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of a deal ({@code pipeline_opportunities}) that pipeline automations see: the fields their conditions
 * compare ({@link #snapshot()}, by column name) and what their actions need (the owner, the pipeline).
 *
 * @param id                the deal
 * @param pipelineId        its pipeline
 * @param stageId           its stage
 * @param stageName         the stage's name
 * @param title             its title
 * @param status            active, won, lost or on_hold
 * @param value             its value, in {@link #currency()}
 * @param currency          the currency of its value
 * @param probability       its probability in percent
 * @param forecastCategory  the forecast category of its stage
 * @param dealSize          its value band
 * @param expectedCloseDate when it is expected to close
 * @param ownerUserId       its owner
 * @param companyId         the client company
 * @param source            where it came from
 * @param tags              its tags
 * @param stageEnteredAt    when it entered its stage
 * @param lastActivityAt    its last activity: the latest of its creation, its stage move and its activities' creation
 *                          and completion
 */
public record DealState(UUID id, UUID pipelineId, UUID stageId, String stageName, String title, String status,
        Optional<BigDecimal> value, Optional<String> currency, BigDecimal probability, String forecastCategory,
        Optional<String> dealSize, Optional<LocalDate> expectedCloseDate, Optional<UUID> ownerUserId, Optional<UUID> companyId,
        Optional<String> source, List<String> tags, Optional<Instant> stageEnteredAt, Instant lastActivityAt) {

    public DealState {
        requireNonNull(id, "id is null");
        tags = List.copyOf(tags);
    }

    /** The fields conditions compare, by column name. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("pipeline_id", pipelineId);
        fields.put("stage_id", stageId);
        fields.put("stage_name", stageName);
        fields.put("title", title);
        fields.put("status", status);
        fields.put("value", value.orElse(null));
        fields.put("currency", currency.orElse(null));
        fields.put("probability", probability);
        fields.put("forecast_category", forecastCategory);
        fields.put("deal_size", dealSize.orElse(null));
        fields.put("expected_close_date", expectedCloseDate.orElse(null));
        fields.put("owner_user_id", ownerUserId.orElse(null));
        fields.put("company_id", companyId.orElse(null));
        fields.put("source", source.orElse(null));
        fields.put("tags", tags);
        fields.put("stage_entered_at", stageEnteredAt.orElse(null));
        fields.put("last_activity_at", lastActivityAt);
        return fields;
    }
}
