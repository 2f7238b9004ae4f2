package dev.atlvs.core.automation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One execution of an automation ({@code atlvs.automation_runs}, append-only): the rule, the entity, the trigger type,
 * the occurrence of a time-based trigger, the chain of events it ran in and its depth there, the outcome, the actions
 * taken (JSON: each action's type and what it changed) and the error of a failure or the reason of a skip.
 *
 * @param id          the run's id
 * @param workflowId  the rule
 * @param entityType  the entity's type
 * @param entityId    the entity's id
 * @param triggerType the trigger type of the event
 * @param occurrence  the occurrence of a time-based trigger
 * @param chainId     the chain of events (one per event raised outside an automation)
 * @param depth       the depth in the chain: 0 for the event that started it
 * @param outcome     what came of it
 * @param actions     JSON array of the actions taken
 * @param error       why it failed or was skipped, without values of the records
 * @param ranAt       when it ran
 */
public record AutomationRun(UUID id, UUID workflowId, String entityType, UUID entityId, String triggerType,
        Optional<String> occurrence, UUID chainId, int depth, RunOutcome outcome, String actions, Optional<String> error,
        Instant ranAt) {

    static AutomationRun map(ResultSet row) throws SQLException {
        return new AutomationRun(row.getObject("id", UUID.class), row.getObject("workflow_id", UUID.class),
                row.getString("entity_type"), row.getObject("entity_id", UUID.class), row.getString("trigger_type"),
                Optional.ofNullable(row.getString("occurrence")), row.getObject("chain_id", UUID.class), row.getInt("depth"),
                RunOutcome.valueOf(row.getString("outcome").toUpperCase(java.util.Locale.ROOT)), row.getString("actions"),
                Optional.ofNullable(row.getString("error")), row.getObject("ran_at", OffsetDateTime.class).toInstant());
    }
}
