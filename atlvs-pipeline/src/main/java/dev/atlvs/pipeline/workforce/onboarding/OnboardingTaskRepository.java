package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The onboarding tasks of the current organization. */
public interface OnboardingTaskRepository extends Repository<OnboardingTask> {

    /** The tasks of a workflow in checklist order. */
    @SqlQuery("""
            select * from atlvs.onboarding_tasks
             where organization_id = :organizationId and workflow_id = :workflowId
             order by sort_order, id
            """)
    List<OnboardingTask> ofWorkflow(UUID workflowId);

    /** The pending tasks due before {@code day} of the live workflows of a project, by due date. */
    @SqlQuery("""
            select t.* from atlvs.onboarding_tasks t
              join atlvs.onboarding_workflows w on w.organization_id = t.organization_id and w.id = t.workflow_id
             where t.organization_id = :organizationId and w.organization_id = :organizationId and w.project_id = :projectId
               and w.status <> 'cancelled' and t.status = 'pending' and t.due_date < :day
             order by t.due_date, t.sort_order, t.id
            """)
    List<OnboardingTask> overdueOfProject(UUID projectId, LocalDate day);
}
