package dev.atlvs.finance.expense;

import dev.atlvs.core.repository.Repository;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Expenses of the current organization. Status changes go through {@link ExpenseService}. */
public interface ExpenseRepository extends Repository<Expense> {

    /** The expenses counted against a budget, by date. */
    @SqlQuery("""
            select * from atlvs.expenses
             where organization_id = :organizationId and budget_id = :budgetId
             order by expense_date, id
            """)
    List<Expense> ofBudget(UUID budgetId);

    /** The expenses of a project, by date. */
    @SqlQuery("""
            select * from atlvs.expenses
             where organization_id = :organizationId and project_id = :projectId
             order by expense_date, id
            """)
    List<Expense> ofProject(UUID projectId);

    /** Approved expenses not yet paid, by date. */
    @SqlQuery("""
            select * from atlvs.expenses
             where organization_id = :organizationId and status = 'approved'
             order by expense_date, id
            """)
    List<Expense> approvedUnpaid();
}
