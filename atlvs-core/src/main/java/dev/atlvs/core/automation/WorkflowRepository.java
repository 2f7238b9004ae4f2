package dev.atlvs.core.automation;

import dev.atlvs.core.repository.SoftDeleteRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The rules of the current organization's rule store ({@code settings_workflows}). */
public interface WorkflowRepository extends SoftDeleteRepository<Workflow> {

    /** The live automations of {@code triggerType} that are active, oldest first (the order the engine runs them in). */
    @SqlQuery("""
            select * from atlvs.settings_workflows
             where organization_id = :organizationId and trigger_type = :triggerType
               and kind = 'automation' and is_active and deleted_at is null
             order by created_at, id
            """)
    List<Workflow> activeOf(String triggerType);

    /** Whether the organization has an active automation of {@code triggerType}. */
    @SqlQuery("""
            select exists (select 1 from atlvs.settings_workflows
                            where organization_id = :organizationId and trigger_type = :triggerType
                              and kind = 'automation' and is_active and deleted_at is null)
            """)
    boolean hasActive(String triggerType);

    /** Every live, active automation, oldest first. */
    @SqlQuery("""
            select * from atlvs.settings_workflows
             where organization_id = :organizationId and kind = 'automation' and is_active and deleted_at is null
             order by created_at, id
            """)
    List<Workflow> active();

    /** The live rules of {@code module}, by name. */
    @SqlQuery("""
            select * from atlvs.settings_workflows
             where organization_id = :organizationId and module = :module and deleted_at is null
             order by name, id
            """)
    List<Workflow> ofModule(String module);

    /**
     * Counts a run of the rule: one more run, its time, and its error (null after a success). Written by the engine
     * only, without a version check: runs of one rule in concurrent transactions each count.
     */
    @SqlUpdate("""
            update atlvs.settings_workflows
               set run_count = run_count + 1, last_run_at = :at, last_error = :error
             where organization_id = :organizationId and id = :id
            """)
    void recordRun(UUID id, Instant at, String error);
}
