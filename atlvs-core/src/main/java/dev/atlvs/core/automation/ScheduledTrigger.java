package dev.atlvs.core.automation;

import dev.atlvs.core.TenantTransaction;
import java.time.Instant;
import java.util.List;

/**
 * A time-based trigger type (an idle deal, a date passed): the engine's {@link AutomationEngine#sweep(Instant)} asks
 * it, for each active rule, which entities are due, and fires the rule for each once per occurrence.
 */
public interface ScheduledTrigger extends AutomationTrigger {

    /**
     * The events due at {@code now} under a rule's configuration, each with its occurrence
     * ({@link AutomationEvent#withOccurrence(String)}): the same entity and occurrence fires a rule once.
     */
    List<AutomationEvent> due(TenantTransaction tx, Params config, Instant now);
}
