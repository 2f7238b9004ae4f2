package dev.atlvs.projects.budget;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Project budget lines of the current organization. */
public interface ProjectBudgetRepository extends Repository<ProjectBudget> {

    /** Every line of a project, every revision, by category name then revision. */
    @SqlQuery("""
            select * from atlvs.project_budgets
             where organization_id = :organizationId and project_id = :projectId
             order by category, revision
            """)
    List<ProjectBudget> ofProject(UUID projectId);

    /** The current plan of a project: the latest revision of each category, by category name. */
    @SqlQuery("""
            select distinct on (category) * from atlvs.project_budgets
             where organization_id = :organizationId and project_id = :projectId
             order by category, revision desc
            """)
    List<ProjectBudget> currentOf(UUID projectId);

    /** The lines of the current plan whose committed and actual amounts together exceed the planned amount, by category name. */
    @SqlQuery("""
            select * from (select distinct on (category) * from atlvs.project_budgets
                            where organization_id = :organizationId and project_id = :projectId
                            order by category, revision desc) current
             where committed_amount + actual_amount > planned_amount
             order by category
            """)
    List<ProjectBudget> overBudget(UUID projectId);
}
