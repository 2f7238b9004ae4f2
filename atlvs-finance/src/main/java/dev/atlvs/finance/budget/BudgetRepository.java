package dev.atlvs.finance.budget;

import dev.atlvs.core.repository.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Budgets of the current organization. Status changes go through {@link BudgetService}. */
public interface BudgetRepository extends Repository<Budget> {

    /** The budgets of a project, by category then period. */
    @SqlQuery("""
            select * from atlvs.budgets
             where organization_id = :organizationId and project_id = :projectId
             order by category, period_start
            """)
    List<Budget> ofProject(UUID projectId);

    /**
     * The budgets other than cancelled ones of the same project (or overhead when {@code projectId} is null)
     * and category whose period meets {@code from} to {@code to}, other than {@code excludedId}.
     */
    @SqlQuery("""
            select * from atlvs.budgets
             where organization_id = :organizationId and project_id is not distinct from cast(:projectId as uuid)
               and category = :category and status <> 'cancelled' and id <> :excludedId
               and period_start <= :to and period_end >= :from
             order by period_start
            """)
    List<Budget> overlapping(UUID projectId, String category, LocalDate from, LocalDate to, UUID excludedId);
}
