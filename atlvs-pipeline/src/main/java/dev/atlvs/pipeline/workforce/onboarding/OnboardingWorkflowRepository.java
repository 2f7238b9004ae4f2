package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The onboarding workflows of the current organization. */
public interface OnboardingWorkflowRepository extends Repository<OnboardingWorkflow> {

    /** The workflows of a project, cancelled ones included, by role then person. */
    @SqlQuery("""
            select * from atlvs.onboarding_workflows
             where organization_id = :organizationId and project_id = :projectId
             order by role_name, person_id, id
            """)
    List<OnboardingWorkflow> ofProject(UUID projectId);

    /** The workflows of a person, newest first. */
    @SqlQuery("""
            select * from atlvs.onboarding_workflows
             where organization_id = :organizationId and person_id = :personId
             order by created_at desc, id
            """)
    List<OnboardingWorkflow> ofPerson(UUID personId);

    /** The live (not cancelled) workflow of a person on a project. */
    @SqlQuery("""
            select * from atlvs.onboarding_workflows
             where organization_id = :organizationId and person_id = :personId and project_id = :projectId
               and status <> 'cancelled'
            """)
    Optional<OnboardingWorkflow> live(UUID personId, UUID projectId);

    /**
     * Locks the workflow's row until the end of the transaction, the way a change of one of its tasks does, so that a
     * decision over its tasks reads them after any concurrent change has committed; its id, when it exists.
     */
    @SqlQuery("""
            select id from atlvs.onboarding_workflows
             where organization_id = :organizationId and id = :workflowId
               for no key update
            """)
    Optional<UUID> lock(UUID workflowId);
}
